import type { PlanInput } from '../../query/plan-input.js';
import type { Diagnostic, Place } from '../../model/diagnostic.js';
import type { SourceLine } from '../../model/source-line.js';
import type { Labels } from './labels.js';

/** One plan of the report (its file as the user named it), with what `plan validate` finds. */
export interface ReportPlan extends PlanInput {
  /** Diagnostics of reading and validation, as validatePlan returns them. */
  readonly findings: readonly Diagnostic[];
  /** The document's lines, so that findings can quote the lines they point to. */
  readonly lines?: readonly SourceLine[];
}

/** What every section of one plan needs: the plan, its labels, and its anchors. */
export interface PlanContext {
  readonly input: ReportPlan;
  readonly labels: Labels;
  /** "p1", "p2" …: prefixes every anchor of the plan, so several plans share one page. */
  readonly prefix: string;
  /** Errors and warnings that name a task, by task id (what the matrix and the lists flag). */
  readonly taskFindings: ReadonlyMap<string, readonly number[]>;
  /** The lines quoted on the page, by lineKey. */
  readonly quoted: ReadonlySet<string>;
}

// Anchors use the document's own task ids ("#p1-task-II.1" is a link people can read);
// an id holds no white space (HTML), so any run of it becomes "_".
export const taskAnchor = (prefix: string, id: string): string => `${prefix}-task-${id.replace(/\s+/g, '_')}`;
export const unitAnchor = (prefix: string, index: number): string => `${prefix}-unit-${index + 1}`;
export const findingAnchor = (prefix: string, index: number): string => `${prefix}-finding-${index + 1}`;
export const sectionAnchor = (prefix: string, name: string): string => `${prefix}-${name}`;

/** The key of a place's line: .docx count paragraphs and rows separately. */
export function lineKey(place: Pick<Place, 'kind' | 'line'>): string {
  return `${place.kind ?? 'line'}-${place.line}`;
}
export const lineAnchor = (prefix: string, place: Pick<Place, 'kind' | 'line'>): string => `${prefix}-${lineKey(place)}`;

/** Findings that count as problems: errors and warnings (the infos are the reader's repairs). */
export const isProblem = (d: Diagnostic): boolean => d.severity !== 'info';

export function planContext(input: ReportPlan, labels: Labels, index: number): PlanContext {
  const taskFindings = new Map<string, number[]>();
  input.findings.forEach((d, i) => {
    if (d.taskId !== undefined && isProblem(d)) taskFindings.set(d.taskId, [...(taskFindings.get(d.taskId) ?? []), i]);
  });
  const available = new Set((input.lines ?? []).map(lineKey));
  const quoted = new Set<string>();
  for (const d of input.findings) {
    for (const place of [d.place, ...(d.related ?? [])]) if (available.has(lineKey(place))) quoted.add(lineKey(place));
  }
  return { input, labels, prefix: `p${index + 1}`, taskFindings, quoted };
}
