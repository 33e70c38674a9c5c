import type { Timeframe } from '../model/types.js';
import { msg } from '../i18n/index.js';
import { UsageError } from '../model/errors.js';

/** An inclusive span of ISO dates; a null bound is open. */
export interface Period {
  readonly start: string | null;
  readonly end: string | null;
}

export interface PeriodFilter {
  /** A year: 2020 or "2020". */
  readonly in?: number | string;
  /** ISO date; "2020" and "2020-03" are read as the first day of that year or month. */
  readonly from?: string;
  /** ISO date; "2020" and "2020-03" are read as the last day of that year or month. */
  readonly to?: string;
}

/** The period the filters ask for, or null when they ask for none. Throws UsageError on a bad value. */
export function periodOf(filter: PeriodFilter): Period | null {
  if (filter.in !== undefined && (filter.from !== undefined || filter.to !== undefined)) {
    throw new UsageError(msg('usage.inWithFromTo'));
  }
  if (filter.in !== undefined) {
    const year = String(filter.in).trim();
    if (!/^\d{4}$/.test(year)) throw new UsageError(msg('usage.inYear', { value: filter.in }));
    return { start: `${year}-01-01`, end: `${year}-12-31` };
  }
  if (filter.from === undefined && filter.to === undefined) return null;
  const start = filter.from === undefined ? null : isoBound(filter.from, 'start', '--from');
  const end = filter.to === undefined ? null : isoBound(filter.to, 'end', '--to');
  if (start !== null && end !== null && start > end) throw new UsageError(msg('usage.fromAfterTo', { from: start, to: end }));
  return { start, end };
}

function isoBound(text: string, side: 'start' | 'end', option: string): string {
  const t = text.trim();
  let m = /^(\d{4})$/.exec(t);
  if (m) return side === 'start' ? `${m[1]}-01-01` : `${m[1]}-12-31`;
  m = /^(\d{4})-(\d{2})$/.exec(t);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) {
    if (side === 'start') return `${m[1]}-${m[2]}-01`;
    const last = new Date(Date.UTC(Number(m[1]), Number(m[2]), 0)).getUTCDate();
    return `${m[1]}-${m[2]}-${String(last).padStart(2, '0')}`;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (m) {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    if (d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3])) return t;
  }
  throw new UsageError(msg('usage.dateOption', { option, value: text }));
}

/**
 * Whether a task's timeframe meets the period:
 * - 'yes' / 'no' when its dates say so: a task matches when its span overlaps the period;
 * - a continuous ("Thường xuyên") or recurring ("Hằng năm") task with no dates of its own
 *   runs in every period: 'yes';
 * - a deadline ("trước ngày 15/12/2025") runs from the plan's date, when known, to the
 *   deadline;
 * - 'undated' when the time is missing or could not be read. The query keeps such tasks: a
 *   period filter never hides work it cannot date (the table shows the text as written).
 */
export function meetsPeriod(timeframe: Timeframe | null, period: Period, planDate: string | null): 'yes' | 'no' | 'undated' {
  if (timeframe === null) return 'undated';
  const { end } = timeframe;
  let { start } = timeframe;
  if (start === null && end === null) {
    return timeframe.kind === 'continuous' || timeframe.kind === 'recurring' ? 'yes' : 'undated';
  }
  if (timeframe.kind === 'deadline' && start === null && planDate !== null && (end === null || planDate <= end)) start = planDate;
  const startsAfter = period.end !== null && start !== null && start > period.end;
  const endsBefore = period.start !== null && end !== null && end < period.start;
  return startsAfter || endsBefore ? 'no' : 'yes';
}
