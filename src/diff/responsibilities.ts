import type { Responsibility } from '../model/types.js';
import { diffTextList, pairWorded, substantiveList, worded, type Worded } from './lists.js';
import { changedText, partRef, substantiveText } from './refs.js';
import type { ResponsibilityChange } from './types.js';
import { unitsChange, unitsKey } from './units.js';

/**
 * Sections of TỔ CHỨC THỰC HIỆN pair by the units they name (the same units, whatever their
 * number), then by what they ask (their duties' words: a section given to another unit with
 * the same duties is the same section, its unit changed).
 */
const prepare = (r: Responsibility): Worded<Responsibility> => worded(r, r.id, unitsKey(r.units), r.duties.join(' '));

export function diffResponsibilities(olds: readonly Responsibility[], news: readonly Responsibility[]): ResponsibilityChange[] {
  const out: ResponsibilityChange[] = [];
  for (const { old, new: nu } of pairWorded(olds.map(prepare), news.map(prepare))) {
    const o = old?.part ?? null;
    const n = nu?.part ?? null;
    const base = {
      part: 'responsibility' as const,
      old: o && partRef(o.id, o.source, o.heading),
      new: n && partRef(n.id, n.source, n.heading),
    };
    if (o === null || n === null) {
      out.push({ ...base, kind: o === null ? 'added' : 'removed', substantive: true, moved: false, units: null, mode: null, heading: null, duties: null });
      continue;
    }
    const moved = o.id !== n.id;
    const units = unitsChange(o.units, n.units);
    const mode = o.mode === n.mode ? null : { old: o.mode, new: n.mode };
    // A new unit rewrites the heading; the heading is its own change only when the units stay.
    const heading = units === null ? changedText(o.heading, n.heading) : null;
    const duties = diffTextList(o.duties, n.duties);
    if (!moved && units === null && mode === null && heading === null && duties === null) continue;
    const substantive = moved || units !== null || mode !== null || substantiveText(heading) || substantiveList(duties);
    out.push({ ...base, kind: 'changed', substantive, moved, units, mode, heading, duties });
  }
  return out;
}
