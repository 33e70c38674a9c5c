import type { Plan, Task, UnitRef } from '../model/types.js';
import { msg } from '../i18n/index.js';
import { foldKey } from '../input/keys.js';
import { UsageError } from '../model/errors.js';
import { toPlanInputs, documentRef, type DocumentRef, type PlanInput } from './plan-input.js';
import { meetsPeriod, periodOf, type PeriodFilter } from './period.js';
import { bestMatch, unitMatcher, type MatchKind, type RefMatcher, type UnitKnowledge } from './unit-match.js';
import { formerMatcher, type Formerly } from './as-of.js';

export type Role = 'lead' | 'support' | 'any';

export interface TaskFilters extends PeriodFilter, UnitKnowledge {
  /** A unit name as people type it (src/units/match.ts decides what it matches). */
  readonly unit?: string;
  /** Which cell the unit must be named in; default 'any'. */
  readonly role?: Role;
  /** A group id of the appendix ("II", or "A" for every group under A), or a body section holding tasks ("II" for II.1, II.2). */
  readonly group?: string;
  /** Text the description must contain, compared without case or diacritics. */
  readonly grep?: string;
  /** Also return tasks given to collectives that could include the unit ("Các sở, ban, ngành"). */
  readonly includeCollective?: boolean;
  /** With `unit`: also tasks the plan gave to bodies whose work the unit does on this date (YYYY-MM-DD; src/query/as-of.ts). */
  readonly asOf?: string;
}

export interface TaskHit extends Task {
  readonly document: DocumentRef;
  /** How the unit filter matched; 'collective' marks a task reached through a collective. */
  readonly match?: MatchKind;
  /** True when a period was asked for and the task's time could not be read (it is kept). */
  readonly undated?: boolean;
  /** With --as-of: the task was given to a predecessor of the unit asked for ("formerly Sở Kế hoạch và Đầu tư"). */
  readonly formerly?: Formerly;
}

/** Every task of the plans that passes all filters, in document order, plans in the order given. */
export function findTasks(plans: readonly (PlanInput | Plan)[], filters: TaskFilters = {}): TaskHit[] {
  const role = filters.role ?? 'any';
  if (!['lead', 'support', 'any'].includes(role)) throw new UsageError(msg('usage.role', { value: role }));
  const period = periodOf(filters);
  const matcherOf = filters.unit !== undefined ? unitMatcher(filters.unit, filters) : null;
  const grep = filters.grep !== undefined ? foldKey(filters.grep) : null;
  const hits: TaskHit[] = [];
  for (const input of toPlanInputs(plans)) {
    const matcher = matcherOf?.(input.plan) ?? null;
    const former = filters.unit !== undefined && filters.asOf !== undefined ? formerMatcher(filters.unit, filters.asOf, input.plan) : null;
    for (const task of input.plan.tasks) {
      if (filters.group !== undefined && !inGroup(task, filters.group)) continue;
      if (grep !== null && !foldKey(task.description).includes(grep)) continue;
      let undated = false;
      if (period !== null) {
        const meets = meetsPeriod(task.timeframe, period, input.plan.document.date);
        if (meets === 'no') continue;
        undated = meets === 'undated';
      }
      let match: MatchKind | null = null;
      let formerly: Formerly | null = null;
      if (matcher !== null) {
        match = taskUnitMatch(task, matcher, role);
        if ((match === null || match === 'collective') && former !== null) formerly = former(roleRefs(task, role));
        if (formerly === null && (match === null || (match === 'collective' && !filters.includeCollective))) continue;
      }
      hits.push({
        ...task,
        document: documentRef(input),
        ...(match !== null && formerly === null ? { match } : {}),
        ...(undated ? { undated } : {}),
        ...(formerly !== null ? { formerly } : {}),
      });
    }
  }
  return hits;
}

/** How the task's lead and/or support cells answer the unit query. */
export function taskUnitMatch(task: Task, matcher: RefMatcher, role: Role): MatchKind | null {
  return bestMatch(roleRefs(task, role), matcher);
}

function roleRefs(task: Task, role: Role): readonly UnitRef[] {
  return role === 'lead' ? task.lead : role === 'support' ? task.support : [...task.lead, ...task.support];
}

/**
 * "II" selects group II; "A" also selects the groups nested under it ("A.I"); with several
 * appendices, "PL-II/I" names group I of appendix PL-II. A task written in the body has no
 * group: its id is its place in the outline ("II.1", "B.I.2"), so "II" selects the tasks whose
 * section is II or lies under it (issue 20: `--group II` on a plan whose tasks are in the body).
 * Case is ignored.
 */
function inGroup(task: Task, group: string): boolean {
  const want = group.trim().toUpperCase();
  return groupIds(task).some((raw) => {
    const id = raw.toUpperCase();
    return id === want || id.startsWith(`${want}.`);
  });
}

/**
 * The group ids a task answers to: its appendix group ("II", and "PL-II/II" with several
 * appendices), or for a body task the section it is written in (its id without the last
 * part: "II.1" → "II"; none for a task at the top level).
 */
export function groupIds(task: Task): string[] {
  if (task.group !== null) return [task.group.id, ...(task.appendix !== null ? [`${task.appendix}/${task.group.id}`] : [])];
  if (task.origin !== 'body') return [];
  const cut = task.id.lastIndexOf('.');
  return cut > 0 ? [task.id.slice(0, cut)] : [];
}
