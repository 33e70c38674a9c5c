import { suggestUnits } from '../units/match.js';
import type { PlanInput } from './plan-input.js';
import { findTasks, groupIds } from './tasks.js';
import { matchingUnitNames, unitMatcher, type UnitKnowledge } from './unit-match.js';
import { msg, type Msg } from '../i18n/index.js';

/**
 * What the note on an empty query result says about one plan, kept in place of the plan: a
 * batch of files need not hold every model to explain, at the end, why nothing was found
 * (issue 19). Small: names and ids, no text.
 */
export interface PlanDigest {
  /** The plan's number, or its file name when it has none. */
  readonly name: string;
  /** The first group id of each task, in order ("II", "PL-II/I"…). */
  readonly groups: readonly string[];
  /** With a group asked for: whether some task is in it, whatever the other filters. */
  readonly hasGroup: boolean;
  /** With a unit asked for: the plan's units that answer it (collectives aside). */
  readonly matchingUnits: readonly string[];
  /** The plan's units that are no collective, for "closest: …". */
  readonly unitNames: readonly string[];
}

export interface DigestAsk extends UnitKnowledge {
  readonly unit?: string;
  readonly group?: string;
}

export function planDigest(input: PlanInput, ask: DigestAsk): PlanDigest {
  const { plan } = input;
  return {
    name: planName(input),
    groups: [...new Set(plan.tasks.flatMap((t) => groupIds(t).slice(0, 1)))],
    hasGroup: ask.group !== undefined && findTasks([input], { group: ask.group }).length > 0,
    matchingUnits: ask.unit !== undefined ? matchingUnitNames([input], unitMatcher(ask.unit, ask)) : [],
    unitNames: plan.units.filter((u) => !u.collective).map((u) => u.name),
  };
}

/** A plan as a note names it: its number, or its file when it has none. */
export function planName(input: PlanInput): string {
  return input.plan.document.number ?? input.file;
}

/** The plans as a note names them: the one plan's name, or "the N plans" / "N kế hoạch". */
export function digestNames(digests: readonly Pick<PlanDigest, 'name'>[]): string | Msg {
  const one = digests.length === 1 ? digests[0]?.name : undefined;
  return one ?? msg('note.plans', { n: digests.length });
}

/** Every distinct value of a field over the plans, in plan order. */
export function unionOf(digests: readonly PlanDigest[], field: 'groups' | 'matchingUnits' | 'unitNames'): string[] {
  return [...new Set(digests.flatMap((d) => d[field]))];
}

/** The units of the plans closest to what the user typed (as suggestUnitNames, over digests). */
export function closestUnits(digests: readonly PlanDigest[], query: string, limit = 3): string[] {
  return suggestUnits(query, unionOf(digests, 'unitNames'), limit);
}
