import { GAZETTEER, type GazetteerEntry } from './data.js';
import { expandAbbreviations } from './abbreviations.js';
import { expandedNameWords, levelWords, nameKey, namedHeadAt, headAt, stripQualifier, type KeyLevel } from './name-key.js';
import { gazetteerTables, type KeyShape } from './gazetteer-tables.js';
import { editSimilarity } from './similarity.js';
import { exactKey } from '../input/keys.js';
import { LETTER, MARK, NUMBER } from '../model/letters.js';

const WORDS = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'gu');

export type { GazetteerEntry } from './data.js';

export type { KeyShape };

/** What the index keys look like, for ruling out a text cheaply before looking it up. */
export function keyShape(): KeyShape {
  return gazetteerTables().shape;
}

/** Upper-cases the first letter only: "ban QLKKT tỉnh" → "Ban …"; the rest stays as written. */
export function capitalise(text: string): string {
  const first = text.charAt(0);
  return first.toUpperCase() + text.slice(1);
}

/** The entry under a text's key, the text's short forms already expanded. */
function entryAt(expanded: string, level: KeyLevel): GazetteerEntry | null {
  // nameKey(text) and nameWords(text).join(' '), from one expansion.
  const all = expandedNameWords(expanded, level);
  const index = gazetteerTables().index[level];
  return index.get(stripQualifier(all, level).join(' '))?.[0] ?? index.get(all.join(' '))?.[0] ?? null;
}

/**
 * A body named by a head that takes a proper name ("Báo Hà Tĩnh", "UBND huyện Kỳ Anh"): a
 * rule, not a list of provinces and districts. The proper name must start with a capital.
 */
function namedBody(expandedText: string): GazetteerEntry | null {
  const expanded = exactKey(expandedText);
  const words = levelWords(expanded, 'tone');
  const head = namedHeadAt(words, 0, 'tone');
  if (!head || words.length <= head.length) return null;
  const original = expanded.match(WORDS) ?? [];
  const next = original[head.length] ?? '';
  if (next.charAt(0) === next.charAt(0).toLowerCase()) return null;
  // A proper name has no list separator in it, and does not open with another body's head:
  // "Công an Thành phố, Sở Tài chính" is two bodies, not the police of a city "Sở Tài chính".
  if (/[,;]/.test(expanded) || headAt(words, head.length, 'tone')) return null;
  // "Báo Hà Tĩnh Đài PT&TH tỉnh" is two bodies run together: the proper name ends at a head.
  for (let i = head.length + 1; i < words.length; i += 1) {
    const w = original[i] ?? '';
    if (w.charAt(0) !== w.charAt(0).toLowerCase() && headAt(words, i, 'tone')) return null;
  }
  const kind = headAt(words, 0, 'tone')?.value.kind ?? 'other';
  return { name: capitalise(expanded), variants: [], kind };
}

/**
 * The gazetteer entry a name denotes, by its official name, a variant or an abbreviation, in any
 * case, NFC or NFD, old or new tone placement (not without diacritics: see nearestKnownUnit).
 */
export function lookupUnit(name: string): GazetteerEntry | null {
  if (name.trim() === '') return null;
  return lookupExpanded(expandAbbreviations(name));
}

/** lookupUnit of a text whose short forms are already expanded (callers that expand once). */
export function lookupExpanded(expanded: string): GazetteerEntry | null {
  if (expanded.trim() === '') return null;
  return entryAt(expanded, 'tone') ?? namedBody(expanded);
}

/** The entry whose letters equal the name's once marks are dropped ("Công TTĐT" ~ "Cổng TTĐT"). */
export function foldedUnit(name: string): GazetteerEntry | null {
  return foldedExpanded(expandAbbreviations(name));
}

/** foldedUnit of a text whose short forms are already expanded. */
export function foldedExpanded(expanded: string): GazetteerEntry | null {
  if (expanded.trim() === '') return null;
  return entryAt(expanded, 'fold');
}

// Three letters in four alike: an OCR slip or a lost mark in a known name ("Công TTĐT tỉnh" for
// "Cổng Thông tin điện tử tỉnh") scores above it; two bodies under one head that differ in their
// field ("Sở Y tế" / "Sở Tư pháp") score well below it.
export const NEAREST_UNIT_SCORE = 0.75;

/**
 * The closest known body to a name that is not in the gazetteer as written, with a score from
 * 0 to 1 (1: the same letters once marks are dropped, as in the OCR slip "Công TTĐT tỉnh" for
 * "Cổng Thông tin điện tử tỉnh"). Null when nothing is close (score below NEAREST_UNIT_SCORE).
 */
export function nearestKnownUnit(name: string): { name: string; score: number } | null {
  const exact = lookupUnit(name) ?? foldedUnit(name);
  if (exact) return { name: exact.name, score: 1 };
  const key = nameKey(name, 'fold');
  if (key === '') return null;
  let best: { name: string; score: number } | null = null;
  for (const entry of GAZETTEER.units) {
    for (const form of [entry.name, ...entry.variants]) {
      const score = editSimilarity(key, nameKey(form, 'fold'));
      if (!best || score > best.score) best = { name: entry.name, score };
    }
  }
  return best && best.score >= NEAREST_UNIT_SCORE ? best : null;
}
