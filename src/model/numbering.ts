import { LOWER, UPPER } from './letters.js';

const A_LOWER = new RegExp(String.raw`[${LOWER}]`, 'u');
const AN_UPPER = new RegExp(String.raw`[${UPPER}]`, 'u');
/**
 * The numbering lexicon: what a marker's number is worth and which number comes next, for every
 * reader of numbers (the outline's lexer, the appendix's STT and group cells, validate's
 * `numbering` rule). One copy, so that the readers cannot disagree (DESIGN.md §13: four copies
 * of the letter/Roman logic came to disagree on "C." and "Đ.").
 *
 * NĐ 30/2020, Phụ lục I orders parts "from large to small": Phần → A. → I. → 1. → 1.1. → a) →
 * - → +. Points use the Vietnamese alphabet, which has đ after d and no f, j, w, z, so "i)"
 * after "h)" is a letter and not Roman one. Letters that are also Roman numerals (I, V, X, L,
 * C, D, M) are read by their siblings: "C." after "B." is a letter, Roman only among Roman
 * siblings.
 */

export type NumeralKind = 'roman' | 'upper' | 'letter' | 'arabic';

/** One reading of a number as written ("IV" → roman 4, "C" → upper 3, "2.3" → arabic 3 under "2."). */
export interface Ordinal {
  readonly kind: NumeralKind;
  /** For decimal numbers "2.3", the "2." part: siblings share it. */
  readonly prefix: string;
  readonly value: number;
}

// NĐ 30/2020, Phụ lục I: the Vietnamese alphabet of points (no f, j, w, z).
export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';
// Plans typed with the Latin habit skip đ and use f, j, w, z (corpus: 252/KH-BCĐQG1237 B.V.1
// and 179/KH-UBND VI.1 go "e) f) g)"). Those four are no letters of the Vietnamese order: each
// is read only as the Latin successor of the letter before it (e → f, i → j, v → w, y → z),
// with a value halfway past that letter, so that it opens no series and fits nowhere else.
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const LATIN_ONLY: Readonly<Record<string, string>> = { f: 'e', j: 'i', w: 'v', z: 'y' };
const HALF = 0.5;

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
// A well-formed Roman numeral up to 3999 (plans stop well before that).
const ROMAN = /^M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function romanValue(s: string): number {
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = ROMAN_DIGITS[s[i] ?? ''] ?? 0;
    const next = ROMAN_DIGITS[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

// "Phần thứ nhất", "Phần thứ hai" …: the words a document may number its parts with (1–10;
// after "thứ", four is "tư" and one is "nhất"). A part so numbered is read as its Roman numeral,
// the way a reader cites it ("Phần III").
const ORDINAL_WORDS: Readonly<Record<string, number>> = { nhất: 1, hai: 2, ba: 3, tư: 4, năm: 5, sáu: 6, bảy: 7, tám: 8, chín: 9, mười: 10 };

/** The value of an ordinal word ("nhất" → 1, "TƯ" → 4), or 0. */
export function ordinalWordValue(word: string): number {
  return ORDINAL_WORDS[word.normalize('NFC').toLocaleLowerCase('vi')] ?? 0;
}

export function isRoman(s: string): boolean {
  return s !== '' && ROMAN.test(s);
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  let rest = Math.max(0, Math.min(3999, Math.floor(n)));
  for (const [v, s] of table) while (rest >= v) { out += s; rest -= v; }
  return out;
}

/**
 * The position of a letter in the Vietnamese alphabet of points (1-based); for f, j, w and z,
 * halfway past the letter they follow in the Latin alphabet; 0 for anything else.
 */
export function letterValue(letter: string): number {
  const l = letter.toLowerCase();
  const after = LATIN_ONLY[l];
  return after !== undefined ? VIETNAMESE_LETTERS.indexOf(after) + 1 + HALF : VIETNAMESE_LETTERS.indexOf(l) + 1;
}

/** A letter as written from its value (the Latin-only letters from their half values). */
function letterOf(value: number): string {
  if (Number.isInteger(value)) return VIETNAMESE_LETTERS[value - 1] ?? '?';
  const before = VIETNAMESE_LETTERS[Math.floor(value) - 1];
  return Object.keys(LATIN_ONLY).find((k) => LATIN_ONLY[k] === before) ?? '?';
}

/** The readings of a number as written, the likelier first ("IV", "3", "2.3", "đ", "B", "C"). */
export function readingsOf(written: string): Ordinal[] {
  const m = written.trim().replace(/[.)]+$/, '');
  const out: Ordinal[] = [];
  const dec = /^((?:\d{1,3}\.)*)(\d{1,3})$/.exec(m);
  if (dec) return [{ kind: 'arabic', prefix: dec[1] ?? '', value: Number(dec[2]) }];
  if (m.length === 1 && A_LOWER.test(m) && letterValue(m) > 0) return [{ kind: 'letter', prefix: '', value: letterValue(m) }];
  const roman = isRoman(m) ? { kind: 'roman' as const, prefix: '', value: romanValue(m) } : null;
  const upper = m.length === 1 && AN_UPPER.test(m) && letterValue(m) > 0 ? { kind: 'upper' as const, prefix: '', value: letterValue(m) } : null;
  // I, V and X alone are Roman far more often than they are the 9th, 21st or 22nd letter;
  // L, C, D and M alone are letters (a fifth part "L." is never written): siblings decide.
  if (roman && upper) return /^[IVX]$/.test(m) ? [roman, upper] : [upper, roman];
  if (roman) out.push(roman);
  if (upper) out.push(upper);
  return out;
}

/** Whether `next` is the number after `prev` in the same series. */
export function follows(prev: Ordinal, next: Ordinal): boolean {
  if (prev.kind !== next.kind || prev.prefix !== next.prefix) return false;
  if (Number.isInteger(prev.value) && next.value === prev.value + 1) return true;
  // The Latin habit: "e" right after "d" (skipping đ), "f" after "e", "g" after "f".
  if (prev.kind === 'letter' || prev.kind === 'upper') {
    const a = LATIN_LETTERS.indexOf(renderOrdinal(prev).toLowerCase());
    const b = LATIN_LETTERS.indexOf(renderOrdinal(next).toLowerCase());
    return a >= 0 && b === a + 1;
  }
  return false;
}

/** Whether a reading can open a series: 1, I, A, a (under its prefix). */
export function opensSeries(o: Ordinal): boolean {
  return o.value === 1;
}

/** The number as written for a reading ("roman 4" → "IV", "letter 5" → "đ"). */
export function renderOrdinal(o: Ordinal): string {
  switch (o.kind) {
    case 'letter':
      return letterOf(o.value);
    case 'upper':
      return letterOf(o.value).toUpperCase();
    case 'roman':
      return toRoman(o.value);
    default:
      return `${o.prefix}${o.value}`;
  }
}

/** The number after a reading in its series (Vietnamese order for letters). */
export function nextOrdinal(o: Ordinal): Ordinal {
  return { ...o, value: Math.floor(o.value) + 1 };
}

/**
 * Reads a run of sibling numbers as one series: an ambiguous number takes the reading its
 * previous sibling has ("A, B, C, D": C and D are letters; "I, II, III, IV, V": V is Roman), or,
 * for the first of a run, the reading of the next unambiguous sibling.
 */
export function readSeries(written: readonly string[]): (Ordinal | null)[] {
  const all = written.map(readingsOf);
  const out: (Ordinal | null)[] = [];
  for (let i = 0; i < all.length; i++) {
    const readings = all[i] ?? [];
    const prev = out[i - 1] ?? null;
    let pick: Ordinal | null = null;
    if (prev) pick = readings.find((r) => r.kind === prev.kind && follows(prev, r)) ?? readings.find((r) => r.kind === prev.kind) ?? null;
    if (!pick && readings.length > 1) {
      // Look ahead for the first sibling with one reading.
      let k = i + 1;
      let kind: NumeralKind | null = null;
      while (k < all.length && kind === null) {
        const r = all[k++] ?? [];
        if (r.length === 1) kind = r[0]?.kind ?? null;
      }
      pick = (kind && readings.find((r) => r.kind === kind)) ?? null;
    }
    out.push(pick ?? readings[0] ?? null);
  }
  return out;
}
