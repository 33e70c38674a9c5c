import type { UnitRef } from '../model/types.js';
import type { PlanConfig } from '../config/types.js';
import { foldKey } from '../input/keys.js';
import collectiveData from '../../data/collectives.json' with { type: 'json' };
import type { UnitComparer } from './rule.js';

/**
 * A comparison key for unit names: folded, with the separators that short forms vary on
 * ("&", "-", ",", dots) read as "và" or a space (domain.md §2.4).
 */
export function unitKey(name: string): string {
  return foldKey(name)
    .replace(/\s*&\s*/g, ' va ')
    .replace(/[-–,.;:()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const MEMBERS = Object.entries(collectiveData.members as Record<string, string[]>)
  .map(([phrase, heads]) => ({ phrase, heads }))
  .sort((a, b) => b.phrase.length - a.phrase.length);

function containsWords(hay: string, needle: string): boolean {
  return ` ${hay} `.includes(` ${needle} `);
}

/** The first words of the units a collective phrase covers ("*" for all); empty when vague. */
export function collectiveHeads(text: string): string[] {
  let key = unitKey(text);
  if (collectiveData.vague.some((v) => containsWords(key, v))) return [];
  const heads: string[] = [];
  for (const m of MEMBERS) {
    if (!containsWords(key, m.phrase)) continue;
    heads.push(...m.heads);
    key = ` ${key} `.replace(` ${m.phrase} `, ' | ').trim();
  }
  return heads;
}

export interface UnitCompareHelpers {
  /** Canonical-name comparison from the units module, when available. */
  readonly sameName?: (a: string, b: string) => boolean;
  readonly known?: (name: string) => boolean;
  readonly nearest?: (name: string) => string | null;
}

/** Builds the comparer from plan.config.yaml's aliases and parents. */
export function createUnitComparer(config: PlanConfig | null, helpers: UnitCompareHelpers = {}): UnitComparer {
  const canon = new Map<string, string>();
  for (const [name, others] of Object.entries(config?.aliases ?? {})) {
    canon.set(unitKey(name), unitKey(name));
    for (const o of others) canon.set(unitKey(o), unitKey(name));
  }
  const keyOf = (u: UnitRef): string => {
    const k = unitKey(u.name);
    return canon.get(k) ?? canon.get(unitKey(u.text)) ?? k;
  };
  const parents = new Map<string, string>();
  for (const [child, parent] of Object.entries(config?.parents ?? {})) parents.set(unitKey(child), unitKey(parent));
  const ancestors = (k: string): string[] => {
    const out = [k];
    let p = parents.get(k);
    while (p !== undefined && !out.includes(p)) {
      out.push(p);
      p = parents.get(p);
    }
    return out;
  };
  const sameKeys = (a: UnitRef, b: UnitRef): boolean => {
    if (helpers.sameName?.(a.name, b.name)) return true;
    const ka = keyOf(a);
    const kb = keyOf(b);
    // A unit that belongs to another (config `parents`) answers for it, and the other way round.
    return ka === kb || ancestors(ka).includes(kb) || ancestors(kb).includes(ka);
  };
  const configured = new Set<string>([...canon.keys(), ...parents.keys(), ...parents.values()]);
  return {
    same: sameKeys,
    covers(collective, unit) {
      const heads = collectiveHeads(collective.text);
      const k = keyOf(unit);
      return heads.some((h) => h === '*' || k === h || k.startsWith(`${h} `));
    },
    known(unit) {
      if (unit.collective) return true;
      // As written: the parser may already have mapped a slip ("Công TTĐT") to its canonical name.
      if (configured.has(unitKey(unit.text)) || canon.has(unitKey(unit.text))) return true;
      return helpers.known ? helpers.known(unit.text) : true;
    },
    nearest(unit) {
      return helpers.nearest?.(unit.text) ?? null;
    },
  };
}
