import type { Plan, UnitRef } from '../model/types.js';
import { UsageError } from '../model/errors.js';
import { createUnitMatcher } from '../units/match.js';
import { predecessorsOf, provinceOf, successorsOf, type Succession } from '../units/successors.js';

/**
 * `--as-of DATE`: the plan read with today's bodies (data/successors.json). A task the plan gave
 * to a body that no longer exists is found under the unit that does its work now, marked
 * "formerly …"; a unit of the plan is shown with its successor.
 */

/** How a task reached the unit asked for through a body that has changed since the plan. */
export interface Formerly {
  /** The unit as the plan names it ("Sở Kế hoạch và Đầu tư"). */
  readonly name: string;
  readonly succession: Succession;
}

/** The province a plan is from (its place, issuer or title), for answers that differ by province. */
export function planProvince(plan: Plan): string | null {
  return provinceOf([plan.document.place, plan.document.issuer, plan.document.title]);
}

/** Checks an --as-of value: an ISO date. */
export function checkAsOf(asOf: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== m[0]) throw new UsageError(`--as-of takes a date as YYYY-MM-DD, not "${asOf}"`);
  return m[0];
}

export type FormerMatcher = (refs: readonly UnitRef[]) => Formerly | null;

/**
 * For the unit asked for, the bodies whose work it now does in the plan's province, as a matcher
 * over a task's unit cells: the first reference that names one of them, or null.
 */
export function formerMatcher(query: string, asOf: string, plan: Plan): FormerMatcher | null {
  const predecessors = predecessorsOf(query, asOf, planProvince(plan));
  if (predecessors.length === 0) return null;
  const matchers = predecessors.map((succession) => ({ succession, matches: createUnitMatcher(succession.from) }));
  return (refs) => {
    for (const ref of refs) {
      const hit = matchers.find((m) => m.matches(ref) === 'exact');
      if (hit) return { name: ref.name, succession: hit.succession };
    }
    return null;
  };
}

/** The successor of one unit of the plan on `asOf`, or null when the data knows no change. */
export function unitSuccessor(ref: UnitRef, asOf: string, plan: Plan): Succession | null {
  return ref.person ? null : successorsOf(ref, asOf, planProvince(plan));
}

/** "merged into Sở Tài chính on 2025-03-01"; for a split, every successor and that the function decides. */
export function describeSuccession(s: Succession): string {
  const when = /^\d{4}$/.test(s.effective) ? `in ${s.effective}` : `on ${s.effective}`;
  if (s.unknown) return `${s.kind} ${when}; ${s.note ?? 'its successor is not known'}`;
  const names = s.to.map((t) => (s.kind === 'split' || s.kind === 'abolished') && t.scope ? `${t.name} (${t.scope})` : t.name);
  const verb = s.kind === 'merged' ? 'merged into' : s.kind === 'renamed' ? 'renamed' : s.kind === 'split' ? 'split between' : 'abolished; its work went to';
  const decides = s.to.length > 1 ? '; the function decides which' : '';
  return `${verb} ${names.join(', ')} ${when}${decides}${s.note && !s.unknown ? ` (${s.note})` : ''}`;
}
