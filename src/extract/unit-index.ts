import type { Responsibility, Task, Unit, UnitRef } from '../model/types.js';
import { personKey } from '../units/identity.js';
import { ownBodyKey, ownPlaceOf, withoutOwnPlace } from '../units/own-place.js';

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
 * units by name), where "Công an phường" no longer says which ward.
 */
export function indexUnits(tasks: readonly Task[], responsibilities: readonly Responsibility[], issuer: string | null = null): Unit[] {
  const own = ownPlaceOf(issuer);
  interface Acc { name: string; variants: string[]; collective: boolean; lead: string[]; support: string[]; responsibilities: string[] }
  const byKey = new Map<string, Acc>();
  const get = (u: UnitRef): Acc => {
    const key = u.person ? personKey(u.name) : ownBodyKey(u.name, own);
    let acc = byKey.get(key);
    if (!acc) {
      acc = { name: u.name, variants: [], collective: u.collective, lead: [], support: [], responsibilities: [] };
      byKey.set(key, acc);
    } else if (!u.person && withoutOwnPlace(acc.name, own) === acc.name && withoutOwnPlace(u.name, own) !== u.name) {
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
