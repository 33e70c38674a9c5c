import { DEFAULT_LANG, formatDate, type Lang } from '../i18n/index.js';

/** What `show` and `units --unit` print for a plan's reporting deadline. */
export interface DeadlineView {
  readonly deadline: string | null;
  readonly recurring: boolean;
  readonly month?: number;
  readonly day?: number;
}

/**
 * "10/12/2020" ("2020-12-10" in English); "hằng năm, trước 10/12" for a day of every year, written as the plans write it
 * (day/month); "hằng tháng, trước ngày 18" for a day of every month; "định kỳ" for a
 * recurrence without a day; "không ghi hạn" when the plan sets none (issue 20).
 */
export function describeDeadline(r: DeadlineView, lang: Lang = DEFAULT_LANG): string {
  if (r.deadline !== null) return `${formatDate(r.deadline, lang)}${r.recurring ? ' (định kỳ)' : ''}`;
  if (r.day !== undefined && r.month !== undefined) return `${r.recurring ? 'hằng năm, ' : ''}trước ${r.day}/${r.month}`;
  if (r.day !== undefined && r.recurring) return `hằng tháng, trước ngày ${r.day}`;
  return r.recurring ? 'định kỳ' : 'không ghi hạn';
}
