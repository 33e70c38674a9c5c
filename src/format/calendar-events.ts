import type { Plan, Task, Timeframe } from '../model/types.js';
import { readRecurrence, type Recurrence } from './calendar-recurrence.js';
import { DEFAULT_LANG, msg, t, type Lang, type MessageId, type Msg } from '../i18n/index.js';

/**
 * What `plan calendar` puts in the calendar: one all-day event per task with a dated timeframe
 * (a day, a deadline, a month, a quarter, a year, a range), per recurring task (with its RRULE)
 * and per reporting deadline. Timeframes that give no date ("Thường xuyên", unreadable text)
 * are listed as unplaced, never given an invented date.
 */

export interface CalendarEvent {
  readonly uid: string;
  readonly summary: string;
  readonly description: string;
  /** First day, YYYY-MM-DD. */
  readonly start: string;
  /** The day after the last day: DTEND of an all-day event is exclusive (RFC 5545 §3.6.1). */
  readonly end: string;
  /** RRULE value ("FREQ=YEARLY;UNTIL=20251231"), or null for a single event. */
  readonly rrule: string | null;
}

export interface Unplaced {
  readonly id: string;
  readonly document: string;
  readonly timeframe: string | null;
  /** Why it has no date, in the language the note is written in. */
  readonly reason: Msg;
}

export interface CalendarContent {
  readonly events: readonly CalendarEvent[];
  readonly unplaced: readonly Unplaced[];
}

/** A task to place, with the plan it comes from. */
export interface CalendarTask {
  readonly task: Task;
  readonly plan: Plan;
}

/**
 * Summaries are cut at this many characters (on a word boundary): a month view shows about a
 * line, and the whole description is in the event's description.
 */
export const SUMMARY_LENGTH = 80;

/** The events and the unplaced tasks; the tool's own words of the events (Chủ trì / Lead …) in `lang`. */
export function calendarContent(tasks: readonly CalendarTask[], plans: readonly Plan[], lang: Lang = DEFAULT_LANG): CalendarContent {
  const events: CalendarEvent[] = [];
  const unplaced: Unplaced[] = [];
  for (const { task, plan } of tasks) {
    const span = spanOf(task.timeframe, plan.document.date);
    if ('reason' in span) {
      unplaced.push({ id: task.id, document: label(plan), timeframe: task.timeframe?.text ?? null, reason: msg(span.reason) });
      continue;
    }
    events.push({
      uid: `${plan.source.sha256.slice(0, 12)}-${task.id}@kehoach`,
      summary: shorten(`${task.id} ${task.description}`),
      description: [
        t(lang, 'calendar.lead', { units: task.lead.map((u) => u.name).join('; ') || '-' }),
        t(lang, 'calendar.support', { units: task.support.map((u) => u.name).join('; ') || '-' }),
        t(lang, 'calendar.time', { text: task.timeframe?.text ?? '' }),
        `${task.id}. ${task.description}`,
        t(lang, 'calendar.document', { document: label(plan) }),
      ].join('\n'),
      ...span,
    });
  }
  for (const plan of plans) {
    const r = plan.reporting;
    if (r === null) continue;
    const span = r.recurring ? recurringSpan(r.text, plan.document.date) : r.deadline ? { start: r.deadline, end: addDays(r.deadline, 1), rrule: null } : { reason: 'calendar.reason.reportNoDate' as const };
    if ('reason' in span) {
      unplaced.push({ id: t(lang, 'calendar.reportId'), document: label(plan), timeframe: r.text, reason: msg(span.reason) });
      continue;
    }
    events.push({
      uid: `${plan.source.sha256.slice(0, 12)}-report@kehoach`,
      summary: shorten(t(lang, 'calendar.reportSummary', { document: label(plan) })),
      description: `${r.text}\n${t(lang, 'calendar.document', { document: label(plan) })}`,
      ...span,
    });
  }
  return { events, unplaced };
}

function label(plan: Plan): string {
  return plan.document.number ?? plan.source.path ?? '-';
}

/** A place in the calendar, or the catalog id of the reason there is none. */
type Span = { start: string; end: string; rrule: string | null } | { reason: MessageId };

function spanOf(tf: Timeframe | null, planDate: string | null): Span {
  if (tf === null) return { reason: 'calendar.reason.noTimeframe' };
  switch (tf.kind) {
    case 'continuous':
      return { reason: 'calendar.reason.continuous' };
    case 'recurring':
      return recurringSpan(tf.text, tf.start ?? planDate);
    case 'deadline':
      return tf.end ? { start: tf.end, end: addDays(tf.end, 1), rrule: null } : { reason: 'calendar.reason.deadlineNoDate' };
    case 'date':
    case 'range':
      if (tf.start && tf.end) return { start: tf.start, end: addDays(tf.end, 1), rrule: null };
      return { reason: tf.start ? 'calendar.reason.noEnd' : 'calendar.reason.noStart' };
    case 'unknown':
      return { reason: 'calendar.reason.unreadable' };
  }
}

/** A recurring deadline on its day, or one period (a year, a quarter …) repeated, from `from`. */
function recurringSpan(text: string, from: string | null): Span {
  const rec = readRecurrence(text);
  if (rec === null) return { reason: 'calendar.reason.noFrequency' };
  if (from === null) return { reason: 'calendar.reason.noYear' };
  const start = rec.day !== null ? firstOccurrence(rec, from) : periodStart(rec, from);
  const end = rec.day !== null ? addDays(start, 1) : rec.months > 0 ? addMonths(start, rec.months) : addDays(start, rec.days);
  const until = rec.untilYear !== null ? `;UNTIL=${rec.untilYear}1231` : '';
  const interval = rec.interval > 1 ? `;INTERVAL=${rec.interval}` : '';
  return { start, end, rrule: `FREQ=${rec.freq}${interval}${until}` };
}

/** The first day on the recurrence's day (30/11 each year, the 15th each month) on or after `from`. */
function firstOccurrence(rec: Recurrence, from: string): string {
  const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  const first = rec.month !== null ? iso(y, rec.month, rec.day ?? 1) : iso(y, m, rec.day ?? 1);
  if (first >= from) return first;
  return rec.month !== null ? iso(y + 1, rec.month, rec.day ?? 1) : addMonths(first, 1);
}

/** The start of the period (year, quarter, month) that contains `from`; a week or a day starts on it. */
function periodStart(rec: Recurrence, from: string): string {
  const [y, m] = [Number(from.slice(0, 4)), Number(from.slice(5, 7))];
  if (rec.months === 12) return iso(y, 1, 1);
  if (rec.months === 3) return iso(y, Math.floor((m - 1) / 3) * 3 + 1, 1);
  if (rec.months === 1) return iso(y, m, 1);
  return from;
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function addMonths(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + n);
  return d.toISOString().slice(0, 10);
}

/** Cut at SUMMARY_LENGTH characters, on a space when there is one, with an ellipsis. */
function shorten(text: string): string {
  const chars = Array.from(text);
  if (chars.length <= SUMMARY_LENGTH) return text;
  const cut = chars.slice(0, SUMMARY_LENGTH - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
