/**
 * A table that gives each unit its duties (holdout-e e12: "IV. TỔ CHỨC THỰC HIỆN", "Ủy ban nhân
 * dân tỉnh giao nhiệm vụ cụ thể cho các cơ quan, đơn vị như sau:", then "STT | Cơ quan, đơn vị |
 * Nhiệm vụ"). Its unit column comes before its duty column: a row says what its unit must do,
 * where a task table's row says what is to be done and then who leads it. Each row is a
 * responsibility cited as a reader cites it, "mục IV, số thứ tự 5": id "IV.5".
 */
import type { Responsibility } from '../model/types.js';
import type { OutlineNode } from '../outline/build.js';
import type { Cell, Row } from '../outline/parts.js';
import { columnRole } from '../outline/column-roles.js';
import { foldKey } from '../input/keys.js';
import { addressOf } from './unit-address.js';
import { placeAt, readUnitRefs } from './unit-refs.js';
import { HEADER_SEARCH } from './task-table.js';
import type { ExtractContext } from './context.js';
import { quote } from '../outline/quote.js';
import { msg } from '../i18n/index.js';
import columns from '../../data/columns.json' with { type: 'json' };

const UNIT_FIRST = columns.unitFirst;
const ROW_NUMBER = /^(\d{1,3})\.?$/u;

interface DutyColumns {
  readonly header: number;
  readonly number: number;
  readonly unit: number;
  readonly duty: number;
}

/** Whether a header cell names the bodies a row addresses ("Cơ quan, đơn vị", not "Đơn vị phối hợp"). */
function namesBodies(header: string): boolean {
  const f = foldKey(header).trim();
  return UNIT_FIRST.bodies.some((b) => f.startsWith(b)) && !UNIT_FIRST.unless.some((u) => f.includes(u));
}

/**
 * The columns of a table of duties per unit: a column naming bodies, a duty (task) column after
 * it, and no support column (a table with one is a task table, its units in roles).
 */
export function dutyColumns(rows: readonly Row[]): DutyColumns | null {
  for (let k = 0; k < Math.min(rows.length, HEADER_SEARCH); k++) {
    const cells = (rows[k] as Row).cells.map((c) => c.text);
    const roles = cells.map((c) => columnRole(c));
    if (roles.includes('support')) continue;
    const unit = cells.findIndex((c) => namesBodies(c));
    const duty = roles.findIndex((r, i) => r === 'task' && i > unit);
    if (unit >= 0 && duty > unit) return { header: k, number: roles.indexOf('number'), unit, duty };
  }
  return null;
}

/** The responsibilities of the duty tables of a node (not of its children). */
export function tableResponsibilities(n: OutlineNode, ctx: ExtractContext): Responsibility[] {
  const out: Responsibility[] = [];
  for (const table of n.tables) {
    const cols = dutyColumns(table.rows);
    if (!cols) continue;
    let k = 0;
    for (const row of table.rows.slice(cols.header + 1)) {
      k += 1;
      const r = rowResponsibility(n, row, cols, k, ctx);
      if (r) out.push(r);
    }
  }
  return out;
}

function rowResponsibility(n: OutlineNode, row: Row, cols: DutyColumns, k: number, ctx: ExtractContext): Responsibility | null {
  const cell = (i: number): Cell | undefined => (i >= 0 ? row.cells[i] : undefined);
  const unit = cell(cols.unit);
  const duty = cell(cols.duty);
  const units = unit?.text.trim() ? readUnitRefs(unit.text, placeAt(unit.offset), ctx) : [];
  if (!units.length || !duty?.text.trim()) {
    // Never lose a part in silence: a row with text that names no unit or gives no duty.
    if (row.cells.some((c) => c.text.trim())) ctx.report({ ruleId: 'parse-table-row', severity: 'warning', message: msg('parse.tableRowSkipped', { reason: msg('parse.reason.noUnitOrDuty'), text: quote(row.cells.map((c) => c.text).join(' | ')) }), offset: row.offset });
    return null;
  }
  // The id is the section's and the row's STT; a table without one numbers its rows in order.
  const number = ROW_NUMBER.exec(cell(cols.number)?.text.trim() ?? '')?.[1] ?? String(k);
  const mode = addressOf((unit as Cell).text, 'organization')?.mode ?? 'assigned';
  return {
    id: n.id ? `${n.id}.${number}` : number,
    heading: (unit as Cell).text.trim(),
    units,
    mode,
    duties: [duty.text.trim()],
    dutySources: [ctx.locate(duty.offset)],
    source: ctx.locate(row.offset),
  };
}
