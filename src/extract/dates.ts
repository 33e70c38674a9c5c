import { LETTER, NUMBER } from '../model/letters.js';
/**
 * Dates as Vietnamese documents write them (domain.md §1.10): the header's "ngày 16 tháng 12
 * năm 2019", the body's "ngày 26/6/2019" or "03/6/2020", with uneven zero-padding, and web
 * copies that wrap "ngày 22\ntháng 10 năm 2020" over two lines.
 *
 * Texts are taken in NFC (the input layer guarantees it); offsets returned here are offsets in
 * the text as given.
 */

/** A date-like expression found in a text. `year` is null for a short form such as "ngày 30/11". */
export interface DateMatch {
  /** Offset of the first character (of "ngày" when it is written). */
  readonly index: number;
  /** Offset just past the last character. */
  readonly end: number;
  readonly day: number;
  readonly month: number;
  readonly year: number | null;
  /** ISO date when the year is given and the day exists, else null. */
  readonly iso: string | null;
  /** Whether the word "ngày" introduced it: a short form "30/11" is a date only then. */
  readonly dayWord: boolean;
}

/** Validates a calendar date and formats it as YYYY-MM-DD (31/2 → null). */
export function iso(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return null;
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return null;
  if (d > daysInMonth(y, m)) return null;
  return `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

// Two shapes, each linear (no quantifier wraps another over the same characters):
//  - written out: "[ngày] 16 tháng 12 [năm 2019]"; white space (line breaks included) may sit
//    between any two words, as in wrapped web copies;
//  - numeric: "[ngày] 26/6[/2019]", one separator throughout ("/", "." or "-").
// The look-behind keeps "QĐ-26/6" or the tail of "2026-2030" from reading as a date.
const DATE_RE =
  new RegExp(String.raw`(?<![${LETTER}${NUMBER}/.])(?:(ngày)\s*)?(?:(\d{1,2})\s*tháng\s*(\d{1,2})(?:\s*năm\s*(\d{4}))?|(\d{1,2})([/.-])(\d{1,2})(?:\6(\d{4}))?)(?![${NUMBER}/])`, 'giu');

/** Every date-like expression in the text, in order, including short forms without a year. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  for (const m of text.matchAll(DATE_RE)) {
    const d = toDateMatch(m);
    if (d) out.push(d);
  }
  return out;
}

// Sticky copies, compiled once: dateAt runs for every candidate position of a citation.
const LEAD_RE = /\s*/y;
const DATE_AT_RE = new RegExp(DATE_RE.source, 'iuy');

/** The date-like expression that starts exactly at `at` (after optional spaces), if any. */
export function dateAt(text: string, at: number): DateMatch | null {
  LEAD_RE.lastIndex = at;
  LEAD_RE.exec(text);
  DATE_AT_RE.lastIndex = LEAD_RE.lastIndex;
  const m = DATE_AT_RE.exec(text);
  return m ? toDateMatch(m) : null;
}

function toDateMatch(m: RegExpExecArray | RegExpMatchArray): DateMatch | null {
  const index = m.index ?? 0;
  const written = m[2] !== undefined;
  const day = Number(written ? m[2] : m[5]);
  const month = Number(written ? m[3] : m[7]);
  const yearText = written ? m[4] : m[8];
  const year = yearText === undefined ? null : Number(yearText);
  const dayWord = m[1] !== undefined;
  // A bare "3/5" is as likely a ratio as a date: without a year it needs "ngày".
  if (year === null && !dayWord) return null;
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return {
    index,
    end: index + m[0].length,
    day,
    month,
    year,
    iso: year === null ? null : iso(year, month, day),
    dayWord,
  };
}

/** The first full, valid date in the text, as ISO ("Hà Tĩnh, ngày 16 tháng 12 năm 2019" → "2019-12-16"). */
export function parseVietnameseDate(text: string): string | null {
  for (const d of findDates(text.normalize('NFC'))) if (d.iso !== null) return d.iso;
  return null;
}
