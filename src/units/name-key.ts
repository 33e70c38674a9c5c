import { expandAbbreviations } from './abbreviations.js';
import { GAZETTEER } from './data.js';
import { keyWords, type KeyLevel } from './word-keys.js';
import { lazy } from './lazy.js';
import { NAME_CONNECTORS } from './joiners.js';

export type { KeyLevel };

/** The words of a text at a level, punctuation dropped; no abbreviation expansion. */
export function levelWords(text: string, level: KeyLevel): string[] {
  return keyWords(text, level);
}

// "và" / "&" / "-" join the parts of a name in free variation (domain.md §2.4: "Thông tin và
// Truyền thông" = "Thông tin - Truyền thông"; "Văn hóa -Thể thao & Du lịch"), so they never count.
const CONNECTORS = NAME_CONNECTORS;

/** The words of a name with its short forms expanded and its connectors dropped. */
export function nameWords(text: string, level: KeyLevel): string[] {
  return expandedNameWords(expandAbbreviations(text), level);
}

/** nameWords of a text whose short forms are already expanded. */
export function expandedNameWords(expanded: string, level: KeyLevel): string[] {
  return levelWords(expanded, level).filter((w) => !CONNECTORS.has(w));
}

const byLevel = <T>(make: (level: KeyLevel) => T): (() => Record<KeyLevel, T>) =>
  lazy(() => ({ tone: make('tone'), fold: make('fold') }));

// Longest first: "Sở Y tế Thừa Thiên Huế" ends with "Thừa Thiên Huế", not only with "Huế".
const PROVINCES = byLevel((level) => GAZETTEER.provinces.map((p) => levelWords(p, level)).sort((a, b) => b.length - a.length));
const QUALIFIERS = byLevel((level) => new Set(GAZETTEER.qualifiers.flatMap((q) => levelWords(q, level))));

/** The words provinces and qualifiers are made of: the words stripQualifier may drop. */
export function qualifierWords(level: KeyLevel): ReadonlySet<string> {
  return QUALIFIER_WORDS()[level];
}
const QUALIFIER_WORDS = byLevel((level) => new Set([...QUALIFIERS()[level], ...PROVINCES()[level].flat()]));

/** The most words stripQualifier drops from a name: the longest province and a qualifier. */
export const longestQualifier = lazy(
  () => Math.max(0, ...PROVINCES().tone.map((p) => p.length), ...PROVINCES().fold.map((p) => p.length)) + 1,
);

function endsWith(words: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || tail.length > words.length) return false;
  const off = words.length - tail.length;
  return tail.every((w, i) => words[off + i] === w);
}

/**
 * Drops a trailing "tỉnh", "tỉnh <Province>" or "<Province>": they say where the body is, not
 * which body ("Đài PT&TH tỉnh" = "Đài PT&TH Hà Tĩnh"). At least two words must remain, so
 * "Báo Hà Tĩnh" keeps its province, which is its name.
 */
// A qualifier goes only when two words stay before it: "Công an tỉnh" keeps "tỉnh" dropped to
// "Công an", "Sở tỉnh" would keep no name at all.
const MIN_WORDS_BEFORE_QUALIFIER = 2;

export function stripQualifier(words: readonly string[], level: KeyLevel): string[] {
  let out = [...words];
  const province = trailingProvince(out, level);
  if (province) out = out.slice(0, out.length - province.length);
  const last = out[out.length - 1];
  if (last !== undefined && QUALIFIERS()[level].has(last) && out.length > MIN_WORDS_BEFORE_QUALIFIER) out = out.slice(0, -1);
  return out;
}

/** The province's name that stripQualifier drops from the end of a name's words, or null. */
export function trailingProvince(words: readonly string[], level: KeyLevel): readonly string[] | null {
  const province = PROVINCES()[level].find((p) => endsWith(words, p));
  return province && words.length - province.length >= MIN_WORDS_BEFORE_QUALIFIER ? province : null;
}

/** The words without a trailing qualifier and province ("… tỉnh", "… tỉnh Lâm Đồng", "… Hà Nội"), however few remain. */
export function dropPlace(words: readonly string[], level: KeyLevel): string[] {
  let out = [...words];
  const province = PROVINCES()[level].find((p) => endsWith(out, p));
  if (province) out = out.slice(0, out.length - province.length);
  const last = out[out.length - 1];
  if (last !== undefined && QUALIFIERS()[level].has(last)) out = out.slice(0, -1);
  return out;
}

/** Whether the words before `end` are a qualifier ("tỉnh") or a whole province name ("Hồ Chí Minh", not "Minh"). */
export function endsWithPlace(words: readonly string[], end: number, level: KeyLevel): boolean {
  const last = words[end - 1];
  if (last !== undefined && QUALIFIERS()[level].has(last)) return true;
  // Compared in place: the caller asks at every word of a long run (no copy of the words).
  return PROVINCES()[level].some((p) => p.length <= end && p.every((w, k) => words[end - p.length + k] === w));
}

/** The comparison key of a name: expanded, connectors dropped, qualifier stripped. */
export function nameKey(text: string, level: KeyLevel): string {
  return stripQualifier(nameWords(text, level), level).join(' ');
}

export function startsWithWords(words: readonly string[], head: readonly string[]): boolean {
  return head.length > 0 && head.length <= words.length && head.every((w, i) => words[i] === w);
}

interface Phrase<T> { readonly words: Record<KeyLevel, string[]>; readonly value: T }

/**
 * Phrases by their first word, at each level, longest first (ties in data order): finding the
 * phrase at a word looks at the few phrases that start with it, not at the whole list.
 */
type Phrases<T> = Record<KeyLevel, Map<string, Phrase<T>[]>>;

function phrases<T>(items: readonly T[], text: (t: T) => string): () => Phrases<T> {
  return lazy(() => {
    const sorted = items
      .map((value) => ({ value, words: { tone: levelWords(text(value), 'tone'), fold: levelWords(text(value), 'fold') } }))
      .sort((a, b) => b.words.tone.length - a.words.tone.length);
    const out: Phrases<T> = { tone: new Map(), fold: new Map() };
    for (const level of ['tone', 'fold'] as const) {
      for (const p of sorted) {
        const first = p.words[level][0];
        if (first === undefined) continue;
        const list = out[level].get(first) ?? [];
        list.push(p);
        out[level].set(first, list);
      }
    }
    return out;
  });
}

const HEADS = phrases(GAZETTEER.heads, (h) => h.head);
const NOUNS = phrases(GAZETTEER.collectiveNouns, (n) => n.noun);
const NAMED_HEADS = phrases(GAZETTEER.namedHeads, (h) => h);
const MARKERS = phrases(GAZETTEER.collectiveMarkers, (m) => m);
const TITLES = phrases(GAZETTEER.titles, (t) => t);
const MEMBER_NOUNS = phrases(GAZETTEER.memberNouns, (m) => m);

function longestAt<T>(list: () => Phrases<T>, words: readonly string[], at: number, level: KeyLevel): Phrase<T> | null {
  const first = words[at];
  if (first === undefined) return null;
  const candidates = list()[level].get(first);
  if (!candidates) return null;
  for (const p of candidates) {
    const w = p.words[level];
    if (w.length > words.length - at) continue;
    let k = 1;
    while (k < w.length && words[at + k] === w[k]) k += 1;
    if (k === w.length) return p;
  }
  return null;
}

/** The words named heads can start with, at a level. */
export function namedHeadFirstWords(level: KeyLevel): ReadonlySet<string> {
  return new Set(NAMED_HEADS()[level].keys());
}

/** Words that are a head on their own ("Sở", "Đài"): headAt finds a head wherever one stands. */
export function singleWordHeads(level: KeyLevel): ReadonlySet<string> {
  return SINGLE_HEADS()[level];
}
const SINGLE_HEADS = byLevel((level) => {
  const out = new Set<string>();
  for (const [first, list] of HEADS()[level]) if (list.some((p) => p.words[level].length === 1)) out.add(first);
  return out;
});

/** The most words a named head has ("Ủy ban nhân dân thị trấn"). */
export function longestNamedHead(): number {
  let n = 0;
  for (const list of NAMED_HEADS().tone.values()) for (const p of list) n = Math.max(n, p.words.tone.length);
  return n;
}

export interface PhraseMatch<T> { readonly value: T; readonly length: number }

function matchAt<T>(list: () => Phrases<T>, words: readonly string[], at: number, level: KeyLevel): PhraseMatch<T> | null {
  const p = longestAt(list, words, at, level);
  return p ? { value: p.value, length: p.words[level].length } : null;
}

/** The longest head word ("Sở", "Công an", "Ủy ban nhân dân huyện") at a word index. */
export function headAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(HEADS, words, at, level);
}
/** The longest collective noun ("sở", "cơ quan báo chí") at a word index. */
export function nounAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(NOUNS, words, at, level);
}
export function markerAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(MARKERS, words, at, level);
}
/** Words of a collective marker other than its first ("cả" of "tất cả"). */
export const markerTailWords = lazy(() => {
  const out = new Set<string>();
  for (const list of MARKERS().tone.values()) for (const p of list) for (const w of p.words.tone.slice(1)) out.add(w);
  return out;
});
export function memberNounAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(MEMBER_NOUNS, words, at, level);
}
export function titleAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(TITLES, words, at, level);
}
export function namedHeadAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(NAMED_HEADS, words, at, level);
}
export function isQualifierWord(word: string, level: KeyLevel): boolean {
  return QUALIFIERS()[level].has(word);
}
