import type { UnitRef } from '../model/types.js';

/** A unit named in a cell or heading, with where it starts inside the text it came from. */
export interface UnitSpan extends UnitRef {
  /** 0-based index of the unit's first character in the text given to splitUnits. */
  readonly start: number;
}

/**
 * Splits a lead/support cell or a responsibility heading into the units it names
 * (spec: "Splitting a unit cell"). STUB: replaced by the units module.
 */
export function splitUnits(text: string): UnitSpan[] {
  const out: UnitSpan[] = [];
  let pos = 0;
  for (const part of text.split(/;/)) {
    const t = part.trim();
    if (t) out.push({ text: t, name: t, collective: /^các\b/i.test(t), start: text.indexOf(t, pos) });
    pos += part.length + 1;
  }
  return out;
}
