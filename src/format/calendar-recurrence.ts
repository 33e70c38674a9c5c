import { LETTER, NUMBER } from '../model/letters.js';
/**
 * Reads the repetition of a recurring timeframe ("Hằng năm", "hằng quý", "định kỳ trước ngày
 * 30/11 hằng năm") as an RFC 5545 recurrence: a frequency, the day it falls on when the text
 * names one, and the last year when the text bounds it ("giai đoạn 2021 - 2025"). The words are
 * those of domain.md §1.10 ("hằng" and "hàng" both occur in official texts).
 */

export interface Recurrence {
  /** RRULE FREQ and INTERVAL: a quarter is three months. */
  readonly freq: 'YEARLY' | 'MONTHLY' | 'WEEKLY' | 'DAILY';
  readonly interval: number;
  /** The period one occurrence spans when the text names no day: a year, a quarter, a month … */
  readonly months: number;
  readonly days: number;
  /** "trước ngày 30/11 hằng năm": the day and month of a yearly deadline; "ngày 15 hằng tháng": the day of a monthly one. */
  readonly day: number | null;
  readonly month: number | null;
  /** The last year the repetition runs, when the text says ("2021 - 2025", "đến năm 2030"). */
  readonly untilYear: number | null;
}

const EVERY = new RegExp(String.raw`(?<![${LETTER}])(?:h[ằà]ng|mỗi)\s*(năm|quý|quí|tháng|tuần|ngày)(?![${LETTER}])`, 'iu');
const SHAPES: Readonly<Record<string, Omit<Recurrence, 'day' | 'month' | 'untilYear'>>> = {
  năm: { freq: 'YEARLY', interval: 1, months: 12, days: 0 },
  quý: { freq: 'MONTHLY', interval: 3, months: 3, days: 0 },
  quí: { freq: 'MONTHLY', interval: 3, months: 3, days: 0 },
  tháng: { freq: 'MONTHLY', interval: 1, months: 1, days: 0 },
  tuần: { freq: 'WEEKLY', interval: 1, months: 0, days: 7 },
  ngày: { freq: 'DAILY', interval: 1, months: 0, days: 1 },
};
// "ngày 30/11", "30/11" (a day and month without a year); "ngày 15" for a monthly day.
const DAY_MONTH = new RegExp(String.raw`(?<![${NUMBER}/])(\d{1,2})\s*[/.-]\s*(\d{1,2})(?![${NUMBER}]|\s*[/.-]\s*\d)`, 'u');
const DAY_ONLY = new RegExp(String.raw`(?<![${LETTER}])ngày\s*(\d{1,2})(?![${NUMBER}/.])`, 'iu');
const UNTIL_RANGE = new RegExp(String.raw`(?<![${NUMBER}])(?:19|20)\d{2}\s*(?:-|–|—|đến)\s*((?:19|20)\d{2})(?![${NUMBER}])`, 'u');
const UNTIL_WORDS = new RegExp(String.raw`(?<![${LETTER}])(?:đến|tới)\s*(?:hết\s*)?năm\s*((?:19|20)\d{2})(?![${NUMBER}])`, 'iu');

/** The recurrence a text names, or null ("định kỳ" alone says that work repeats, not how often). */
export function readRecurrence(text: string): Recurrence | null {
  const t = text.normalize('NFC');
  const every = EVERY.exec(t);
  const shape = every ? SHAPES[(every[1] ?? '').toLowerCase()] : undefined;
  if (!shape) return null;
  const until = UNTIL_RANGE.exec(t) ?? UNTIL_WORDS.exec(t);
  let day: number | null = null;
  let month: number | null = null;
  const dm = DAY_MONTH.exec(t);
  if (shape.freq === 'YEARLY' && dm && validDay(Number(dm[1]), Number(dm[2]))) {
    day = Number(dm[1]);
    month = Number(dm[2]);
  } else if (shape.freq === 'MONTHLY' && shape.interval === 1) {
    // Days 29–31 are missing from some months (an RRULE would skip those months): not read.
    const d = DAY_ONLY.exec(t);
    if (d && Number(d[1]) >= 1 && Number(d[1]) <= 28) day = Number(d[1]);
  }
  return { ...shape, day, month, untilYear: until ? Number(until[1]) : null };
}

function validDay(day: number, month: number): boolean {
  // 29/02 is left out: it does not recur every year.
  const days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return month >= 1 && month <= 12 && day >= 1 && day <= (days[month - 1] ?? 0);
}
