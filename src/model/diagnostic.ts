import type { Source } from './types.js';
import type { Params } from '../i18n/index.js';

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
  readonly messageId?: string;
  readonly params?: Params;
}

/**
 * One finding: a repair the parser made (info), or a rule's verdict. Shaped like unified's
 * VFileMessage so that reporters need to know one type only.
 */
export interface Diagnostic {
  readonly ruleId: string;
  readonly severity: Severity;
  /** In the language the findings were rendered in (validatePlan's `lang`). */
  readonly message: string;
  /** The catalog id of the message (src/i18n), when it has one: a script reads this, not the prose. */
  readonly messageId?: string;
  /** The message's parameters: document text as written, dates ISO, numbers as numbers. */
  readonly params?: Params;
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
