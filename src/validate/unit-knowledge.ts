import { lookupUnit, nearestKnownUnit } from '../units/gazetteer.js';
import { bodyKey } from '../units/identity.js';
import { isCollectiveText } from '../units/collective.js';
import type { UnitCompareHelpers } from './unit-compare.js';

/**
 * Which body a name denotes (units/identity.ts: the gazetteer's name forgiving a slip in the
 * marks, "Công TTĐT" ~ "Cổng TTĐT"; a collective's nouns in any order, "UBND xã, phường" =
 * "UBND các phường, xã"; never a role note): the comparison query and the unit index use too.
 */
function entryName(name: string): string | null {
  return bodyKey(name);
}

/** Unit knowledge from the gazetteer (src/units), for the validate engine. */
export const gazetteerHelpers: UnitCompareHelpers = {
  sameName(a, b) {
    const x = entryName(a);
    return x !== null && x === entryName(b);
  },
  entryName,
  // "Known" means as written: a slip in the marks is what unknown-unit is for.
  known: (name) => lookupUnit(name) !== null || isCollectiveText(name),
  nearest: (name) => nearestKnownUnit(name)?.name ?? null,
};
