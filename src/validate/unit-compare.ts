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
  /**
   * The canonical name sameName compares (sameName(a, b) ⇔ entryName(a) !== null and
   * entryName(a) === entryName(b)). When given, the comparer can index units by it, so that
   * rules look a unit up instead of comparing it with every other (issue 8).
   */
  readonly entryName?: (name: string) => string | null;
  readonly known?: (name: string) => boolean;
  readonly nearest?: (name: string) => string | null;
}

/**
 * What `same` compares, for one unit: the canonical name from the gazetteer (null when unknown
 * or when the helpers cannot tell it), the config-aware key, and that key's ancestors through
 * config `parents` (itself first). same(a, b) ⇔ a.entry !== null && a.entry === b.entry, or b's
 * key is among a's ancestors, or a's among b's.
 */
export interface UnitKeys {
  readonly entry: string | null;
  readonly key: string;
  readonly ancestors: readonly string[];
}

/** The key function behind comparers made by createUnitComparer whose helpers can be indexed. */
const KEYS = new WeakMap<UnitComparer, (u: UnitRef) => UnitKeys>();

/** The keys `same` compares, when the comparer was built here with indexable helpers; else null. */
export function unitKeysOf(comparer: UnitComparer): ((u: UnitRef) => UnitKeys) | null {
  return KEYS.get(comparer) ?? null;
}

/** Builds the comparer from plan.config.yaml's aliases and parents. */
export function createUnitComparer(config: PlanConfig | null, helpers: UnitCompareHelpers = {}): UnitComparer {
  const canon = new Map<string, string>();
  for (const [name, others] of Object.entries(config?.aliases ?? {})) {
    canon.set(unitKey(name), unitKey(name));
    for (const o of others) canon.set(unitKey(o), unitKey(name));
  }
  // Each name is keyed once per run: rules compare the same few names thousands of times.
  const keyCache = new Map<string, string>();
  const cachedKey = (name: string): string => {
    let k = keyCache.get(name);
    if (k === undefined) {
      k = unitKey(name);
      keyCache.set(name, k);
    }
    return k;
  };
  const keyOf = (u: UnitRef): string => {
    const k = cachedKey(u.name);
    return canon.get(k) ?? canon.get(cachedKey(u.text)) ?? k;
  };
  const parents = new Map<string, string>();
  for (const [child, parent] of Object.entries(config?.parents ?? {})) parents.set(unitKey(child), unitKey(parent));
  const ancestorCache = new Map<string, string[]>();
  const ancestors = (k: string): string[] => {
    const hit = ancestorCache.get(k);
    if (hit) return hit;
    const out = [k];
    let p = parents.get(k);
    while (p !== undefined && !out.includes(p)) {
      out.push(p);
      p = parents.get(p);
    }
    ancestorCache.set(k, out);
    return out;
  };
  const entryCache = new Map<string, string | null>();
  const entryName = helpers.entryName;
  const entryOf = entryName
    ? (name: string): string | null => {
        let e = entryCache.get(name);
        if (e === undefined) {
          e = entryName(name);
          entryCache.set(name, e);
        }
        return e;
      }
    : null;
  const sameName = entryOf
    ? (a: string, b: string): boolean => {
        const x = entryOf(a);
        return x !== null && x === entryOf(b);
      }
    : helpers.sameName;
  const sameKeys = (a: UnitRef, b: UnitRef): boolean => {
    if (sameName?.(a.name, b.name)) return true;
    const ka = keyOf(a);
    const kb = keyOf(b);
    // A unit that belongs to another (config `parents`) answers for it, and the other way round.
    return ka === kb || ancestors(ka).includes(kb) || ancestors(kb).includes(ka);
  };
  const configured = new Set<string>([...canon.keys(), ...parents.keys(), ...parents.values()]);
  const headCache = new Map<string, string[]>();
  const comparer: UnitComparer = {
    same: sameKeys,
    covers(collective, unit) {
      let heads = headCache.get(collective.text);
      if (!heads) {
        heads = collectiveHeads(collective.text);
        headCache.set(collective.text, heads);
      }
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
  // Indexable when names are compared through entryName, or not by name at all.
  if (entryOf || !helpers.sameName) {
    KEYS.set(comparer, (u) => {
      const key = keyOf(u);
      return { entry: entryOf ? entryOf(u.name) : null, key, ancestors: ancestors(key) };
    });
  }
  return comparer;
}
