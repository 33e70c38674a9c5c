import type { UnitRef } from '../model/types.js';
import type { Cell } from '../outline/parts.js';
import { fieldsOf } from '../outline/labels.js';
import type { ExtractContext } from './context.js';
import { readUnitRefs, type Place } from './unit-refs.js';

/**
 * A unit cell that labels its units (domain.md §1.8: "Some tables put 'Chủ trì: …\nPhối hợp:
 * …' inside a single cell"): one "Cơ quan thực hiện" column whose cell holds "Chủ trì: X" and
 * "Phối hợp: Y, Z", as two paragraphs, two lines or one line. Null when the cell opens with no
 * lead or support label: its text is a plain list of units.
 */
export function labelledUnits(cell: Cell, ctx: ExtractContext): { lead: UnitRef[]; support: UnitRef[] } | null {
  const lines = cell.lines && cell.lines.length > 1 ? cell.lines : [cell.text];
  const text = lines.join('\n');
  const fields = fieldsOf(text).filter((f) => f.kind === 'lead' || f.kind === 'support');
  if (!fields.length) return null;
  const out = { lead: [] as UnitRef[], support: [] as UnitRef[] };
  for (const f of fields) {
    const place: Place = (i) => placeInLines(cell, lines, f.at + i);
    for (const u of readUnitRefs(f.value, place, ctx)) out[f.kind === 'lead' ? 'lead' : 'support'].push(u);
  }
  return out;
}

/** The offset in the file of an index into the cell's lines joined by "\n", where the reader knows each line's start. */
function placeInLines(cell: Cell, lines: readonly string[], index: number): number {
  let from = 0;
  for (let k = 0; k < lines.length; k += 1) {
    const length = (lines[k] ?? '').length;
    if (index <= from + length) return (cell.lineOffsets?.[k] ?? cell.offset) + (cell.lineOffsets ? index - from : 0);
    from += length + 1;
  }
  return cell.offset;
}
