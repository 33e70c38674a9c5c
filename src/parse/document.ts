import type { Root } from 'mdast';
import type { InputFormat, Source } from '../model/types.js';
import type { Severity } from '../model/diagnostic.js';
import type { LineIndex } from '../input/line-index.js';
import type { Cell } from './text-blocks.js';
import type { Msg } from '../i18n/index.js';

/**
 * What every format reader produces: an mdast tree whose node positions (offsets) point into
 * `text`, and an index that maps those offsets back to the original file. For text, Markdown
 * and HTML, `text` is the normalised source itself. For .docx it is a synthetic text with one
 * line per paragraph or table row, and `index.locate` answers with kind 'paragraph' or 'row'.
 */
export interface ReadDocument {
  readonly format: InputFormat;
  readonly text: string;
  readonly index: LineIndex;
  readonly tree: Root;
  /** Notes about the reading itself (an encoding converted, Word numbering rebuilt …). */
  readonly notes: readonly Msg[];
  /**
   * Runs of source lines kept out of the mdast (TAB-separated table rows of plain text), each
   * one block, to be put back in document order.
   */
  /**
   * Repairs the reader made to the text before reading it (a web page's layout cell opened),
   * each reported as an info diagnostic where it was made.
   */
  readonly repairs?: readonly { readonly ruleId: string; readonly offset: number; readonly message: Msg }[];
  /** Tables read from the text's own layout (laid out in spaces), each one block in document order. */
  readonly tables?: readonly { readonly offset: number; readonly rows: readonly (readonly Cell[])[] }[];
  readonly setAside?: readonly (readonly { readonly text: string; readonly offset: number }[])[];
  /**
   * What the reader repaired or could not read, at the place in the original file (a PDF
   * table row joined across a page break, a page without a text layer).
   */
  readonly findings?: readonly ReaderFinding[];
}

export interface ReaderFinding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: Msg;
  readonly source: Source;
}
