/**
 * The rows of a task table as a reader sees them (issue 11, layouts 5 and 9): the header, the
 * group rows (A, B …; I, II …; "5.1 | | Thương mại"), the numbered task rows, and the sub-rows
 * a vertically merged STT cell holds. Rows copied out of real files are repaired first: a
 * placeholder header of a table continued on the next page ("Col1 … Col7"), a group row that
 * repeats its title in every cell, a row shifted right by an empty leading cell, two rows fused
 * on one line. Every row is accounted for: one that is neither task nor group is a finding.
 */
import type { ColumnRole } from '../model/types.js';
import type { Cell, Row } from '../outline/parts.js';
import { follows, readingsOf, type Ordinal } from '../model/numbering.js';
import { columnRole, namesExecutor } from '../outline/column-roles.js';
import { parseTimeframe } from './timeframe.js';
import { splitUnits } from '../units/split.js';
import { isUpperCase } from './casing.js';
import { msg, type Msg } from '../i18n/index.js';

export interface Column {
  readonly header: string;
  readonly role: ColumnRole;
}

export type TableEntry =
  | { readonly kind: 'group'; readonly level: 'letter' | 'roman' | 'sub'; readonly numeral: string; readonly title: string; readonly row: Row }
  /** A numbered task row, or (with `sub`) a sub-row of the numbered row before it. */
  | { readonly kind: 'task'; readonly number: string; readonly sub: boolean; readonly row: Row; readonly repaired: readonly Msg[] }
  | { readonly kind: 'skipped'; readonly row: Row; readonly severity: 'info' | 'warning'; readonly reason: Msg };

export interface TableReading {
  readonly columns: readonly Column[];
  /** Rows before the body: the header and what precedes it. */
  readonly headerRows: number;
  readonly entries: readonly TableEntry[];
  /** The table has a task column and a unit column: its rows are tasks. */
  readonly isTasks: boolean;
  /**
   * The table's one unit column names who carries each task out ("Cơ quan thực hiện") and there
   * is no support column: the first-named unit of a cell leads, the others support.
   */
  readonly oneExecutor: { readonly header: string; readonly offset: number } | null;
}

const TASK_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
const NUMERAL_CELL = /^([IVXLCDM]{1,7}|[A-ZĐ])\.?$/u;
const NUMERAL_INLINE = /^([IVXLCDM]{1,7}|[A-ZĐ])[.)]\s+(\S.*)$/u;
// The header a converter gives a table that goes on from the page before ("Col1 | Col2 …").
const PLACEHOLDER = /^col(?:umn)?\s*\d{1,2}$/iu;
const ELISION = /^(?:…|\.{3,})$/u;
// The header is one of the first rows: a title row or two may stand above it.
export const HEADER_SEARCH = 4;

/** Reads a table's rows: columns from the header, then each body row as an entry. */
export function readTaskTable(rows: readonly Row[]): TableReading {
  const headerAt = rows.findIndex((r, k) => k < HEADER_SEARCH && r.cells.filter((c) => columnRole(c.text) !== null).length >= 2);
  const columns: Column[] = headerAt >= 0 ? (rows[headerAt]?.cells ?? []).map((c) => ({ header: c.text, role: columnRole(c.text) ?? 'other' })) : [];
  const isTasks = columns.some((c) => c.role === 'task') && columns.some((c) => c.role === 'lead' || c.role === 'support');
  const oneExecutor = isTasks ? oneExecutorColumn(columns, rows[headerAt]) : null;
  const entries: TableEntry[] = [];
  if (!isTasks) return { columns, headerRows: headerAt + 1, entries, isTasks, oneExecutor };
  const at = (role: ColumnRole): number => columns.findIndex((c) => c.role === role);
  const iNumber = Math.max(0, at('number'));
  const iTask = at('task');
  let previous: Row | null = null;
  let lastNumber: string | null = null;
  let letter: Ordinal | null = null;
  let roman: Ordinal | null = null;
  const body = rows.slice(headerAt + 1).flatMap((r) => unfuse(shiftRow(sameInEveryCell(spread(r, columns.length), iNumber, iTask), columns.length, iNumber), columns.length, iNumber));
  for (const raw of body) {
    // Header rows repeated under each group or page, the row of column numbers "(1) (2) …" and
    // a converter's placeholder header are not rows of the table's own.
    if (isPlaceholderRow(raw) || isColumnNumberRow(raw) || isHeaderRow(raw)) continue;
    const repaired: Msg[] = [];
    const row = alignRow(raw, columns, previous, iNumber);
    if (row !== raw) repaired.push(msg('parse.mergedCells', { cells: raw.cells.length, columns: columns.length }));
    const cells = row.cells;
    const g = groupOf(cells, iNumber, iTask);
    if (g) {
      const level = groupLevel(g.numeral, letter, roman);
      if (level.kind === 'letter') {
        letter = level.reading;
        roman = null;
      } else roman = level.reading;
      entries.push({ kind: 'group', level: level.kind, numeral: g.numeral, title: g.title, row });
      lastNumber = null;
      continue;
    }
    const numberCell = cells[iNumber];
    const n = TASK_NUMBER.exec(numberCell?.text ?? '');
    if (n?.[1] && !numberCell?.merged) {
      const label = subGroupLabel(cells, iNumber, iTask);
      if (label) {
        entries.push({ kind: 'group', level: 'sub', numeral: n[1], title: label, row });
        lastNumber = null;
        continue;
      }
      entries.push({ kind: 'task', number: n[1], sub: false, row, repaired });
      previous = row;
      lastNumber = n[1];
      continue;
    }
    // No number of its own: under a vertically merged STT cell (the .docx marks it merged; a
    // text copy leaves it empty), a row with its own units is a sub-row of the numbered row.
    if (lastNumber !== null && hasOwnUnits(cells, columns)) {
      entries.push({ kind: 'task', number: lastNumber, sub: true, row, repaired });
      continue;
    }
    if (cells.some((c) => c.text && !c.merged)) {
      const looksLikeTask = iTask >= 0 && (cells[iTask]?.text ?? '') !== '' && hasOwnUnits(cells, columns);
      entries.push({ kind: 'skipped', row, severity: looksLikeTask ? 'warning' : 'info', reason: msg(lastNumber === null ? 'parse.reason.noNumber' : 'parse.reason.noNumberNoUnits') });
    }
  }
  return { columns, headerRows: headerAt + 1, entries, isTasks, oneExecutor };
}

function oneExecutorColumn(columns: readonly Column[], header: Row | undefined): TableReading['oneExecutor'] {
  const units = columns.filter((c) => c.role === 'lead' || c.role === 'support');
  const only = units[0];
  if (units.length !== 1 || only?.role !== 'lead' || !namesExecutor(only.header)) return null;
  return { header: only.header, offset: header?.cells[columns.indexOf(only)]?.offset ?? header?.offset ?? 0 };
}

function hasOwnUnits(cells: readonly Cell[], columns: readonly Column[]): boolean {
  return columns.some((c, k) => (c.role === 'lead' || c.role === 'support') && (cells[k]?.text ?? '') !== '' && !cells[k]?.merged);
}

/**
 * A cell merged across columns (a .docx cell spanning "Chủ trì" and "Phối hợp": "Theo phân công
 * tại Quyết định số 1441/QĐ-UBND") stands under each column it spans: the first keeps its text,
 * the others are marked merged and empty. A group row spanning the whole table is left whole.
 */
function spread(r: Row, width: number): Row {
  const extra = r.cells.reduce((n, c) => n + Math.max(0, (c.colspan ?? 1) - 1), 0);
  if (extra === 0 || r.cells.length + extra > width || r.cells.filter((c) => c.text).length < 2) return r;
  const cells: Cell[] = [];
  for (const c of r.cells) {
    cells.push(c);
    for (let k = 1; k < (c.colspan ?? 1); k++) cells.push({ text: '', offset: c.offset, merged: true });
  }
  return { cells, offset: r.offset };
}

/**
 * "I. NÂNG CAO …" written in every cell of a group row (a merged cell copied out cell by cell),
 * or the numeral in its own cell and the title repeated in every other ("I | CẢI CÁCH … |
 * CẢI CÁCH … | …", a converter's copy of a title cell merged across the rest of the row): the
 * numeral under the number column, the title under the task column.
 */
function sameInEveryCell(r: Row, iNumber: number, iTask: number): Row {
  const filled = r.cells.filter((c) => c.text);
  if (filled.length >= 2 && filled.every((c) => c.text === filled[0]?.text)) return { cells: [filled[0] as Cell], offset: r.offset };
  const numeral = r.cells[iNumber];
  const rest = r.cells.filter((c, k) => k !== iNumber && c.text);
  if (iTask < 0 || !numeral || !NUMERAL_CELL.test(numeral.text) || rest.length < 2 || !rest.every((c) => c.text === rest[0]?.text)) return r;
  const cells = r.cells.map((c, k) => (k === iNumber ? c : k === iTask ? (rest[0] as Cell) : { text: '', offset: c.offset }));
  return { cells, offset: r.offset };
}

/** A row shifted one or more cells right by empty leading cells: "| | 3 | Task | Sở A |". */
function shiftRow(r: Row, width: number, iNumber: number): Row {
  let lead = 0;
  while (lead < r.cells.length && r.cells[lead]?.text === '' && !r.cells[lead]?.merged) lead++;
  if (lead === 0 || lead <= iNumber) return r;
  // A group row ("| | III | DU LỊCH …") holds its numeral and a title: it is shifted whatever its width.
  const group = NUMERAL_CELL.test(r.cells[lead]?.text ?? '') && r.cells.slice(lead + 1).filter((c) => c.text).length === 1;
  if (!group && r.cells.length - lead < width - 1) return r;
  if (!TASK_NUMBER.test(r.cells[lead]?.text ?? '') && !NUMERAL_CELL.test(r.cells[lead]?.text ?? '')) return r;
  return { cells: r.cells.slice(lead - iNumber), offset: r.offset };
}

/**
 * Two rows fused on one line ("1 | Task | Sở A | 2026 | … | 2 | Task | Sở B | 2026"): where a
 * cell past the row's width holds the next task number (after an elision mark, if any), a new
 * row starts.
 */
function unfuse(row: Row, width: number, iNumber: number): Row[] {
  const r = elisionApart(row, width);
  if (width < 2 || r.cells.length < width + 2) return [r];
  const first = TASK_NUMBER.exec(r.cells[iNumber]?.text ?? '')?.[1];
  if (!first) return [r];
  for (let k = width - 1; k < r.cells.length; k++) {
    const cell = r.cells[k];
    if (!cell) break;
    const next = TASK_NUMBER.exec(cell.text)?.[1];
    if (!next || !nextNumber(first, next)) continue;
    const cut = ELISION.test(r.cells[k - 1]?.text ?? '') ? k - 1 : k;
    const head: Row = { cells: r.cells.slice(0, cut), offset: r.offset };
    const rest: Row = { cells: [...r.cells.slice(k - iNumber, k).map(() => ({ text: '', offset: cell.offset })), ...r.cells.slice(k)], offset: cell.offset };
    return [head, ...unfuse(rest, width, iNumber)];
  }
  return [r];
}

// "Cơ sở dữ liệu … 6": the last cell of a row, the elision mark and the next row's number
// copied into one cell (a TAB lost around the mark).
const ELIDED_NUMBER = /^(.*?)\s*(…|\.{3,})\s*(\d{1,3}(?:\.\d{1,3})*)$/u;

/** A cell past the row's last column but one that holds an elision and a number is three cells. */
function elisionApart(r: Row, width: number): Row {
  if (r.cells.length <= width) return r;
  const k = r.cells.findIndex((c, i) => i >= width - 1 && ELIDED_NUMBER.test(c.text));
  const cell = r.cells[k];
  const m = cell ? ELIDED_NUMBER.exec(cell.text) : null;
  if (!cell || !m) return r;
  const pieces: Cell[] = [
    { text: m[1] ?? '', offset: cell.offset },
    { text: m[2] ?? '', offset: cell.offset + cell.text.indexOf(m[2] ?? '', (m[1] ?? '').length) },
    { text: m[3] ?? '', offset: cell.offset + cell.text.length - (m[3] ?? '').length },
  ];
  return { cells: [...r.cells.slice(0, k), ...pieces, ...r.cells.slice(k + 1)], offset: r.offset };
}

function nextNumber(a: string, b: string): boolean {
  const x = readingsOf(a)[0];
  const y = readingsOf(b)[0];
  return x !== undefined && y !== undefined && follows(x, y);
}

function isPlaceholderRow(r: Row): boolean {
  const filled = r.cells.filter((c) => c.text);
  return filled.length >= 2 && filled.every((c) => PLACEHOLDER.test(c.text));
}

function isHeaderRow(r: Row): boolean {
  // The cheap test first: a row with a task number is never a header.
  return !r.cells.some((c) => TASK_NUMBER.test(c.text)) && r.cells.filter((c) => columnRole(c.text) !== null).length >= 2;
}

function isColumnNumberRow(r: Row): boolean {
  const filled = r.cells.filter((c) => c.text);
  return filled.length >= 2 && filled.every((c) => /^\(?\d{1,2}\)?(?:\s*=.*)?$/.test(c.text));
}

/**
 * Whether a group's numeral is a letter (A, B …) or Roman (I, II …), by the numbering lexicon:
 * a letter that follows the last letter group opens a new super-group; a numeral that follows
 * the last Roman group (or opens a first one) is Roman; "C." after "B." is a letter.
 */
function groupLevel(numeral: string, letter: Ordinal | null, roman: Ordinal | null): { kind: 'letter' | 'roman'; reading: Ordinal } {
  const readings = readingsOf(numeral);
  const upper = readings.find((r) => r.kind === 'upper');
  const rom = readings.find((r) => r.kind === 'roman');
  if (upper && letter && follows(letter, upper)) return { kind: 'letter', reading: upper };
  if (rom && (roman ? follows(roman, rom) : rom.value === 1)) return { kind: 'roman', reading: rom };
  if (upper && !rom) return { kind: 'letter', reading: upper };
  if (rom) return { kind: 'roman', reading: rom };
  return { kind: 'letter', reading: upper ?? { kind: 'upper', prefix: '', value: 1 } };
}

/**
 * A group row: a Roman numeral or letter and at most one other cell of text, its title. The
 * title sits in whichever column the row's merged cell began in: under the task column, or under
 * the unit column where that comes first ("STT | Cơ quan chủ trì | Nhiệm vụ …": "I | HOÀN THIỆN
 * …"), in capitals or not.
 */
function groupOf(cells: readonly Cell[], iNumber: number, iTask: number): { numeral: string; title: string } | null {
  const first = cells[iNumber]?.text ?? '';
  const rest = cells.filter((c, k) => k !== iNumber && c.text);
  const m = NUMERAL_CELL.exec(first);
  if (m?.[1] && readingsOf(m[1]).length && rest.length <= 1) return { numeral: m[1], title: rest[0]?.text ?? cells[iTask >= 0 ? iTask : 1]?.text ?? '' };
  const inline = NUMERAL_INLINE.exec(first);
  if (inline?.[1] && inline[2] && readingsOf(inline[1]).length && cells.filter((c) => c.text).length === 1 && (isUpperCase(inline[2]) || readingsOf(inline[1]).some((r) => r.kind === 'roman'))) {
    return { numeral: inline[1], title: inline[2] };
  }
  return null;
}

/** "5.1 | (empty) | Thương mại | …": a numbered row with no task text and one label is a sub-group. */
function subGroupLabel(cells: readonly Cell[], iNumber: number, iTask: number): string | null {
  if (iTask < 0 || (cells[iTask]?.text ?? '') !== '') return null;
  const others = cells.filter((c, k) => k !== iNumber && c.text !== '');
  return others.length === 1 ? others[0]?.text ?? null : null;
}

/**
 * A task row with fewer cells than the header: a cell merged down from the row above was
 * left out (SOURCES.md: "a cell merged across or down leaves that row with fewer cells").
 * Each cell goes under the column its content fits — the number, the task text, units,
 * a time — and the columns left empty take the value of the row above. A row with no number
 * (a sub-row under a merged STT cell) lost its leftmost cells: it is aligned to the right.
 */
function alignRow(row: Row, columns: readonly Column[], previous: Row | null, iNumber: number): Row {
  const cells = row.cells;
  if (cells.length >= columns.length || !previous) return row;
  if (!TASK_NUMBER.test(cells[0]?.text ?? '')) {
    if (NUMERAL_CELL.test(cells[0]?.text ?? '') || cells.filter((c) => c.text).length < 2) return row;
    const missing = columns.length - cells.length;
    return { offset: row.offset, cells: [...previous.cells.slice(0, missing).map((c) => ({ ...c, merged: true })), ...cells] };
  }
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

// A cell of units names a few bodies ("Sở Nội vụ; Sở Tài chính; UBND các huyện, thành phố" is
// 51 characters); a longer text shifted into a units column is the task's description.
export const UNIT_CELL_LENGTH = 200;

export function fits(text: string, role: ColumnRole): boolean {
  if (!text) return true;
  switch (role) {
    case 'timeframe':
      return parseTimeframe(text)?.kind !== 'unknown';
    case 'lead':
    case 'support':
      return splitUnits(text).length > 0 && text.length < UNIT_CELL_LENGTH && !parseTimeframe(text)?.start;
    default:
      return true;
  }
}

/** Body rows of task tables: how many became tasks (sub-rows included), group rows, or nothing. */
export interface RowCounts {
  total: number;
  tasks: number;
  groups: number;
  unread: number;
}

export function noRows(): RowCounts {
  return { total: 0, tasks: 0, groups: 0, unread: 0 };
}

export function countRows(reading: TableReading): RowCounts {
  const c = noRows();
  for (const e of reading.entries) {
    c.total++;
    if (e.kind === 'task') c.tasks++;
    else if (e.kind === 'group') c.groups++;
    else c.unread++;
  }
  return c;
}

export function addRows(to: RowCounts, from: RowCounts): void {
  to.total += from.total;
  to.tasks += from.tasks;
  to.groups += from.groups;
  to.unread += from.unread;
}
