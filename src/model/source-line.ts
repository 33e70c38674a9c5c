import type { Source } from './types.js';

/**
 * One line of the document as its Source places count them: a line of a text, Markdown or
 * HTML file, or a paragraph or table row of a .docx (whose `line` numbers paragraphs and rows
 * separately, hence the `kind`). What a report quotes when it shows where a finding points.
 */
export interface SourceLine {
  readonly kind: Source['kind'];
  /** 1-based, as in Source.line. */
  readonly line: number;
  readonly text: string;
}
