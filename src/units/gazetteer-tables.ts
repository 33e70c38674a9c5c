import { GAZETTEER, type GazetteerEntry } from './data.js';
import { levelWords, nameWords, stripQualifier, type KeyLevel } from './name-key.js';
import { lazy } from './lazy.js';
import { PREBUILT_TABLES } from './gazetteer-prebuilt.js';

/**
 * The gazetteer's lookup tables: every entry under the keys of its name and variants, at each
 * level, and the shape of those keys. They depend on data/*.json only, so the bundle carries
 * them ready (scripts/build.mjs computes them with `tablesData` and writes them into
 * gazetteer-prebuilt.ts's place): a cold `plan tasks` spent about a tenth of its parse building
 * them (issue 19). Run from the sources (tests), they are built on first use, by the same code.
 */

/** The tables as plain data (what the build writes as JSON): entries by their place in GAZETTEER.units. */
export interface TablesData {
  /** Per level, each key with the places of its entries, in data order. */
  readonly index: Record<KeyLevel, [string, number[]][]>;
  /** Folded first and last words of every key, at either level. */
  readonly firstWords: string[];
  readonly lastWords: string[];
  /** The most words a key has. */
  readonly longest: number;
}

/** What the index keys look like, for ruling out a text cheaply before looking it up. */
export interface KeyShape {
  readonly firstWords: ReadonlySet<string>;
  readonly lastWords: ReadonlySet<string>;
  readonly longest: number;
}

export interface GazetteerTables {
  readonly index: Record<KeyLevel, Map<string, readonly GazetteerEntry[]>>;
  readonly shape: KeyShape;
}

function indexData(level: KeyLevel): [string, number[]][] {
  const index = new Map<string, number[]>();
  GAZETTEER.units.forEach((entry, place) => {
    for (const form of [entry.name, ...entry.variants]) {
      const all = nameWords(form, level);
      for (const key of new Set([stripQualifier(all, level).join(' '), all.join(' ')])) {
        const list = index.get(key) ?? [];
        if (!list.includes(place)) list.push(place);
        index.set(key, list);
      }
    }
  });
  return [...index];
}

/** Computes the tables from the data files (at build time, or on first use from the sources). */
export function tablesData(): TablesData {
  const index = { tone: indexData('tone'), fold: indexData('fold') };
  const firstWords = new Set<string>();
  const lastWords = new Set<string>();
  let longest = 0;
  for (const level of ['tone', 'fold'] as const) {
    for (const [key] of index[level]) {
      const words = levelWords(key, 'fold');
      const first = words[0];
      const last = words[words.length - 1];
      if (first !== undefined) firstWords.add(first);
      if (last !== undefined) lastWords.add(last);
      longest = Math.max(longest, words.length);
    }
  }
  return { index, firstWords: [...firstWords], lastWords: [...lastWords], longest };
}

/** The tables ready for lookups, from their data. */
export function tablesFrom(data: TablesData): GazetteerTables {
  const entries = (places: readonly number[]) => places.map((p) => GAZETTEER.units[p]).filter((e): e is GazetteerEntry => e !== undefined);
  const level = (list: readonly [string, number[]][]) => new Map(list.map(([key, places]) => [key, entries(places)] as const));
  return {
    index: { tone: level(data.index.tone), fold: level(data.index.fold) },
    shape: { firstWords: new Set(data.firstWords), lastWords: new Set(data.lastWords), longest: data.longest },
  };
}

export const gazetteerTables = lazy((): GazetteerTables => tablesFrom(PREBUILT_TABLES === null ? tablesData() : (JSON.parse(PREBUILT_TABLES) as TablesData)));
