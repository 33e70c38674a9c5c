import { foldKey, toneKey } from '../input/keys.js';
import { expandAbbreviations } from './abbreviations.js';
import { GAZETTEER } from './data.js';

/**
 * Word keys for unit names. 'tone' keeps the marks (lower case, one tone placement: "hoá" =
 * "hóa"); 'fold' drops them ("so giao duc"), for names typed without diacritics.
 */
export type KeyLevel = 'tone' | 'fold';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a text at a level, punctuation dropped; no abbreviation expansion. */
export function levelWords(text: string, level: KeyLevel): string[] {
  const key = level === 'tone' ? toneKey(text) : foldKey(text.normalize('NFC'));
  return key.match(WORD) ?? [];
}

// "và" / "&" / "-" join the parts of a name in free variation (domain.md §2.4: "Thông tin và
// Truyền thông" = "Thông tin - Truyền thông"; "Văn hóa -Thể thao & Du lịch"), so they never count.
const CONNECTORS = new Set(['và', 'va']);

/** The words of a name with its short forms expanded and its connectors dropped. */
export function nameWords(text: string, level: KeyLevel): string[] {
  return levelWords(expandAbbreviations(text), level).filter((w) => !CONNECTORS.has(w));
}

const PROVINCES: Record<KeyLevel, string[][]> = {
  tone: GAZETTEER.provinces.map((p) => levelWords(p, 'tone')),
  fold: GAZETTEER.provinces.map((p) => levelWords(p, 'fold')),
};
const QUALIFIERS: Record<KeyLevel, Set<string>> = {
  tone: new Set(GAZETTEER.qualifiers.flatMap((q) => levelWords(q, 'tone'))),
  fold: new Set(GAZETTEER.qualifiers.flatMap((q) => levelWords(q, 'fold'))),
};

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
export function stripQualifier(words: readonly string[], level: KeyLevel): string[] {
  let out = [...words];
  const province = PROVINCES[level].find((p) => endsWith(out, p));
  if (province && out.length - province.length >= 2) out = out.slice(0, out.length - province.length);
  const last = out[out.length - 1];
  if (last !== undefined && QUALIFIERS[level].has(last) && out.length >= 3) out = out.slice(0, -1);
  return out;
}

/** The comparison key of a name: expanded, connectors dropped, qualifier stripped. */
export function nameKey(text: string, level: KeyLevel): string {
  return stripQualifier(nameWords(text, level), level).join(' ');
}

export function startsWithWords(words: readonly string[], head: readonly string[]): boolean {
  return head.length > 0 && head.length <= words.length && head.every((w, i) => words[i] === w);
}

interface Phrase<T> { readonly words: Record<KeyLevel, string[]>; readonly value: T }

function phrases<T>(items: readonly T[], text: (t: T) => string): Phrase<T>[] {
  return items
    .map((value) => ({ value, words: { tone: levelWords(text(value), 'tone'), fold: levelWords(text(value), 'fold') } }))
    .sort((a, b) => b.words.tone.length - a.words.tone.length);
}

const HEADS = phrases(GAZETTEER.heads, (h) => h.head);
const NOUNS = phrases(GAZETTEER.collectiveNouns, (n) => n.noun);
const NAMED_HEADS = phrases(GAZETTEER.namedHeads, (h) => h);
const MARKERS = phrases(GAZETTEER.collectiveMarkers, (m) => m);
const TITLES = phrases(GAZETTEER.titles, (t) => t);

function longestAt<T>(list: readonly Phrase<T>[], words: readonly string[], at: number, level: KeyLevel): Phrase<T> | null {
  const rest = words.slice(at);
  return list.find((p) => startsWithWords(rest, p.words[level])) ?? null;
}

export interface PhraseMatch<T> { readonly value: T; readonly length: number }

function matchAt<T>(list: readonly Phrase<T>[], words: readonly string[], at: number, level: KeyLevel): PhraseMatch<T> | null {
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
export function titleAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(TITLES, words, at, level);
}
export function namedHeadAt(words: readonly string[], at: number, level: KeyLevel) {
  return matchAt(NAMED_HEADS, words, at, level);
}
export function isQualifierWord(word: string, level: KeyLevel): boolean {
  return QUALIFIERS[level].has(word);
}
