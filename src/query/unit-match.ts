import type { Plan, UnitRef } from '../model/types.js';
import { createUnitMatcher, suggestUnits } from '../units/match.js';
import { planPlaceOf } from '../units/own-place.js';
import type { PlanInput } from './plan-input.js';

/** How a unit named in the plan answers the name the user typed (src/units/match.ts). */
export type MatchKind = 'exact' | 'prefix' | 'alias' | 'parent' | 'collective';

export type RefMatcher = (unit: UnitRef) => MatchKind | null;

/** Names from plan.config.yaml: aliases (canonical → other names) and parent units. */
export interface UnitKnowledge {
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  readonly parents?: Readonly<Record<string, string>>;
}

/** The matcher for one plan's units: a plan's own place is dropped from names there (units/own-place.ts). */
export type PlanMatcher = (plan: Plan) => RefMatcher;

/**
 * How the units of each plan answer the query. "Công an phường Thủ Dầu Một" is "Công an phường"
 * in that ward's plan only, so the matcher depends on the plan's place; plans of one place (or
 * of none) share one.
 */
export function unitMatcher(query: string, knowledge: UnitKnowledge = {}): PlanMatcher {
  const byPlace = new Map<string, RefMatcher>();
  return (plan) => {
    const own = planPlaceOf(plan.document);
    const key = own === null ? '' : `${own.level.join(' ')}|${own.place.join(' ')}|${own.province?.join(' ') ?? ''}`;
    let matcher = byPlace.get(key);
    if (!matcher) {
      matcher = createUnitMatcher(query, { aliases: knowledge.aliases ?? {}, parents: knowledge.parents ?? {}, ownPlace: own });
      byPlace.set(key, matcher);
    }
    return matcher;
  };
}

// A direct naming of the unit is always a better answer than a collective that may include it.
const RANK: Readonly<Record<MatchKind, number>> = { exact: 0, alias: 1, prefix: 2, parent: 3, collective: 4 };

/** The best way any of the refs answers the query, or null. */
export function bestMatch(refs: readonly UnitRef[], matcher: RefMatcher): MatchKind | null {
  let best: MatchKind | null = null;
  for (const ref of refs) {
    const kind = matcher(ref);
    if (kind !== null && (best === null || RANK[kind] < RANK[best])) best = kind;
  }
  return best;
}

/** Canonical names of the plans' units that the query names directly (collectives excluded). */
export function matchingUnitNames(plans: readonly PlanInput[], matcherOf: PlanMatcher): string[] {
  const names = new Set<string>();
  for (const { plan } of plans) {
    const matcher = matcherOf(plan);
    for (const unit of plan.units) {
      const refs = [unit.name, ...unit.variants].map((text) => ({ text, name: unit.name, collective: unit.collective, person: false, role: null }));
      const kind = bestMatch(refs, matcher);
      if (kind !== null && kind !== 'collective') names.add(unit.name);
    }
  }
  return [...names];
}

/** The plans' unit names closest to what the user typed, for a "did you mean" note. */
export function suggestUnitNames(plans: readonly PlanInput[], query: string, limit = 3): string[] {
  const names = new Set<string>();
  for (const { plan } of plans) for (const unit of plan.units) if (!unit.collective) names.add(unit.name);
  return suggestUnits(query, [...names], limit);
}
