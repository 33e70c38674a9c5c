import type { UnitRef } from '../model/types.js';
import type { PlanConfig } from '../config/types.js';
import { foldKey } from '../input/keys.js';
import vague from '../../data/vague-qualifiers.json' with { type: 'json' };
import { createUnitMatcher } from '../units/match.js';
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

// A collective qualified by "liên quan" ("các sở, ngành liên quan") names nobody in particular:
// a plan that gives a unit a duty must name it, so such a phrase covers no unit here (the query
// commands, which ask "could this include me?", read it as the units module does).
const VAGUE = vague.words.map(foldKey);

function isVague(text: string): boolean {
  const key = ` ${unitKey(text)} `;
  return VAGUE.some((v) => key.includes(` ${v} `));
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
  /**
   * The province a written name is of when it is not the plan's own ("Công an tỉnh Hà Nam" in a
   * Nam Định plan → "ha nam"), or null. A unit whose text names another province than its
   * canonical name does (the gazetteer's "Công an tỉnh") is that province's body.
   */
  readonly placeOf?: (text: string) => string | null;
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
  const placeCache = new Map<string, string | null>();
  const placeOf = (text: string): string | null => {
    let p = placeCache.get(text);
    if (p === undefined) {
      p = helpers.placeOf?.(text) ?? null;
      placeCache.set(text, p);
    }
    return p;
  };
  // "@ha nam" when the text names another province that the canonical name lost.
  const lostPlace = (u: UnitRef): string => {
    if (!helpers.placeOf || u.text === u.name) return '';
    const away = placeOf(u.text);
    return away !== null && placeOf(u.name) === null ? `@${away}` : '';
  };
  const keyOf = (u: UnitRef): string => {
    const k = cachedKey(u.name);
    const aliased = canon.get(k) ?? canon.get(cachedKey(u.text));
    return aliased ?? `${k}${lostPlace(u)}`;
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
  const entryOfRef = entryOf
    ? (u: UnitRef): string | null => {
        const e = entryOf(u.name);
        return e === null ? null : `${e}${lostPlace(u)}`;
      }
    : null;
  const sameName = entryOfRef
    ? (a: UnitRef, b: UnitRef): boolean => {
        const x = entryOfRef(a);
        return x !== null && x === entryOfRef(b);
      }
    : helpers.sameName
      ? (a: UnitRef, b: UnitRef): boolean => helpers.sameName?.(a.name, b.name) === true
      : null;
  const sameKeys = (a: UnitRef, b: UnitRef): boolean => {
    if (sameName?.(a, b)) return true;
    const ka = keyOf(a);
    const kb = keyOf(b);
    // A unit that belongs to another (config `parents`) answers for it, and the other way round.
    return ka === kb || ancestors(ka).includes(kb) || ancestors(kb).includes(ka);
  };
  const configured = new Set<string>([...canon.keys(), ...parents.keys(), ...parents.values()]);
  const matchers = new Map<string, (u: UnitRef) => string | null>();
  const comparer: UnitComparer = {
    same: sameKeys,
    covers(collective, unit) {
      // Which bodies a collective can include is the units module's knowledge (the kinds of
      // body its nouns cover, data/gazetteer.json), shared with `plan tasks --include-collective`.
      if (isVague(collective.text)) return false;
      let match = matchers.get(unit.name);
      if (!match) {
        match = createUnitMatcher(unit.name);
        matchers.set(unit.name, match);
      }
      return match(collective) === 'collective';
    },
    known(unit) {
      // A collective or a person is no body of the gazetteer: neither can be unknown.
      if (unit.collective || unit.person) return true;
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
      return { entry: entryOfRef ? entryOfRef(u) : null, key, ancestors: ancestors(key) };
    });
  }
  return comparer;
}
