import { foldedUnit, lookupUnit, nearestKnownUnit } from '../units/gazetteer.js';
import { isCollectiveText } from '../units/collective.js';
import type { UnitCompareHelpers } from './unit-compare.js';

/** The gazetteer's entry for a name, forgiving a slip in the marks ("Công TTĐT" ~ "Cổng TTĐT"). */
function entryName(name: string): string | null {
  return (lookupUnit(name) ?? foldedUnit(name))?.name ?? null;
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
