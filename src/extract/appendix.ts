import type { Appendix, ColumnRole, Task, UnitRef, Source } from '../model/types.js';
import type { Part, Para, TablePart } from '../outline/paras.js';
import type { Row } from '../parse/layout.js';
import type { Cell } from '../parse/blocks.js';
import { foldKey } from '../input/keys.js';
import { romanValue } from '../outline/lexer.js';
import { columnRole } from './columns.js';
import { parseTimeframe } from './timeframe.js';
import { parseVietnameseDate } from './dates.js';
import { splitUnits } from '../units/split.js';
import { isUpperCase } from './casing.js';
import type { ExtractContext } from './context.js';
import { idAllocator } from '../model/unique-id.js';

interface Column {
  readonly header: string;
  readonly role: ColumnRole;
}

/** The appendices and the tasks of their task tables. */
export function extractAppendices(zones: readonly (readonly Part[])[], ctx: ExtractContext): { appendices: Appendix[]; tasks: Task[] } {
  const appendices: Appendix[] = [];
  const tasks: Task[] = [];
  const several = zones.length > 1;
  zones.forEach((zone, i) => {
    const { appendix, tasks: found } = readAppendix(zone, several ? `PL-${roman(i + 1)}` : 'PL', several, ctx);
    appendices.push(appendix);
    for (const t of found) tasks.push(t); // no spread: 150,000 rows are more arguments than a call takes
  });
  return { appendices, tasks };
}

function readAppendix(zone: readonly Part[], fallbackId: string, several: boolean, ctx: ExtractContext): { appendix: Appendix; tasks: Task[] } {
  const paras = zone.filter((p): p is Para => p.kind === 'para');
  const tables = zone.filter((p): p is TablePart => p.kind === 'table');
  const head = paras[0];
  const firstLine = head?.lines[0]?.text.trim() ?? '';
  const label = /^ph[uụ]\s*l[uụ]c\s*(?:số\s*)?([IVXL]+|\d+)?\b/iu.exec(firstLine);
  const id = several && label?.[1] ? `PL-${/^\d+$/.test(label[1]) ? roman(Number(label[1])) : label[1]}` : fallbackId;
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
    return { appendix: { id, kind: 'text', title, reference, columns: [], groups: [], rows: null, source }, tasks: [] };
  }
  const rows = tables.flatMap((t) => t.rows);
  const headerAt = rows.findIndex((r, k) => k < 4 && r.cells.filter((c) => columnRole(c.text) !== null).length >= 2);
  const columns: Column[] = headerAt >= 0 ? (rows[headerAt]?.cells ?? []).map((c) => ({ header: c.text, role: columnRole(c.text) ?? 'other' })) : [];
  const isTasks = columns.some((c) => c.role === 'task') && columns.some((c) => c.role === 'lead' || c.role === 'support');
  if (!isTasks) {
    return {
      appendix: { id, kind: 'table', title, reference, columns, groups: [], rows: rows.map((r) => r.cells.map((c) => c.text)), source },
      tasks: [],
    };
  }
  // Header rows repeated under each group (a page or a group of the source table) and the
  // row of column numbers "(1) (2) …" are not tasks.
  const body = rows.slice(headerAt + 1).filter((r) => !isColumnNumberRow(r) && !isHeaderRow(r));
  const { groups, tasks } = readTaskRows(body, columns, several ? `${id}/` : '', id, ctx);
  if (!tasks.length) {
    // A report form with task-like headers and blank rows is a table to fill in, not a task list.
    return { appendix: { id, kind: 'table', title, reference, columns, groups: [], rows: rows.map((r) => r.cells.map((c) => c.text)), source }, tasks: [] };
  }
  return { appendix: { id, kind: 'tasks', title, reference, columns, groups, rows: null, source }, tasks };
}

/** A title line of an appendix: capitals, allowing a few lower-case letters ("5G, IoT"). */
function isTitleCase(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (!letters) return false;
  const lower = letters.replace(/[^\p{Ll}]/gu, '').length;
  return lower / letters.length < 0.15;
}

function isReference(text: string): boolean {
  const f = foldKey(text);
  return /^\(?\s*(ban hanh )?kem theo\b/.test(f);
}

// The first document symbol in the line: "số 446/KH-UBND", "Kế hoạch 235/KH-UBND" (no "số"),
// or "số /KH-UBND" with the number left blank. A date ("18/11/2025") has no capital after "/".
const REFERENCE_NUMBER = /(?:^|[\s(:])(\d*)\s*\/\s*(\p{Lu}[\p{L}\p{N}&]*(?:\s*-\s*[\p{L}\p{N}&]+)*)/u;

function referenceOf(p: Para, ctx: ExtractContext): Appendix['reference'] {
  const text = p.text.trim();
  const m = REFERENCE_NUMBER.exec(text);
  const number = m?.[1] && m[2] ? `${m[1]}/${m[2].replace(/\s+/g, '')}` : null;
  return { text, number, date: parseVietnameseDate(text), source: ctx.locate(p.offset) };
}

function isHeaderRow(r: Row): boolean {
  // The cheap test first: a row with a task number is never a header.
  return !r.cells.some((c) => TASK_NUMBER.test(c.text)) && r.cells.filter((c) => columnRole(c.text) !== null).length >= 2;
}

function isColumnNumberRow(r: Row): boolean {
  const filled = r.cells.filter((c) => c.text);
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,2}\)?(?:\s*=.*)?$/.test(c.text));
}

const GROUP_CELL = /^([IVXL]{1,6}|[A-HK-UWY])\.?$/u;
const GROUP_INLINE = /^([IVXL]{1,6}|[A-HK-UWY])[.)]\s+(\S.*)$/u;
const TASK_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;

function readTaskRows(rows: readonly Row[], columns: readonly Column[], prefix: string, appendixId: string, ctx: ExtractContext): { groups: Appendix['groups'][number][]; tasks: Task[] } {
  const groups: { id: string; title: string }[] = [];
  const tasks: Task[] = [];
  const unique = idAllocator();
  const uniqueGroup = idAllocator();
  let letter: { id: string; title: string } | null = null;
  let group: { id: string; title: string } | null = null;
  let sub: { id: string; title: string } | null = null;
  let subNumber = '';
  let previous: Row | null = null;
  const at = (role: ColumnRole): number => columns.findIndex((c) => c.role === role);
  const iNumber = Math.max(0, at('number'));
  const iTask = at('task');
  for (const raw of rows) {
    const row = alignRow(raw, columns, previous, iNumber);
    if (row !== raw) ctx.report({ ruleId: 'repair-merged-cell', message: `a task row has ${raw.cells.length} cells for ${columns.length} columns; each cell was put under the column its content fits and the cells merged down from the row above were carried down`, offset: raw.offset });
    const cells = row.cells;
    const first = cells[iNumber]?.text ?? '';
    const g = groupOf(cells, iNumber, iTask);
    if (g) {
      // Lettered super-groups (A, B, C) hold Roman groups (A.I, A.II …); a letter after a
      // Roman group opens a new super-group, not a sub-group.
      const isLetter = /^[A-HK-UWY]$/.test(g.numeral) && !(group && /^[IVXL]+$/.test(g.numeral));
      if (isLetter) {
        letter = { id: uniqueGroup(g.numeral), title: g.title };
        group = null;
        groups.push(letter);
      } else {
        group = { id: uniqueGroup(letter ? `${letter.id}.${g.numeral}` : g.numeral), title: g.title };
        groups.push(group);
      }
      sub = null;
      continue;
    }
    const n = TASK_NUMBER.exec(first);
    if (!n?.[1]) {
      if (cells.some((c) => c.text)) ctx.report({ ruleId: 'parse-table-row', message: `a table row with no task number was skipped: "${short(cells.map((c) => c.text).join(' | '))}"`, offset: row.offset });
      continue;
    }
    // "5.1 | (empty) | Thương mại | …": a numbered row with no task text and one label is a
    // sub-group of the tasks numbered under it (5.1.1, 5.1.2 …).
    const label = subGroupLabel(cells, iNumber, iTask);
    if (label) {
      const owner = group ?? letter;
      sub = { id: uniqueGroup(`${owner ? `${owner.id}.` : ''}${n[1]}`), title: label };
      subNumber = n[1];
      groups.push(sub);
      continue;
    }
    if (sub && !n[1].startsWith(`${subNumber}.`)) sub = null;
    const owner = group ?? letter;
    const id = unique(`${prefix}${owner ? `${owner.id}.` : ''}${n[1]}`);
    tasks.push(taskOf(id, appendixId, sub ?? owner, n[1], row, columns, ctx));
    previous = row;
  }
  return { groups, tasks };
}

function subGroupLabel(cells: readonly Cell[], iNumber: number, iTask: number): string | null {
  if (iTask < 0 || (cells[iTask]?.text ?? '') !== '') return null;
  const others = cells.filter((c, k) => k !== iNumber && c.text !== '');
  return others.length === 1 ? others[0]?.text ?? null : null;
}

/**
 * A task row with fewer cells than the header: a cell merged down from the row above was
 * left out (SOURCES.md: "a cell merged across or down leaves that row with fewer cells").
 * Each cell goes under the column its content fits — the number, the task text, units,
 * a time — and the columns left empty take the value of the row above.
 */
function alignRow(row: Row, columns: readonly Column[], previous: Row | null, iNumber: number): Row {
  const cells = row.cells;
  if (cells.length >= columns.length || !TASK_NUMBER.test(cells[0]?.text ?? '') || !previous) return row;
  const out: (Cell | null)[] = columns.map(() => null);
  out[iNumber] = cells[0] ?? null;
  let col = iNumber + 1;
  for (const cell of cells.slice(1)) {
    while (col < columns.length && !fits(cell.text, columns[col]?.role ?? 'other')) col++;
    if (col >= columns.length) break;
    out[col++] = cell;
  }
  return {
    offset: row.offset,
    cells: out.map((c, k) => c ?? { ...(previous.cells[k] ?? { text: '', offset: row.offset }), merged: true }),
  };
}

function fits(text: string, role: ColumnRole): boolean {
  if (!text) return true;
  switch (role) {
    case 'timeframe':
      return parseTimeframe(text)?.kind !== 'unknown';
    case 'lead':
    case 'support':
      return splitUnits(text).length > 0 && text.length < 200 && !parseTimeframe(text)?.start;
    default:
      return true;
  }
}

function groupOf(cells: readonly Cell[], iNumber: number, iTask: number): { numeral: string; title: string } | null {
  const first = cells[iNumber]?.text ?? '';
  const rest = cells.filter((_, k) => k !== iNumber && k !== iTask).map((c) => c.text).filter(Boolean);
  const m = GROUP_CELL.exec(first);
  if (m?.[1] && rest.length === 0) return { numeral: m[1], title: cells[iTask >= 0 ? iTask : 1]?.text ?? '' };
  const inline = GROUP_INLINE.exec(first);
  if (inline?.[1] && inline[2] && cells.filter((c) => c.text).length === 1 && (isUpperCase(inline[2]) || romanValue(inline[1]) > 0)) return { numeral: inline[1], title: inline[2] };
  return null;
}

function taskOf(id: string, appendix: string, group: { id: string; title: string } | null, number: string, row: Row, columns: readonly Column[], ctx: ExtractContext): Task {
  let description = '';
  let lead: UnitRef[] = [];
  let support: UnitRef[] = [];
  let leadSource: Source | undefined;
  let supportSource: Source | undefined;
  let timeframe: Task['timeframe'] = null;
  const extra: Record<string, string> = {};
  columns.forEach((col, k) => {
    const cell = row.cells[k];
    const text = cell?.text ?? '';
    switch (col.role) {
      case 'task':
        description = text;
        break;
      case 'lead':
        lead = unitsOf(text, cell, ctx);
        if (cell) leadSource = ctx.locate(cell.offset);
        break;
      case 'support':
        support = unitsOf(text, cell, ctx);
        if (cell) supportSource = ctx.locate(cell.offset);
        break;
      case 'timeframe':
        timeframe = parseTimeframe(text);
        break;
      case 'number':
        break;
      default:
        if (text) extra[col.header] = text;
    }
  });
  return {
    id,
    origin: 'appendix',
    appendix,
    group,
    number,
    parent: null,
    description,
    lead,
    support,
    timeframe,
    extra,
    source: ctx.locate(row.offset),
    ...(leadSource ? { leadSource } : {}),
    ...(supportSource ? { supportSource } : {}),
  };
}

export function unitsOf(text: string, cell: Cell | undefined, ctx: ExtractContext): UnitRef[] {
  return splitUnits(text).map((u) => {
    const repaired = (u as { repaired?: { from: string; to: string } | null }).repaired;
    if (repaired && cell) ctx.report({ ruleId: 'repair-unit-name', message: `"${repaired.from}" was read as "${repaired.to}" (an OCR slip)`, offset: cell.offset + u.start, expected: repaired.to, actual: repaired.from });
    return { text: u.text, name: u.name, collective: u.collective, person: u.person, role: u.role };
  });
}

function short(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}…` : s;
}

function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [v, s] of table) while (n >= v) { out += s; n -= v; }
  return out;
}
