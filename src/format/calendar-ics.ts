import ical from 'ical-generator';
import type { CalendarEvent } from './calendar-events.js';
import { safeText } from './safe-text.js';

/**
 * The events as an RFC 5545 calendar (ical-generator: folding, escaping, VALUE=DATE for
 * all-day events). Deterministic: DTSTAMP is `stamp` (the plans' date), not the clock, and
 * the UIDs come from the plan's hash and the task's id.
 */
export function toIcs(events: readonly CalendarEvent[], options: { readonly name: string; readonly stamp: string }): string {
  const cal = ical({ name: safeText(options.name), prodId: { company: 'kehoach', product: 'plan calendar', language: 'VI' } });
  const stamp = new Date(`${options.stamp}T00:00:00Z`);
  for (const e of events) {
    cal.createEvent({
      id: e.uid,
      allDay: true,
      // No calendar time zone: ical-generator writes a Date's UTC day, so midnight UTC is the day meant.
      start: new Date(`${e.start}T00:00:00Z`),
      end: new Date(`${e.end}T00:00:00Z`),
      stamp,
      summary: safeText(e.summary),
      description: safeText(e.description, { newlines: true }),
      ...(e.rrule !== null ? { repeating: e.rrule } : {}),
    });
  }
  // RFC 5545 §3.1: every content line ends with CRLF, the last one too (ical-generator leaves it off).
  const ics = cal.toString();
  return ics.endsWith('\r\n') ? ics : `${ics}\r\n`;
}
