import type { UnitRef } from '../model/types.js';
import { sameUnit } from '../units/match.js';
import { wordingKey } from './text.js';
import type { UnitsChange } from './types.js';

/**
 * Units compared as bodies (src/units/match.ts `sameUnit`): "Sở TT&TT" in one document and "Sở
 * Thông tin và Truyền thông" in the other are the same unit, not a change.
 */
export function unitsChange(olds: readonly UnitRef[], news: readonly UnitRef[]): UnitsChange | null {
  const removed = olds.filter((o) => !news.some((n) => sameUnit(o, n))).map((u) => u.name);
  const added = news.filter((n) => !olds.some((o) => sameUnit(o, n))).map((u) => u.name);
  return added.length === 0 && removed.length === 0 ? null : { added, removed };
}

/** Shared units / all units (Jaccard), 1 when both name none. */
export function unitSimilarity(olds: readonly UnitRef[], news: readonly UnitRef[]): number {
  if (olds.length === 0 && news.length === 0) return 1;
  const shared = olds.filter((o) => news.some((n) => sameUnit(o, n))).length;
  return shared / (olds.length + news.length - shared);
}

/** A key equal for two lists naming the same bodies by their canonical names, in any order. */
export function unitsKey(refs: readonly UnitRef[]): string {
  return refs
    .map((r) => wordingKey(r.name))
    .sort()
    .join(';');
}
