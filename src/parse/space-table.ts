/**
 * A table laid out in spaces (`pdftotext -layout` of a bordered table, issue 11 layout 8): each
 * cell's text wrapped over several lines at the cell's own left edge, the STT and short cells
 * set on the middle line of their row, rows apart by blank lines, and sometimes two cells only
 * one space apart. The columns are found as pdfplumber's text strategy finds them
 * (shared/reference/pdf-tables.md): left edges that line up over many lines of the table.
 *
 * A table starts at a header line that names its columns (data/columns.json); its rows go on
 * until a block of lines that is none of a row, a group row, the rest of a row cut by a page,
 * the header repeated or a page number. The table's lines are handed over as rows of cells;
 * the text keeps them (every offset still points into the source).
 */
import type { Cell } from './blocks.js';
import { joinCellLines } from './cell-lines.js';
import { columnRole } from './column-roles.js';
import { lineSpans } from './line-spans.js';
import { columnsOf, pieceColumn, splitAtColumns, MAX_EDGES, type Column, type Seg } from './column-edges.js';
import { byRowNumber } from './space-rows.js';
import { NUMBER, STARTS_LOWER, UPPER } from '../model/letters.js';

export type { Seg };

export interface SpaceTable {
  readonly offset: number;
  /** Where the table's last line ends. */
  readonly end: number;
  readonly rows: readonly (readonly Cell[])[];
}

interface TextLine {
  readonly start: number;
  readonly end: number;
  /** The line without a form feed at its start (a page break), and where that text starts. */
  readonly text: string;
  readonly at: number;
}

// A header line names at least this many columns (the number, the task and a unit column are
// what makes a task table; two names could be a sentence's chance).
export const MIN_HEADER_COLUMNS = 2;
const GAP = /\S(?:\S| (?=\S))*/gu;
const GROUP_LINE = new RegExp(String.raw`^(?:[IVXLC]{1,6}|[A-ZĐ])[.)]?\s+([${UPPER}][${UPPER}${NUMBER}\s,;:&/()-]+)$`, 'u');
const ROW_NUMBER = /^\d{1,3}\.?$/u;
const PAGE_NUMBER = /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$|^Trang\s+\d/iu;
const FRAME = /^(?:Nơi\s+nhận|PHỤ\s+LỤC|Phụ\s+lục|(?:TM|KT|TL)\.\s)/u;

function linesOf(text: string): TextLine[] {
  return lineSpans(text).map(({ start, end }) => {
    const raw = text.slice(start, end);
    const skip = raw.startsWith('\f') ? 1 : 0;
    return { start, end, text: raw.slice(skip).replace(/\f/g, ' '), at: start + skip };
  });
}

/** The runs of a line between gaps of two spaces or more. */
export function segmentsOf(line: { text: string; at: number }): Seg[] {
  const out: Seg[] = [];
  GAP.lastIndex = 0;
  for (let m = GAP.exec(line.text); m; m = GAP.exec(line.text)) out.push({ text: m[0], x: m.index, offset: line.at + m.index });
  return out;
}

// A rule drawn in dashes or equals signs above and below a typed table's header and under its
// last row: it stands between blocks as a blank line does.
const RULE = /^\s*[-=_─━–—]{3,}[-=_─━–—+\s]*$/u;

function isRule(l: TextLine): boolean {
  return RULE.test(l.text);
}

function isBlank(l: TextLine): boolean {
  return l.text.trim() === '' || isRule(l);
}

/**
 * A group row ("I TIÊM PHÒNG …"): a numeral and a title in capitals, nothing else; in a typed
 * table the numeral stands in the STT column and the title in the task column, apart by spaces.
 */
function groupTitle(l: TextLine): string | null {
  const segs = segmentsOf(l);
  if (segs.length > 2) return null;
  return GROUP_LINE.exec(segs.map((p) => p.text).join(' '))?.[1] ?? null;
}

// Columns stand apart by this many spaces at least; justified prose stretches a gap to two.
export const COLUMN_GAP = 3;
const WIDE_GAP = new RegExp(`\\S {${COLUMN_GAP},}\\S`, 'u');
const HEADER_RUN = new RegExp(`\\S(?:\\S| {1,${COLUMN_GAP - 1}}(?=\\S))*`, 'gu');

/**
 * A line that names the columns of a task table: runs of text apart by COLUMN_GAP spaces or
 * more, three at least, naming the task (or the number) and a unit column.
 */
function isHeaderLine(l: TextLine): boolean {
  if (!WIDE_GAP.test(l.text)) return false;
  const roles = [...l.text.matchAll(HEADER_RUN)].map((m) => columnRole(m[0]));
  if (roles.length < 3 || roles.filter((r) => r !== null).length < MIN_HEADER_COLUMNS) return false;
  return roles.some((r) => r === 'task' || r === 'number') && roles.some((r) => r === 'lead' || r === 'support');
}

/** Blocks of lines between blank lines, from line `from`, as [first, last] indexes, one at a time. */
function* blocksFrom(lines: readonly TextLine[], from: number): Generator<[number, number]> {
  let i = from;
  while (i < lines.length) {
    while (i < lines.length && isBlank(lines[i] as TextLine)) i++;
    if (i >= lines.length) return;
    const first = i;
    while (i < lines.length && !isBlank(lines[i] as TextLine)) i++;
    yield [first, i - 1];
  }
}

type BlockKind = 'row' | 'group' | 'skip' | 'end';

function kindOf(lines: readonly TextLine[], [a, b]: [number, number]): BlockKind {
  const first = (lines[a] as TextLine).text.trim();
  if (a === b && PAGE_NUMBER.test(first)) return 'skip';
  if (FRAME.test(first)) return 'end';
  if (a === b && groupTitle(lines[a] as TextLine) !== null) return 'group';
  let multi = false;
  for (let i = a; i <= b; i++) {
    const l = lines[i] as TextLine;
    if (WIDE_GAP.test(l.text)) multi = true;
    if (isHeaderLine(l)) return 'skip';
  }
  // A row has cells side by side on some line, COLUMN_GAP apart; a paragraph of prose runs
  // the width in one.
  return multi ? 'row' : 'end';
}

/** Finds the space-aligned tables of a text. */
export function findSpaceTables(text: string): SpaceTable[] {
  if (!/ {2}/.test(text)) return [];
  const lines = linesOf(text);
  const tables: SpaceTable[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!isHeaderLine(lines[i] as TextLine)) continue;
    const table = readTable(lines, i);
    if (table) {
      tables.push(table.table);
      i = table.last;
    }
  }
  return tables;
}

function readTable(lines: readonly TextLine[], at: number): { table: SpaceTable; last: number } | null {
  // The header's own block: a header cell may wrap onto the lines above and below its name.
  let top = at;
  while (top > 0 && !isBlank(lines[top - 1] as TextLine) && at - top < 3) top--;
  let bottom = at;
  while (bottom + 1 < lines.length && !isBlank(lines[bottom + 1] as TextLine) && bottom - at < 3 && !ROW_NUMBER.test(segmentsOf(lines[bottom + 1] as TextLine)[0]?.text ?? '')) bottom++;
  const body: { kind: BlockKind; span: [number, number] }[] = [];
  for (const span of blocksFrom(lines, bottom + 1)) {
    const kind = kindOf(lines, span);
    if (kind === 'end') break;
    body.push({ kind, span });
  }
  // A group row heads rows under it: one with no row after it is the heading of what follows
  // the table ("III. TỔ CHỨC THỰC HIỆN").
  while (body.length && body[body.length - 1]?.kind !== 'row') body.pop();
  const rowBlocks = body.filter((b) => b.kind === 'row');
  if (!rowBlocks.length) return null;
  const headerSegs: Seg[][] = [];
  for (let i = top; i <= bottom; i++) headerSegs.push(segmentsOf(lines[i] as TextLine));
  const bodySegs = rowBlocks.flatMap((b) => spanLines(lines, b.span).map((l) => segmentsOf(l)));
  const columns = columnsOf(headerSegs, bodySegs);
  if (columns.length < 3 || columns.length > MAX_EDGES) return null;
  const numberCol = columnRole(cellText(headerSegs, columns, 0)) === 'number' ? 0 : -1;
  const rows: Cell[][] = [cellsOf(headerSegs.map((l) => splitAtColumns(l, columns)), columns)];
  for (const b of body) {
    if (b.kind === 'skip') continue;
    // A typed table has no blank line between its rows: its group rows stand inside the block.
    for (const run of runsBetweenGroups(spanLines(lines, b.span))) {
      if (run.group) rows.push(groupRow(run.lines[0] as TextLine, run.group, columns));
      else readRows(run.lines, columns, numberCol, rows);
    }
  }
  // The rules drawn above the header and under the last row are the table's.
  while (top > 0 && isRule(lines[top - 1] as TextLine)) top--;
  let last = body[body.length - 1]?.span[1] ?? bottom;
  if (last + 1 < lines.length && isRule(lines[last + 1] as TextLine)) last++;
  return { table: { offset: (lines[top] as TextLine).at, end: (lines[last] as TextLine).end, rows }, last };
}

interface Run {
  readonly lines: readonly TextLine[];
  /** The title of a group row (the run is that one line), or null for lines of rows. */
  readonly group: string | null;
}

/** A block's lines cut into its group rows and the runs of row lines between them. */
function runsBetweenGroups(blockLines: readonly TextLine[]): Run[] {
  const out: Run[] = [];
  let rowLines: TextLine[] = [];
  for (const l of blockLines) {
    const group = groupTitle(l);
    if (group === null) {
      rowLines.push(l);
      continue;
    }
    if (rowLines.length) out.push({ lines: rowLines, group: null });
    rowLines = [];
    out.push({ lines: [l], group });
  }
  if (rowLines.length) out.push({ lines: rowLines, group: null });
  return out;
}

/** A group row: its numeral in the first column, its title in the second. */
function groupRow(l: TextLine, title: string, columns: readonly Column[]): Cell[] {
  const text = l.text.trim();
  const lead = l.text.length - l.text.trimStart().length;
  const segs = segmentsOf(l);
  const numeral = (segs.length > 1 ? (segs[0] as Seg).text : text.slice(0, text.length - title.length)).replace(/[.)\s]+$/u, '');
  return columns.map((_, k) => (k === 0 ? { text: numeral, offset: l.at + lead } : k === 1 ? { text: title.trim(), offset: l.at + l.text.lastIndexOf(title) } : { text: '', offset: l.at }));
}

/** The rows of a run of lines, appended to `rows` (the rest of a row cut by a page joins the row above). */
function readRows(blockLines: readonly TextLine[], columns: readonly Column[], numberCol: number, rows: Cell[][]): void {
  // Where the row's lines start a piece: a column two cells share on one line starts there.
  const segs = blockLines.map((l) => segmentsOf(l));
  const starts = new Set(segs.flat().map((p) => p.x));
  // A cut made on one line is where that column starts on the others ("lâm" under "Kiểm").
  const first = segs.map((l) => splitAtColumns(l, columns, starts));
  for (const p of first.flat()) starts.add(p.x);
  const pieces = segs.map((l) => splitAtColumns(l, columns, starts));
  for (const group of byRowNumber(pieces, columns, numberCol)) {
    const cells = cellsOf(group, columns);
    const prev = rows[rows.length - 1];
    // The rest of a row cut by a page break: no number, every piece in lower case.
    if (prev && rows.length > 1 && numberCol >= 0 && !cells[numberCol]?.text && cells.every((c) => !c.text || STARTS_LOWER.test(c.text))) {
      rows[rows.length - 1] = prev.map((c, k) => (cells[k]?.text ? { ...c, text: c.text ? `${c.text} ${cells[k]?.text}` : (cells[k]?.text ?? '') } : c));
    } else rows.push(cells);
  }
}

function spanLines(lines: readonly TextLine[], [a, b]: [number, number]): TextLine[] {
  return lines.slice(a, b + 1);
}

/** One cell per column: the pieces under it, line by line, joined with spaces (joinCellLines). */
function cellsOf(lines: readonly (readonly Seg[])[], columns: readonly Column[]): Cell[] {
  return columns.map((_, k) => {
    const under = lines.flatMap((l) => l.filter((p) => pieceColumn(p, columns) === k));
    return { text: joinCellLines(under.map((p) => p.text)), offset: under[0]?.offset ?? lines.flat()[0]?.offset ?? 0 };
  });
}


/** The text with each table's lines blanked (newlines kept), for the reader of the prose around them. */
export function withoutTables(text: string, tables: readonly SpaceTable[]): string {
  if (!tables.length) return text;
  let out = '';
  let from = 0;
  for (const t of tables) {
    out += text.slice(from, t.offset) + text.slice(t.offset, t.end).replace(/[^\n]/g, ' ');
    from = t.end;
  }
  return out + text.slice(from);
}

function cellText(lines: readonly (readonly Seg[])[], columns: readonly Column[], k: number): string {
  return cellsOf(lines, columns)[k]?.text ?? '';
}
