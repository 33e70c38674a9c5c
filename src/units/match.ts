import type { PlanConfig } from '../config/types.js';
import type { UnitRef } from '../model/types.js';
import { collectiveScope, isCollectiveText } from './collective.js';
import { foldedUnit, lookupUnit } from './gazetteer.js';
import { headAt, nameKey, nameWords, startsWithWords, stripQualifier } from './name-key.js';
import { editSimilarity, wordOverlap } from './similarity.js';
import { bodyKey, personKey } from './identity.js';
import { foreignProvince, withoutOwnPlace, writtenProvince, type OwnPlace } from './own-place.js';

export interface MatchOptions {
  /** canonical name → other names for the same body (plan.config.yaml `aliases`). */
  aliases?: PlanConfig['aliases'];
  /** child → parent (plan.config.yaml `parents`). */
  parents?: PlanConfig['parents'];
  /**
   * The place of the plan whose units are matched: its own place is dropped from names
   * (units/own-place.ts), and a name of another province is another body (null: a plan of no
   * known place, where every province named is another). Absent: names are compared without
   * their places, as between a name and the gazetteer's or two versions of one plan.
   */
  ownPlace?: OwnPlace | null;
}

/**
 * How a unit matched a query: the same body ('exact'), the query is a leading part of its name
 * ('prefix'), the same body through a config alias ('alias'), a parent or child body through
 * config `parents` ('parent'), or a collective that could include the body ('collective').
 */
export type MatchKind = 'exact' | 'prefix' | 'alias' | 'parent' | 'collective';

/** What matching needs to know about a name, computed once. */
interface Analysed {
  /** Folded words, short forms expanded, connectors and qualifier dropped. */
  readonly words: readonly string[];
  readonly key: string;
  /** The gazetteer entry's name, when known: two spellings of one known body share it. */
  readonly entry: string | null;
  /** Kind of body, from the gazetteer or the head word; null when neither tells. */
  readonly kind: string | null;
  /** How many leading words are the head ("Sở", "Ủy ban nhân dân huyện"). */
  readonly headLength: number;
  /** Which body the name denotes (identity.ts): the one comparison of names. */
  readonly identity: string;
}

// Names repeat across the plans of one run (every task names a few of the same bodies): the
// analysis is kept, up to a bound that holds a large folder's distinct names in little memory.
const ANALYSED_CACHE = 5000;
const cache = new Map<string, Analysed>();

function analyse(name: string): Analysed {
  const hit = cache.get(name);
  if (hit) return hit;
  const entry = lookupUnit(name) ?? foldedUnit(name);
  const all = nameWords(name, 'fold');
  const words = stripQualifier(all, 'fold');
  const head = headAt(all, 0, 'fold');
  const known = entry && !entry.collective && entry.name !== '' ? entry : null;
  // A body known through a named-head rule ("Báo Hà Tĩnh") is built afresh on each lookup, so
  // only listed entries (the same object twice) share a name; the others compare by key.
  const a: Analysed = {
    words,
    key: words.join(' '),
    entry: known && lookupUnit(known.name) === known ? known.name : null,
    kind: entry?.kind ?? head?.value.kind ?? null,
    headLength: head?.length ?? 0,
    identity: bodyKey(name),
  };
  if (cache.size > ANALYSED_CACHE) cache.clear();
  cache.set(name, a);
  return a;
}

function same(a: Analysed, b: Analysed): boolean {
  if (a.key === '' || b.key === '') return false;
  return a.identity === b.identity || (a.entry !== null && a.entry === b.entry) || a.key === b.key;
}

/**
 * How a name typed by a user answers a person named as a holder: the whole name, or its last
 * words (the given name, "Linh" or "Việt Linh" of "Vũ Việt Linh"), in any case and marks.
 */
function personMatch(query: string, person: UnitRef): MatchKind | null {
  const words = (name: string): string[] => personKey(name).slice('person:'.length).split(' ').filter(Boolean);
  const q = words(query);
  const p = words(person.name);
  if (q.length === 0 || q.length > p.length) return null;
  if (!q.every((w, i) => p[p.length - q.length + i] === w)) return null;
  return q.length === p.length ? 'exact' : 'prefix';
}

/** A leading part of a name, whole words, more than its head: "Sở Giáo dục" of "Sở Giáo dục và Đào tạo". */
function isPrefix(query: Analysed, unit: Analysed): boolean {
  return (
    query.words.length >= 2 &&
    query.words.length > query.headLength &&
    query.words.length < unit.words.length &&
    startsWithWords(unit.words, query.words)
  );
}

function unitNames(unit: UnitRef, own: OwnPlace | null = null): Analysed[] {
  const name = analyse(withoutOwnPlace(unit.name, own));
  return unit.name === unit.text ? [name] : [name, analyse(withoutOwnPlace(unit.text, own))];
}

/** The names config says are one body with `name`: its alias group (itself included). */
function aliasGroup(name: Analysed, aliases: MatchOptions['aliases']): Analysed[] {
  const out: Analysed[] = [];
  for (const [canonical, others] of Object.entries(aliases ?? {})) {
    const group = [canonical, ...others].map(analyse);
    if (group.some((g) => same(g, name))) for (const g of group) out.push(g);
  }
  return out;
}

function denotes(a: Analysed, b: Analysed, aliases: MatchOptions['aliases']): boolean {
  if (same(a, b)) return true;
  return aliasGroup(a, aliases).some((g) => same(g, b));
}

// Administrative bodies nest a few levels deep (xã → huyện → tỉnh → Bộ → Chính phủ); a bound on
// the walk keeps a long or circular `parents` table of a hand-written config from looping.
const MAX_ANCESTORS = 8;

/** Ancestors of a body through `parents` (child → parent), nearest first, cycles cut. */
function ancestors(name: Analysed, options: MatchOptions): Analysed[] {
  const out: Analysed[] = [];
  const entries = Object.entries(options.parents ?? {}).map(([c, p]) => [analyse(c), analyse(p)] as const);
  let current = [name];
  for (let depth = 0; depth < MAX_ANCESTORS && current.length > 0; depth += 1) {
    const next: Analysed[] = [];
    for (const [child, parent] of entries) {
      if (current.some((c) => denotes(c, child, options.aliases)) && !out.includes(parent)) next.push(parent);
    }
    for (const p of next) out.push(p);
    current = next;
  }
  return out;
}

/**
 * Whether a collective unit could include the body: "UBND các huyện, thị xã, thành phố" names
 * bodies whose name starts "Ủy ban nhân dân" followed by one of its nouns ("UBND huyện Kỳ Anh");
 * "Các sở, ban, ngành, đoàn thể, địa phương" any body of the kinds its nouns cover (data:
 * collectiveNouns), so any Sở or Ban, but not a ministry.
 */
function collectiveIncludes(collectiveName: string, body: Analysed): boolean {
  const scope = collectiveScope(collectiveName);
  if (scope.head) {
    const head = stripQualifier(scope.head, 'fold');
    if (!startsWithWords(body.words, head)) return false;
    if (scope.kinds.size === 0) return true;
    const rest = body.words.slice(head.length);
    return scope.nouns.some((n) => startsWithWords(rest, n.split(' ')));
  }
  if (body.kind === null) return false;
  return scope.kinds.has('*') || scope.kinds.has(body.kind);
}

/**
 * A predicate for the units a name typed by an analyst denotes (issue 4): any case, NFC or NFD,
 * with or without diacritics, either tone placement, short or full form, or a leading part of the
 * name; never a different body ("Bộ Giáo dục và Đào tạo" is not "Sở Giáo dục và Đào tạo").
 *
 * Parents (config `parents`, child → parent) work both ways, kind 'parent': a query for a child
 * ("Trung tâm Xúc tiến Đầu tư tỉnh") finds its parent's units, because plans often assign the
 * child's work to the parent (the sample gives the Trung tâm's duties of IV.5 to "Sở Kế hoạch và
 * Đầu tư" in its appendix); a query for the parent finds its children, whose work it answers for.
 */
export function createUnitMatcher(query: string, options: MatchOptions = {}): (unit: UnitRef) => MatchKind | null {
  const own = options.ownPlace ?? null;
  // Within a plan, a body of another province is that province's: "Công an tỉnh Hà Nam" is not
  // the "Công an tỉnh" of a Nam Định plan (units/own-place.ts).
  const placed = options.ownPlace !== undefined;
  const qAway = foreignProvince(query, own);
  // A collective with no place, in a plan of no province ("Sở Y tế các tỉnh" in a ministry's
  // plan), may include a body of any province; in a province's plan it is that province's.
  const coversAnyProvince = (unit: UnitRef): boolean => unit.collective && (own?.province ?? null) === null && provinceOf(unit) === null;
  // A plan names the same units in row after row: each is placed once per matcher.
  const provinces = new Map<string, string | null>();
  const provinceOf = (unit: UnitRef): string | null => {
    const key = `${unit.name}\u0000${unit.text}`;
    let p = provinces.get(key);
    if (p === undefined) {
      p = writtenProvince(unit.name, unit.text, own);
      provinces.set(key, p);
    }
    return p;
  };
  const q = analyse(withoutOwnPlace(query, own));
  const queryIsCollective = isCollectiveText(query);
  const qAliases = aliasGroup(q, options.aliases);
  const qAncestors = ancestors(q, options);
  return (unit) => {
    if (unit.person) return personMatch(query, unit);
    if (placed && provinceOf(unit) !== qAway && !coversAnyProvince(unit)) return null;
    const names = unitNames(unit, own);
    if (names.some((u) => same(q, u))) return 'exact';
    if (unit.collective) {
      if (queryIsCollective) return null;
      return collectiveIncludes(unit.name, q) || (unit.text !== unit.name && collectiveIncludes(unit.text, q))
        ? 'collective'
        : null;
    }
    if (queryIsCollective) return null;
    if (names.some((u) => qAliases.some((g) => same(g, u)))) return 'alias';
    if (names.some((u) => isPrefix(q, u))) return 'prefix';
    if (names.some((u) => qAncestors.some((p) => denotes(p, u, options.aliases)))) return 'parent';
    if (names.some((u) => ancestors(u, options).some((p) => denotes(p, q, options.aliases)))) return 'parent';
    return null;
  };
}

/** Whether two unit references denote the same body (no prefixes, parents or collectives). */
export function sameUnit(a: UnitRef, b: UnitRef, options: MatchOptions = {}): boolean {
  if (a.person || b.person) return a.person === b.person && personKey(a.name) === personKey(b.name);
  if (a.collective !== b.collective) return false;
  const own = options.ownPlace ?? null;
  if (options.ownPlace !== undefined && writtenProvince(a.name, a.text, own) !== writtenProvince(b.name, b.text, own)) return false;
  return unitNames(a, own).some((x) => unitNames(b, own).some((y) => denotes(x, y, options.aliases)));
}

/**
 * The names closest to a query that matched nothing, best first: shared words (folded, short
 * forms expanded) and edit distance of the folded keys, whichever is higher; names scoring
 * below SUGGESTION_SCORE are left out.
 */
// A suggestion for a query that matched nothing is a hint, not a match: a third of the words or
// letters in common is enough to be worth showing ("Sở TTTT" → "Sở Thông tin và Truyền thông");
// below it the names share little more than a head ("Sở").
export const SUGGESTION_SCORE = 0.3;

export function suggestUnits(query: string, names: readonly string[], limit = 5): string[] {
  const q = analyse(query);
  const qAll = nameKey(query, 'fold');
  const scored = [...new Set(names)].map((name, order) => {
    const n = analyse(name);
    const score = Math.max(wordOverlap(q.words, n.words), editSimilarity(q.key, n.key), editSimilarity(qAll, nameKey(name, 'fold')));
    return { name, score, order };
  });
  return scored
    .filter((s) => s.score >= SUGGESTION_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.name);
}
