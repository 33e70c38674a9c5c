import { dateAt, daysInMonth } from './dates.js';
import { LETTER } from '../model/letters.js';

/**
 * The deadline a sentence sets ("báo cáo … trước ngày 10/12/2020 (qua Sở …)"), and whether the
 * work repeats ("trước ngày 30 tháng 11 hằng năm", "định kỳ 6 tháng, hằng năm"). Shapes from
 * domain.md §1.10: "trước ngày 15/7", "trước 31/8/2025", "chậm nhất ngày …".
 */
export interface Deadline {
  /** ISO date; null when the sentence gives no year ("hằng năm") or leaves the date blank. */
  readonly date: string | null;
  readonly recurring: boolean;
  /**
   * The day and month of a deadline written without a year, which is how a deadline that
   * recurs is written ("trước ngày 10/12 hằng năm": day 10, month 12); the day alone for a day
   * of every month ("trước ngày 18 hằng tháng": day 18, month null). Null when a year is
   * written or no day is.
   */
  readonly day: number | null;
  readonly month: number | null;
  /** The deadline phrase as written ("trước ngày 10/12/2020"), or the recurrence phrase. */
  readonly text: string;
  /** Offset of the phrase in the text (NFC). */
  readonly index: number;
}

// The words that make the next date a limit; "ngày" may follow, after "vào" or "là".
const LIMIT_RE =
  new RegExp(String.raw`(?<![${LETTER}])(?:trước|chậm\s+nhất(?:\s+là)?(?:\s+(?:vào|trước))?|không\s+quá|không\s+muộn\s+hơn|hạn\s+chót(?:\s+là)?)(?![${LETTER}])`, 'giu');
const DAY_WORD_RE = new RegExp(String.raw`\s*(?:vào\s+)?ngày(?![${LETTER}])`, 'iuy');
// "trước ngày 18 hằng tháng": a day of every month, no month written.
const MONTHLY_DAY_RE = new RegExp(String.raw`\s*(?:vào\s+)?ngày\s*(\d{1,2})\s+(?:h[ằà]ng|mỗi)\s+tháng(?![${LETTER}])`, 'iuy');
// A blank left for the date in a draft: "ngày …", "ngày ../../2025".
const BLANK_RE = /[\s.…/_]*(?:\d{4})?/uy;
// More days sharing the recurrence, then the recurrence: "… 01/6 và 15/11 hằng năm".
const TAIL_RE =
  new RegExp(String.raw`(?:\s*(?:,|và)\s*(?:ngày\s*)?\d{1,2}[/.-]\d{1,2})*\s*(?:,\s*)?(?:h[ằà]ng|mỗi)\s+(?:năm|quý|quí|tháng|tuần)(?![${LETTER}])`, 'iuy');
const RECURRING_ATOM = String.raw`(?:định\s+kỳ(?:\s+(?:\d+\s+tháng|h[ằà]ng\s+(?:năm|quý|quí|tháng|tuần)|mỗi\s+(?:năm|quý|quí|tháng)))?|h[ằà]ng\s+(?:năm|quý|quí|tháng|tuần)|mỗi\s+(?:năm|quý|quí|tháng|tuần))(?![${LETTER}])`;
const RECURRING_RE = new RegExp(
  String.raw`(?<![${LETTER}])${RECURRING_ATOM}(?:\s*(?:,|và)\s*(?:${RECURRING_ATOM}|\d+\s+tháng(?![${LETTER}])))*`,
  'iu',
);

/** The first deadline or recurrence a sentence states, or null. */
export function findDeadline(input: string): Deadline | null {
  const text = input.normalize('NFC');
  const recurrence = RECURRING_RE.exec(text);
  for (const m of text.matchAll(LIMIT_RE)) {
    const after = m.index + m[0].length;
    const date = dateAt(text, after);
    let end: number;
    let value: string | null = null;
    let monthly = false;
    let day: number | null = null;
    let month: number | null = null;
    if (date && (date.year !== null || date.dayWord)) {
      end = date.end;
      value = date.iso;
      if (date.year === null && validDayOfYear(date.day, date.month)) {
        day = date.day;
        month = date.month;
      }
    } else {
      MONTHLY_DAY_RE.lastIndex = after;
      const monthlyDay = MONTHLY_DAY_RE.exec(text);
      DAY_WORD_RE.lastIndex = after;
      if (monthlyDay) {
        end = after + monthlyDay[0].length;
        monthly = true;
        const d = Number(monthlyDay[1]);
        if (d >= 1 && d <= 31) day = d;
      } else if (DAY_WORD_RE.exec(text)) {
        BLANK_RE.lastIndex = DAY_WORD_RE.lastIndex;
        BLANK_RE.exec(text);
        end = BLANK_RE.lastIndex;
        while (end > after && /\s/u.test(text.charAt(end - 1))) end--;
      } else {
        continue; // "trước khi …", "trước mắt": not a deadline
      }
    }
    TAIL_RE.lastIndex = end;
    const tail = TAIL_RE.exec(text);
    if (tail) end += tail[0].length;
    return {
      date: value,
      recurring: monthly || tail !== null || recurrence !== null,
      day,
      month,
      text: text.slice(m.index, end),
      index: m.index,
    };
  }
  if (recurrence) return { date: null, recurring: true, day: null, month: null, text: recurrence[0], index: recurrence.index };
  return null;
}

/** A day that exists in that month in some year (29/2 does, 31/4 does not). */
function validDayOfYear(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}
