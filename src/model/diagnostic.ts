import type { Source } from './types.js';

export type Severity = 'error' | 'warning' | 'info';

/** A place in the original file. */
export interface Place {
  /** 1-based line (paragraph or row index for .docx). */
  readonly line: number;
  /** 1-based column. */
  readonly column: number;
  readonly kind?: Source['kind'];
  /** 1-based page, for a PDF (the line is then the line on that page). */
  readonly page?: number;
}

export interface RelatedPlace extends Place {
  readonly message: string;
}

/**
 * One finding: a repair the parser made (info), or a rule's verdict. Shaped like unified's
 * VFileMessage so that reporters need to know one type only.
 */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  readonly place: Place;
  readonly related?: readonly RelatedPlace[];
  readonly expected?: string;
  readonly actual?: string;
  readonly note?: string;
  readonly taskId?: string;
  readonly responsibilityId?: string;
}

export function placeOf(source: Source): Place {
  return { line: source.line, column: source.column, kind: source.kind, ...(source.page !== undefined ? { page: source.page } : {}) };
}

/** Sorts by page (PDF), line, column, then rule id, so output is deterministic. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) => (a.place.page ?? 0) - (b.place.page ?? 0) || a.place.line - b.place.line || a.place.column - b.place.column || a.ruleId.localeCompare(b.ruleId),
  );
}
