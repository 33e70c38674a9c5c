import type { Row } from '../parse/layout.js';
import type { Cell, Line } from '../parse/text-blocks.js';
import type { Marker } from './lexer.js';
import type { Msg } from '../i18n/index.js';

// The parts the outline is made of: paragraphs and tables, with the parser's lines, cells and
// rows they hold. extract/ reads these types from here (it sees the outline, not the parser).
export type { Cell, Line, Row };

/** A paragraph as a reader sees it: one numbered item or one run of prose, with its lines. */
export interface Para {
  readonly kind: 'para';
  readonly lines: readonly Line[];
  /** The lines joined with single spaces (hard wraps undone). */
  readonly text: string;
  readonly marker: Marker | null;
  readonly offset: number;
  /** remark read the block as a Markdown heading (# …, or text over a rule of dashes). */
  readonly heading: boolean;
  /** The level of a Markdown heading (1 for "#"), when the paragraph is one. */
  readonly depth?: number;
}

export interface TablePart {
  readonly kind: 'table';
  readonly rows: readonly Row[];
  readonly offset: number;
}

export type Part = Para | TablePart;

/** Something the paragraph reader repaired or did not read, reported as a diagnostic. */
export interface ParaFinding {
  readonly ruleId: string;
  readonly severity: 'info' | 'warning';
  readonly offset: number;
  readonly message: Msg;
}
