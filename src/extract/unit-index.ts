import type { Responsibility, Task, Unit, UnitRef } from '../model/types.js';
import { bodyKey, personKey } from '../units/identity.js';

/**
 * The unit index: every unit named in a unit column or a responsibility heading, once, under
 * its canonical name, with the ways the document wrote it and where it is named. Two names of
 * the same body are one unit ("UBND xã, phường, đặc khu" and "Ủy ban nhân dân phường, xã, đặc
 * khu"; units/identity.ts, the comparison query and validate use). Units are in order of first
 * appearance (deterministic, and the order a reader meets them).
 */
export function indexUnits(tasks: readonly Task[], responsibilities: readonly Responsibility[]): Unit[] {
  interface Acc { name: string; variants: string[]; collective: boolean; lead: string[]; support: string[]; responsibilities: string[] }
  const byKey = new Map<string, Acc>();
  const get = (u: UnitRef): Acc => {
    const key = u.person ? personKey(u.name) : bodyKey(u.name);
    let acc = byKey.get(key);
    if (!acc) {
      acc = { name: u.name, variants: [], collective: u.collective, lead: [], support: [], responsibilities: [] };
      byKey.set(key, acc);
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
