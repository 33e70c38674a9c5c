import type { Appendix, Task, UnitRef, Source } from '../model/types.js';
import { quote } from '../outline/quote.js';
import { toRoman } from '../model/numbering.js';
import type { Part, Para, TablePart } from '../outline/paras.js';
import type { Cell, Row } from '../outline/parts.js';
import { foldKey, toneKey } from '../input/keys.js';
import { parseTimeframe } from './timeframe.js';
import { parseVietnameseDate } from './dates.js';
import { opensWithUnit } from './unit-address.js';
import { placeAt, readUnitRefs } from './unit-refs.js';
import { labelledUnits } from './labelled-cell.js';
import { readTaskTable, noRows, countRows, addRows, type RowCounts, type TableReading } from './task-table.js';
import type { ExtractContext } from './context.js';
import { idAllocator } from '../model/unique-id.js';
import { LETTER, LOWER, NUMBER, UPPER, lettersOf } from '../model/letters.js';
import { msg } from '../i18n/index.js';
import ditto from '../../data/ditto.json' with { type: 'json' };

// A skipped row is quoted with its cells joined by " | ": longer than a sentence's quote (60),
// so that the row's number and the start of its task both show, still on one terminal line.
const ROW_QUOTE = 80;

const NOT_LOWER = new RegExp(String.raw`[^${LOWER}]`, 'gu');


/** The appendices and the tasks of their task tables. */
export function extractAppendices(zones: readonly (readonly Part[])[], ctx: ExtractContext): { appendices: Appendix[]; tasks: Task[]; rows: RowCounts } {
  const appendices: Appendix[] = [];
  const tasks: Task[] = [];
  const rows = noRows();
  const several = zones.length > 1;
  zones.forEach((zone, i) => {
    const { appendix, tasks: found, rows: counted } = readAppendix(zone, several ? `PL-${toRoman(i + 1)}` : 'PL', several, ctx);
    addRows(rows, counted);
    appendices.push(appendix);
    // One by one: a table of 150,000 rows would overflow the stack as spread arguments.
    for (const t of found) tasks.push(t);
  });
  return { appendices, tasks, rows };
}

function readAppendix(zone: readonly Part[], fallbackId: string, several: boolean, ctx: ExtractContext): { appendix: Appendix; tasks: Task[]; rows: RowCounts } {
  const paras = zone.filter((p): p is Para => p.kind === 'para');
  const tables = zone.filter((p): p is TablePart => p.kind === 'table');
  const head = paras[0];
  const firstLine = head?.lines[0]?.text.trim() ?? '';
  const label = /^ph[uụ]\s*l[uụ]c\s*(?:số\s*)?([IVXL]+|\d+)?\b/iu.exec(firstLine);
  const id = several && label?.[1] ? `PL-${/^\d+$/.test(label[1]) ? toRoman(Number(label[1])) : label[1]}` : fallbackId;
  const titleParts: string[] = [];
  const afterLabel = label ? firstLine.slice(label[0].length).replace(/^[\s.:–-]+/, '') : firstLine;
  if (afterLabel) titleParts.push(afterLabel);
  if (head) for (const l of head.lines.slice(1)) titleParts.push(l.text.trim());
  let reference: Appendix['reference'] = null;
  for (const p of zone.slice(1)) {
    if (p.kind === 'table') break;
    if (isReference(p.text)) reference ??= referenceOf(p, ctx);
    else if (!reference && isTitleCase(p.text)) titleParts.push(p.text);
  }
  const title = titleParts.join(' ').replace(/\s+/g, ' ').trim();
  const source = ctx.locate(head?.offset ?? tables[0]?.offset ?? 0);
  const table = tables[0];
  if (!table) {
    return { appendix: { id, kind: 'text', title, reference, columns: [], groups: [], rows: null, source }, tasks: [], rows: noRows() };
  }
  const rows = tables.flatMap((t) => t.rows);
  const reading = readTaskTable(rows);
  const columns = reading.columns.map((c) => ({ header: c.header, role: c.role }));
  const asTable = (): { appendix: Appendix; tasks: Task[]; rows: RowCounts } => ({
    appendix: { id, kind: 'table', title, reference, columns, groups: [], rows: rows.map((r) => r.cells.map((c) => c.text)), source },
    tasks: [],
    rows: noRows(),
  });
  if (!reading.isTasks) return asTable();
  const { groups, tasks } = tasksOfTable(reading, { prefix: several ? `${id}/` : '', appendix: id, origin: 'appendix' }, ctx);
  // A report form with task-like headers and blank rows is a table to fill in, not a task list.
  if (!tasks.length) return asTable();
  return { appendix: { id, kind: 'tasks', title, reference, columns, groups, rows: null, source }, tasks, rows: countRows(reading) };
}

/** Where the tasks of a table go: their id prefix, appendix and origin. */
export interface TableTarget {
  readonly prefix: string;
  readonly appendix: string | null;
  readonly origin: Task['origin'];
}

/**
 * The groups and tasks of a task table's entries: ids from the table's own numbering ("II.3",
 * "A.I.2", a sub-row "VII.2-1" under task "VII.2"), every skipped row reported where it is.
 */
export function tasksOfTable(reading: TableReading, target: TableTarget, ctx: ExtractContext): { groups: Appendix['groups'][number][]; tasks: Task[] } {
  const groups: { id: string; title: string }[] = [];
  const tasks: Task[] = [];
  const unique = idAllocator();
  const uniqueGroup = idAllocator();
  let letter: { id: string; title: string } | null = null;
  let group: { id: string; title: string } | null = null;
  let sub: { id: string; title: string } | null = null;
  let subNumber = '';
  let parent: Task | null = null;
  let subRows = 0;
  if (reading.oneExecutor) ctx.report({ ruleId: 'one-executor-column', message: msg('parse.oneExecutorColumn', { header: quote(reading.oneExecutor.header) }), offset: reading.oneExecutor.offset });
  for (const e of reading.entries) {
    if (e.kind === 'skipped') {
      ctx.report({ ruleId: 'parse-table-row', severity: e.severity, message: msg('parse.tableRowSkipped', { reason: e.reason, text: quote(e.row.cells.map((c) => c.text).join(' | '), ROW_QUOTE) }), offset: e.row.offset });
      continue;
    }
    if (e.kind === 'group') {
      if (e.level === 'letter') {
        letter = { id: uniqueGroup(e.numeral), title: e.title };
        group = null;
        groups.push(letter);
      } else if (e.level === 'roman') {
        group = { id: uniqueGroup(letter ? `${letter.id}.${e.numeral}` : e.numeral), title: e.title };
        groups.push(group);
      } else {
        const owner = group ?? letter;
        sub = { id: uniqueGroup(`${owner ? `${owner.id}.` : ''}${e.numeral}`), title: e.title };
        subNumber = e.numeral;
        groups.push(sub);
        continue;
      }
      sub = null;
      continue;
    }
    for (const message of e.repaired) ctx.report({ ruleId: 'repair-merged-cell', message, offset: e.row.offset });
    if (e.sub && parent) {
      const id = unique(`${parent.id}-${++subRows}`);
      tasks.push({ ...taskOf(id, target, parent.group, parent.number, e.row, reading, ctx), parent: parent.id });
      continue;
    }
    if (sub && !e.number.startsWith(`${subNumber}.`)) sub = null;
    const owner = group ?? letter;
    const id = unique(`${target.prefix}${owner ? `${owner.id}.` : ''}${e.number}`);
    const task = taskOf(id, target, sub ?? owner, e.number, e.row, reading, ctx, parent);
    tasks.push(task);
    parent = task;
    subRows = 0;
  }
  return { groups, tasks };
}

// A title in capitals may hold a few words in their own case ("5G, IoT", "Km", "m²"): under
// this share of lower-case letters it is still a title; a sentence in running text has most of
// its letters in lower case, far above it.
export const TITLE_LOWER_SHARE = 0.15;

/** A title line of an appendix: capitals, allowing a few lower-case letters ("5G, IoT"). */
export function isTitleCase(text: string): boolean {
  const letters = lettersOf(text);
  if (!letters) return false;
  const lower = letters.replace(NOT_LOWER, '').length;
  return lower / letters.length < TITLE_LOWER_SHARE;
}

function isReference(text: string): boolean {
  const f = foldKey(text);
  return /^\(?\s*(ban hanh )?kem theo\b/.test(f);
}

// The first document symbol in the line: "số 446/KH-UBND", "Kế hoạch 235/KH-UBND" (no "số"),
// or "số /KH-UBND" with the number left blank. A date ("18/11/2025") has no capital after "/".
const REFERENCE_NUMBER = new RegExp(String.raw`(?:^|[\s(:])(\d*)\s*\/\s*([${UPPER}][${LETTER}${NUMBER}&]*(?:\s*-\s*[${LETTER}${NUMBER}&]+)*)`, 'u');

function referenceOf(p: Para, ctx: ExtractContext): Appendix['reference'] {
  const text = p.text.trim();
  const m = REFERENCE_NUMBER.exec(text);
  const number = m?.[1] && m[2] ? `${m[1]}/${m[2].replace(/\s+/g, '')}` : null;
  return { text, number, date: parseVietnameseDate(text), source: ctx.locate(p.offset) };
}

function taskOf(id: string, target: TableTarget, group: { id: string; title: string } | null, number: string, row: Row, reading: TableReading, ctx: ExtractContext, above: Task | null = null): Task {
  const { columns } = reading;
  let description = '';
  let lead: UnitRef[] = [];
  let support: UnitRef[] = [];
  let leadSource: Source | undefined;
  let supportSource: Source | undefined;
  let timeframe: Task['timeframe'] = null;
  const extra: Record<string, string> = {};
  const cellSupport: UnitRef[] = [];
  columns.forEach((col, k) => {
    const cell = row.cells[k];
    const text = cell?.text ?? '';
    switch (col.role) {
      case 'task':
        description = text;
        break;
      case 'lead': {
        if (above && cell && sameAsAbove(text)) {
          lead = unitsAbove(above.lead, cell, ctx);
          leadSource = ctx.locate(cell.offset);
          break;
        }
        // "Chủ trì: X" / "Phối hợp: Y" in one cell: its labels say who leads and who supports.
        const labelled = cell ? labelledUnits(cell, ctx) : null;
        const units = labelled ? labelled.lead : unitsOf(unitText(cell), cell, ctx);
        // One executor column ("Cơ quan thực hiện", no "Phối hợp" column): the first-named leads.
        const firstLeads = reading.oneExecutor !== null && !labelled;
        lead = firstLeads ? units.slice(0, 1) : units;
        if (firstLeads) cellSupport.push(...units.slice(1));
        if (cell) leadSource = ctx.locate(cell.offset);
        if (cell && firstLeads && units.length > 1) supportSource ??= ctx.locate(cell.offset);
        if (labelled?.support.length) {
          cellSupport.push(...labelled.support);
          if (cell) supportSource ??= ctx.locate(cell.offset);
        }
        break;
      }
      case 'support':
        if (above && cell && sameAsAbove(text)) {
          support = unitsAbove(above.support, cell, ctx);
          supportSource = ctx.locate(cell.offset);
          break;
        }
        support = unitsOf(unitText(cell), cell, ctx);
        if (cell && (support.length || !cellSupport.length)) supportSource = ctx.locate(cell.offset);
        break;
      case 'timeframe':
        timeframe = parseTimeframe(text, ctx.planYear);
        break;
      case 'number':
        break;
      default:
        if (text) extra[col.header] = text;
    }
  });
  return {
    id,
    origin: target.origin,
    appendix: target.appendix,
    group,
    number,
    parent: null,
    description,
    lead,
    support: [...cellSupport, ...support],
    timeframe,
    extra,
    source: ctx.locate(row.offset),
    ...(leadSource ? { leadSource } : {}),
    ...(supportSource ? { supportSource } : {}),
  };
}

const SAME_AS_ABOVE = new Set(ditto.sameAsAbove);

/** "Như trên" ("nt"): the cell is the row above's cell of its column. */
function sameAsAbove(text: string): boolean {
  return SAME_AS_ABOVE.has(toneKey(text).replace(/\.$/u, ''));
}

/** The row above's units of a column, for a cell that says "Như trên", with the repair said at the cell. */
function unitsAbove(units: readonly UnitRef[], cell: Cell, ctx: ExtractContext): UnitRef[] {
  ctx.report({ ruleId: 'repair-merged-cell', message: msg('parse.sameAsAbove', { text: quote(cell.text), units: units.map((u) => u.name).join('; ') }), offset: cell.offset });
  return [...units];
}

// A person's name on a line of its own: two to five words, each capitalised ("Đỗ Mạnh Cường").
const PERSON_LINE = new RegExp(String.raw`^[${UPPER}][${LOWER}]*(?:\s+[${UPPER}][${LOWER}]*){1,4}$`, 'u');

/**
 * A unit cell's text. Its lines are separate names when each is a person's name (a "Người thực
 * hiện" cell lists one person per line, with no separator) or opens with a unit ("Công an thành
 * phố" / "Sở Tài chính", a "<br>" between two bodies): "A; B". Otherwise the lines are one text
 * wrapped in the cell ("Lãnh đạo" / "Sở Giáo dục và Đào tạo").
 */
function unitText(cell: Cell | undefined): string {
  if (!cell) return '';
  const lines = cell.lines?.map((l) => l.replace(/[;,.\s]+$/u, ''));
  const separate = (l: string): boolean => PERSON_LINE.test(l) || opensWithUnit(l, 'elsewhere');
  return lines && lines.length > 1 && lines.every(separate) ? lines.join('; ') : cell.text;
}

export function unitsOf(text: string, cell: Cell | undefined, ctx: ExtractContext): UnitRef[] {
  return readUnitRefs(text, cell ? placeAt(cell.offset) : null, ctx);
}

