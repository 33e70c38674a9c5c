import type { Place } from '../model/diagnostic.js';

/**
 * What the parser read of a document (DESIGN.md §16, "coverage is part of the result"): how
 * many lines hold text, and the runs of such lines that no part of the model took. The parser
 * hands it over when it has it; plan-structure uses it to tell "nothing there" from "not
 * understood". Lines are paragraphs and table rows for .docx.
 */
export interface Coverage {
  /** Lines (paragraphs, rows) of the document that hold text. */
  readonly lines: number;
  /** Runs of lines holding text that were assigned to no part, in document order. */
  readonly unassigned: readonly UnassignedRun[];
}

export interface UnassignedRun {
  /** Where the run starts. */
  readonly place: Place;
  /** How many lines holding text it spans. */
  readonly lines: number;
}
