import { lookupUnit, nearestKnownUnit } from '../units/gazetteer.js';
import { foreignProvince, ownBodyKey, type OwnPlace } from '../units/own-place.js';
import { isCollectiveText } from '../units/collective.js';
import type { UnitCompareHelpers } from './unit-compare.js';

/**
 * Which body a name denotes (units/identity.ts: the gazetteer's name forgiving a slip in the
 * marks, "Công TTĐT" ~ "Cổng TTĐT"; a collective's nouns in any order, "UBND xã, phường" =
 * "UBND các phường, xã"; never a role note): the comparison query and the unit index use too.
 * Unit knowledge from the gazetteer (src/units) for the validate engine, within a plan of `own`
 * place: "Công an phường Thủ Dầu Một" is "Công an phường" in that ward's plan (units/own-place.ts).
 */
export function gazetteerHelpersFor(own: OwnPlace | null): UnitCompareHelpers {
  const entryName = (name: string): string | null => ownBodyKey(name, own);
  return {
    sameName(a, b) {
      const x = entryName(a);
      return x !== null && x === entryName(b);
    },
    entryName,
    // "Known" means as written: a slip in the marks is what unknown-unit is for.
    known: (name) => lookupUnit(name) !== null || isCollectiveText(name),
    nearest: (name) => nearestKnownUnit(name)?.name ?? null,
    placeOf: (text) => foreignProvince(text, own),
  };
}

/** Unit knowledge from the gazetteer for a plan of no particular place. */
export const gazetteerHelpers: UnitCompareHelpers = gazetteerHelpersFor(null);
