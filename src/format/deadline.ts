import { DEFAULT_LANG, formatDate, t, type Lang } from '../i18n/index.js';

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
 * recurrence without a day; "không ghi hạn" when the plan sets none (issue 20). The words in
 * English under --lang en ("every year, by 10/12").
 */
export function describeDeadline(r: DeadlineView, lang: Lang = DEFAULT_LANG): string {
  if (r.deadline !== null) return r.recurring ? t(lang, 'deadline.recurring', { date: formatDate(r.deadline, lang) }) : formatDate(r.deadline, lang);
  // Day and month as strings: as the plan writes them, never with a thousands separator.
  if (r.day !== undefined && r.month !== undefined) return t(lang, r.recurring ? 'deadline.yearly' : 'deadline.dayMonth', { day: String(r.day), month: String(r.month) });
  if (r.day !== undefined && r.recurring) return t(lang, 'deadline.monthly', { day: String(r.day) });
  return t(lang, r.recurring ? 'deadline.periodic' : 'deadline.none');
}
