import type { Timeframe } from '../model/types.js';

/** Parses a timeframe cell or phrase (spec: Timeframe). STUB: replaced by the timeframe module. */
export function parseTimeframe(text: string): Timeframe | null {
  const t = text.trim();
  if (!t) return null;
  let m = /^(\d{4})$/.exec(t);
  if (m) return { text: t, kind: 'date', start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  m = /^(\d{4})\s*[-–]\s*(\d{4})$/.exec(t);
  if (m) return { text: t, kind: 'range', start: `${m[1]}-01-01`, end: `${m[2]}-12-31` };
  return { text: t, kind: 'unknown', start: null, end: null };
}
