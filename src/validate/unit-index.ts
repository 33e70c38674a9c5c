import type { UnitRef } from '../model/types.js';
import type { UnitComparer } from './rule.js';
import { unitKeysOf, type UnitKeys } from './unit-compare.js';

/**
 * A set of unit references that answers "which of them is the same unit as this one?" by key
 * lookups instead of comparing with every member (issue 8: validate compared every unit of the
 * body with every task). Answers are those of `comparer.same`, and the member returned is the
 * first added, as a scan in insertion order would find. Comparers whose name comparison cannot
 * be indexed (custom helpers) fall back to that scan.
 */
export interface UnitIndex<T> {
  /** The first value added under a unit that `same` pairs with `unit`; undefined if none. */
  find(unit: UnitRef): T | undefined;
  add(unit: UnitRef, value: T): void;
}

export function createUnitIndex<T>(comparer: UnitComparer): UnitIndex<T> {
  const keysOf = unitKeysOf(comparer);
  return keysOf ? keyedIndex<T>(keysOf) : scanIndex<T>(comparer);
}

function scanIndex<T>(comparer: UnitComparer): UnitIndex<T> {
  const members: { unit: UnitRef; value: T }[] = [];
  return {
    find: (unit) => members.find((m) => comparer.same(unit, m.unit))?.value,
    add: (unit, value) => void members.push({ unit, value }),
  };
}

function keyedIndex<T>(keysOf: (u: UnitRef) => UnitKeys): UnitIndex<T> {
  const values: T[] = [];
  // Each map holds the first member (by order added) under a key: the one a scan finds first.
  const byEntry = new Map<string, number>();
  const byKey = new Map<string, number>();
  const byAncestor = new Map<string, number>();
  const first = (map: Map<string, number>, key: string, at: number): void => {
    if (!map.has(key)) map.set(key, at);
  };
  return {
    find(unit) {
      const k = keysOf(unit);
      let best = Infinity;
      const consider = (at: number | undefined): void => {
        if (at !== undefined && at < best) best = at;
      };
      if (k.entry !== null) consider(byEntry.get(k.entry));
      // A member whose key is this unit's or one of its ancestors, or a member below this unit.
      for (const a of k.ancestors) consider(byKey.get(a));
      consider(byAncestor.get(k.key));
      return best === Infinity ? undefined : values[best];
    },
    add(unit, value) {
      const k = keysOf(unit);
      const at = values.length;
      values.push(value);
      if (k.entry !== null) first(byEntry, k.entry, at);
      first(byKey, k.key, at);
      for (const a of k.ancestors) first(byAncestor, a, at);
    },
  };
}
