import type { Plan, UnitRef, UnitSuccessor } from '../model/types.js';
import { msg } from '../i18n/index.js';
import { UsageError } from '../model/errors.js';
import { createUnitMatcher } from '../units/match.js';
import { predecessorsOf, successorsOf, type Succession } from '../units/successors.js';
import { planProvince } from '../units/province.js';

export { noteTexts, successionMsg, successorNames } from '../units/succession-message.js';

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

/** Checks an --as-of value: an ISO date. */
export function checkAsOf(asOf: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf.trim());
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!m || !d || d.toISOString().slice(0, 10) !== m[0]) throw new UsageError(msg('usage.asOf', { value: asOf }));
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

/** The model field of a succession (UnitRef.successor). */
export function successorField(s: Succession | null, asOf: string): UnitSuccessor | null {
  if (s === null) return null;
  return { asOf, kind: s.kind, effective: s.effective, units: s.to.map((u) => ({ name: u.name, scope: u.scope })), unknown: s.unknown, note: s.note };
}

/**
 * `plan export --as-of DATE`: the plan with `successor` on every UnitRef (tasks' lead and
 * support, responsibilities' units). Nothing else changes: `name` stays as the plan names it.
 */
export function withSuccessors(plan: Plan, asOf: string): Plan {
  const cache = new Map<string, UnitSuccessor | null>();
  const mark = (ref: UnitRef): UnitRef => {
    const key = `${ref.collective ? 'c' : ''}${ref.person ? 'p' : ''}|${ref.name}`;
    if (!cache.has(key)) cache.set(key, successorField(unitSuccessor(ref, asOf, plan), asOf));
    return { ...ref, successor: cache.get(key) ?? null };
  };
  return {
    ...plan,
    tasks: plan.tasks.map((t) => ({ ...t, lead: t.lead.map(mark), support: t.support.map(mark) })),
    responsibilities: plan.responsibilities.map((r) => ({ ...r, units: r.units.map(mark) })),
  };
}
