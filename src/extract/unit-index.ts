import type { DocumentInfo, Responsibility, Task, Unit, UnitRef } from '../model/types.js';
import { personKey } from '../units/identity.js';
import { foreignProvince, ownBodyKey, planPlaceOf, withoutOwnPlace, type OwnPlace } from '../units/own-place.js';

/**
 * The unit index: every unit named in a unit column or a responsibility heading, once, under
 * its canonical name, with the ways the document wrote it and where it is named. Two names of
 * the same body are one unit ("UBND xã, phường, đặc khu" and "Ủy ban nhân dân phường, xã, đặc
 * khu"; units/identity.ts, the comparison query and validate use). Units are in order of first
 * appearance (deterministic, and the order a reader meets them).
 *
 * Within the plan of a place (its issuer's: "Ủy ban nhân dân phường Thủ Dầu Một"), a body named
 * with and without that place is one unit ("Công an phường" = "Công an phường Thủ Dầu Một";
 * units/own-place.ts). Its name is the one with the place, wherever that is first met: the
 * index is read outside the plan too (exports, the cross-plan table of a report, which rows
 * units by name), where "Công an phường" no longer says which ward. A body of another province
 * ("Công an tỉnh Hà Nam" in a Nam Định plan) is a unit apart.
 */
export function indexUnits(tasks: readonly Task[], responsibilities: readonly Responsibility[], where: Pick<DocumentInfo, 'place' | 'issuer' | 'title'> | null = null): Unit[] {
  const own = where === null ? null : planPlaceOf(where);
  interface Acc { name: string; variants: string[]; collective: boolean; lead: string[]; support: string[]; responsibilities: string[] }
  const byKey = new Map<string, Acc>();
  // A plan names the same few dozen units row after row: each name's key and its form without
  // the plan's place are worked out once (a table of 8,000 rows spent a fifth of its export
  // on them).
  const keys = new Map<string, string>();
  const bodyKeyOf = (u: UnitRef): string => {
    const memo = `${u.name}\n${u.text}`;
    let key = keys.get(memo);
    if (key === undefined) {
      key = ownBodyKey(u.name, own, u.text);
      keys.set(memo, key);
    }
    return key;
  };
  const bare = new Map<string, string>();
  const withoutOwn = (name: string): string => {
    let b = bare.get(name);
    if (b === undefined) {
      b = withoutOwnPlace(name, own);
      bare.set(name, b);
    }
    return b;
  };
  const get = (u: UnitRef): Acc => {
    const key = u.person ? personKey(u.name) : bodyKeyOf(u);
    let acc = byKey.get(key);
    if (!acc) {
      acc = { name: lostProvince(u, own) ? u.text : u.name, variants: [], collective: u.collective, lead: [], support: [], responsibilities: [] };
      byKey.set(key, acc);
    } else if (!u.person && withoutOwn(acc.name) === acc.name && withoutOwn(u.name) !== u.name) {
      acc.name = u.name;
    }
    if (!acc.variants.includes(u.text)) acc.variants.push(u.text);
    return acc;
  };
  const add = (list: string[], id: string): void => {
    if (!list.includes(id)) list.push(id);
  };
  for (const r of responsibilities) for (const u of r.units) add(get(u).responsibilities, r.id);
  for (const t of tasks) {
    for (const u of t.lead) add(get(u).lead, t.id);
    for (const u of t.support) add(get(u).support, t.id);
  }
  return [...byKey.values()];
}

/**
 * A unit of another province whose canonical name lost it ("Công an tỉnh Hà Nam" → the
 * gazetteer's "Công an tỉnh"): the index names it as written, so that it is not read as the
 * plan's own body.
 */
function lostProvince(u: UnitRef, own: OwnPlace | null): boolean {
  return !u.person && u.text !== u.name && foreignProvince(u.text, own) !== null && foreignProvince(u.name, own) === null;
}
