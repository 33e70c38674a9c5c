import type { Timeframe } from '../model/types.js';
import { daysInMonth, findDates, iso } from './dates.js';
import { LETTER, NUMBER } from '../model/letters.js';

/**
 * Timeframe cells and phrases (spec: Timeframe; domain.md §1.10 lists the shapes seen):
 * years, periods "2026 - 2030", quarters "Quý I/2020", months "tháng 6/2025", parts of a year
 * "6 tháng đầu năm 2026", deadlines "trước ngày 15/12/2025", and the words for ongoing or
 * repeated work ("Thường xuyên", "Hằng năm", "định kỳ").
 */

/** A stretch of time named in a text, with its offsets in the (normalised) text. */
export interface Period {
  readonly index: number;
  readonly end: number;
  readonly start: string;
  /** Last day of the period. */
  readonly last: string;
  /** True for a single day ("15/12/2025"), false for a month, quarter, year … */
  readonly day: boolean;
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

// "Quý" is also written "Quí" (09-dongthap) and, in the old tone placement, "Qúy".
const QUARTER = String.raw`q(?:uý|uí|úy|úi)\s*(iv|iii|ii|i|[1-4])(?![${LETTER}${NUMBER}])`;
const QUARTER_RE = new RegExp(
  String.raw`${QUARTER}(?:\s*(?:,|và|-|–|đến)\s*(?:q(?:uý|uí|úy|úi)\s*)?(iv|iii|ii|i|[1-4])(?![${LETTER}${NUMBER}]))?\s*(?:[/.\-–,]\s*)?(?:năm\s*)?(\d{4})(?!\d)`,
  'giu',
);
// "tháng 6/2025", "tháng 6 năm 2025", and a list sharing the year: "Tháng 11, 12/2013".
const MONTH_RE =
  new RegExp(String.raw`(?<![${LETTER}${NUMBER}])tháng\s*(\d{1,2})(?:\s*(?:,|và|-|–|đến)\s*(?:tháng\s*)?(\d{1,2}))?\s*(?:[/.\-]\s*|(?:,\s*)?năm\s*)(\d{4})(?!\d)`, 'giu');
// "6 tháng đầu năm 2026", "6 tháng cuối năm 2019", "6 tháng đầu năm năm 2016" (as written).
const PART_RE = new RegExp(String.raw`(?<![${NUMBER}])(\d{1,2})\s*tháng\s*(đầu|cuối)\s*năm\s*(?:năm\s*)?(\d{4})(?!\d)`, 'giu');
const YEAR_RE = new RegExp(String.raw`(?<![${LETTER}${NUMBER}/.])(?:năm\s*)?((?:19|20)\d{2})(?![${NUMBER}/])`, 'giu');

/** Every period named in the text, in order and without overlaps. */
export function scanPeriods(text: string): Period[] {
  const found: Period[] = [];
  for (const d of findDates(text)) {
    if (d.iso !== null) found.push({ index: d.index, end: d.end, start: d.iso, last: d.iso, day: true });
  }
  for (const m of text.matchAll(QUARTER_RE)) {
    const q1 = ROMAN[(m[1] ?? '').toLowerCase()];
    const q2 = m[2] === undefined ? q1 : ROMAN[m[2].toLowerCase()];
    const y = Number(m[3]);
    if (q1 === undefined || q2 === undefined || q2 < q1) continue;
    push(found, m, span(y, q1 * 3 - 2, y, q2 * 3));
  }
  for (const m of text.matchAll(MONTH_RE)) {
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b > 12 || b < a) continue;
    push(found, m, span(Number(m[3]), a, Number(m[3]), b));
  }
  for (const m of text.matchAll(PART_RE)) {
    const n = Number(m[1]);
    const y = Number(m[3]);
    if (n < 1 || n > 12) continue;
    const first = (m[2] ?? '').toLowerCase() === 'đầu';
    push(found, m, first ? span(y, 1, y, n) : span(y, 13 - n, y, 12));
  }
  for (const m of text.matchAll(YEAR_RE)) push(found, m, span(Number(m[1]), 1, Number(m[1]), 12));
  // Earlier start first; at the same start the longer reading wins ("6 tháng đầu năm 2026"
  // over "năm 2026"), then anything overlapping a kept period is dropped.
  found.sort((a, b) => a.index - b.index || b.end - a.end);
  const out: Period[] = [];
  for (const p of found) {
    const prev = out[out.length - 1];
    if (prev && p.index < prev.end) continue;
    out.push(p);
  }
  return out;
}

function span(y1: number, m1: number, y2: number, m2: number): { start: string; last: string } | null {
  const start = iso(y1, m1, 1);
  const last = iso(y2, m2, daysInMonth(y2, m2));
  return start && last ? { start, last } : null;
}

function push(out: Period[], m: RegExpMatchArray, s: { start: string; last: string } | null): void {
  if (!s) return;
  const index = m.index ?? 0;
  out.push({ index, end: index + m[0].length, start: s.start, last: s.last, day: false });
}

// Repeated work: "hằng năm" and "hàng năm" both occur in official texts (domain.md §1.10).
const RECURRING_RE = new RegExp(String.raw`(?<![${LETTER}])(?:định\s*kỳ|h[ằà]ng\s*(?:năm|quý|quí|tháng|tuần|ngày)|mỗi\s*(?:năm|quý|quí|tháng|tuần))(?![${LETTER}])`, 'iu');
const CONTINUOUS_RE = new RegExp(String.raw`(?<![${LETTER}])(?:thường\s*xuyên|liên\s*tục)(?![${LETTER}])`, 'iu');
// "Năm 2026 và các năm tiếp theo", "Từ tháng 11/2013 trở đi": a start with no end.
const OPEN_END_RE = new RegExp(String.raw`(?<![${LETTER}])(?:tiếp\s*theo|trở\s*đi|trở\s*về\s*sau|về\s*sau)(?![${LETTER}])`, 'iu');
const FROM_RE = new RegExp(String.raw`(?<![${LETTER}])(?:kể\s*)?từ(?![${LETTER}])`, 'iu');
// Words that make the next date a limit. "trước" is inclusive for a day, as plans use it
// ("trước ngày 15/12/2025" = by 15/12/2025), but a month, quarter or year it precedes is excluded.
const BEFORE_RE = new RegExp(String.raw`(?<![${LETTER}])trước(?![${LETTER}])`, 'iu');
const BY_RE = new RegExp(String.raw`(?<![${LETTER}])(?:chậm\s*nhất|không\s*quá|không\s*muộn\s*hơn|hạn\s*chót|đến\s*hết|hoàn\s*thành\s*trước)(?![${LETTER}])|^\s*(?:đến|tới)(?![${LETTER}])`, 'iu');
// Between two periods, these join them into one range: "2019-2020", "Quý IV/2025- Quý II/2026",
// "từ năm 2013 đến năm 2020".
const RANGE_JOIN_RE = /^\s*(?:-|–|—|~|đến(?:\s*hết)?|tới)\s*$/iu;
// One period that names its own end ("tháng 4 đến tháng 9/2026", read as one span): after "Từ"
// it is that span, not a start with no end.
const RANGE_INSIDE_RE = /-|–|—|đến|tới/iu;

/**
 * Parses a timeframe cell or phrase; null for empty text, kind 'unknown' when unreadable.
 * `year` is the plan's own year: a day written without one ("Từ 20 giờ 15 phút - 20 giờ 45
 * phút ngày 23 tháng 1", a schedule inside a plan for 2026) is a day of that year.
 */
export function parseTimeframe(text: string, year: number | null = null): Timeframe | null {
  const key = year === null ? text : `${year}\u0000${text}`;
  const known = TIMEFRAMES.get(key);
  if (known !== undefined) return known;
  let parsed = parseUncached(text);
  if (parsed?.kind === 'unknown' && year !== null) parsed = dayOfYear(parsed.text, year) ?? parsed;
  if (TIMEFRAMES.size >= TIMEFRAME_CACHE_SIZE) TIMEFRAMES.clear();
  TIMEFRAMES.set(key, parsed);
  return parsed;
}

// "ngày 23 tháng 1", "ngày 23/1" with no year after it; a time of day before ("20 giờ 15 phút")
// only says when in the day.
const DAY_MONTH_RE = new RegExp(String.raw`(?<![${LETTER}${NUMBER}])ngày\s*(\d{1,2})\s*(?:tháng\s*|\/\s*)(\d{1,2})(?!\s*(?:[/.-]|năm)\s*\d)(?![${NUMBER}])`, 'iu');

/** A single day named by day and month, in the plan's year. */
function dayOfYear(text: string, year: number): Timeframe | null {
  const m = DAY_MONTH_RE.exec(text);
  const day = m ? iso(year, Number(m[2]), Number(m[1])) : null;
  return day ? { text, kind: 'date', start: day, end: day } : null;
}

// A table repeats its timeframes row after row ("2020", "Thường xuyên"); the parse of a cell
// text is kept (bounded). Timeframes are read-only, so the objects are shared.
const TIMEFRAME_CACHE_SIZE = 4096;
const TIMEFRAMES = new Map<string, Timeframe | null>();

function parseUncached(text: string): Timeframe | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!t) return null;
  const periods = scanPeriods(t);
  const first = periods[0];
  const opensAt = first?.start ?? null;
  if (RECURRING_RE.test(t)) return { text: t, kind: 'recurring', start: opensAt, end: null };
  if (CONTINUOUS_RE.test(t)) return { text: t, kind: 'continuous', start: opensAt, end: null };

  const before = BEFORE_RE.exec(t);
  const by = BY_RE.exec(t);
  const limit = [before, by].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  if (limit && (!first || limit.index < first.index) && !FROM_RE.test(t.slice(0, first?.index ?? t.length))) {
    if (!first) return { text: t, kind: 'deadline', start: null, end: null };
    const exclusive = limit === before && !first.day;
    return { text: t, kind: 'deadline', start: null, end: exclusive ? dayBefore(first.start) : lastOfChain(t, periods) };
  }
  if (!first) return { text: t, kind: 'unknown', start: null, end: null };

  const chainEnd = lastOfChain(t, periods);
  const chained = joined(t, periods[0], periods[1]) || RANGE_INSIDE_RE.test(t.slice(first.index, first.end));
  if (OPEN_END_RE.test(t) || (!chained && FROM_RE.test(t.slice(0, first.index)))) {
    return { text: t, kind: 'range', start: first.start, end: null };
  }
  if (periods.length === 1) return { text: t, kind: 'date', start: first.start, end: first.last };
  // Periods listed without a range word ("Quý I/2026 và Quý III/2026"): the span that covers them.
  const start = periods.map((p) => p.start).reduce((a, b) => (a < b ? a : b));
  const end = chained ? chainEnd : periods.map((p) => p.last).reduce((a, b) => (a > b ? a : b));
  return { text: t, kind: 'range', start, end };
}

function joined(t: string, a: Period | undefined, b: Period | undefined): boolean {
  return a !== undefined && b !== undefined && RANGE_JOIN_RE.test(t.slice(a.end, b.index));
}

/** The last day of the run of periods joined by range words that starts with the first one. */
function lastOfChain(t: string, periods: readonly Period[]): string {
  let i = 0;
  while (i + 1 < periods.length && joined(t, periods[i], periods[i + 1])) i++;
  return (periods[i] ?? periods[0])?.last ?? '';
}

function dayBefore(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
