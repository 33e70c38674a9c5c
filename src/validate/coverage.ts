import { placeOf, type Place } from '../model/diagnostic.js';
import type { Plan } from '../model/types.js';

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

/**
 * The coverage the parser put in the plan (Plan.coverage), in the shape the rules read: null
 * when the plan carries none, or none of the lines it counted.
 */
export function coverageOfPlan(plan: Plan): Coverage | null {
  const c = plan.coverage;
  if (!c || c.lines === undefined) return null;
  return { lines: c.lines, unassigned: (c.unassigned.runs ?? []).map((r) => ({ place: placeOf(r.source), lines: r.lines })) };
}
