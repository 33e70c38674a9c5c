/**
 * Task tables drawn without ruling lines, read by the alignment of their text (pdfplumber's
 * "text" strategy, Camelot's "stream"; shared/reference/pdf-tables.md §2). Only a table whose
 * header row names the task and a unit column is looked for: text alignment alone would take
 * any two-column block or indented list for a table. The table is handed on as a grid of cells
 * (the shape the ruled tables have), so the rest of the reader treats both alike.
 */
import type { TextPiece } from './text-piece.js';
import type { Grid, GridCell } from './grid.js';
import { pieceLines, RUN_GAP } from './lines.js';
import { columnRole } from '../column-roles.js';

// A header cell may wrap: up to this many lines, each within this many font sizes of the last.
const HEADER_LINES = 3;
const HEADER_PITCH = 1.5;
// A header cell's line is a short name ("Cơ quan, đơn vị chủ trì thực hiện" is 33 characters).
const MAX_HEADER_CELL = 60;
// Left edges within this many points are one edge (an exported PDF places a column's text at
// one x); an edge is a column's where this many lines start a run at it (pdfplumber's
// min_words_vertical default).
const EDGE_TOLERANCE = 2;
const MIN_ALIGNED = 3;
// A gap between baselines of more than this many font sizes parts two rows (a cell's lines
// follow each other at about 1.2; rows add the cells' padding).
const ROW_GAP = 1.6;
// A piece's height above its baseline and depth below, in font sizes.
const ASCENT = 0.9;
const DESCENT = 0.3;
// A body needs this many lines at least to be a table.
const MIN_BODY_LINES = 2;
const ROW_NUMBER = /^\d{1,3}\.?$/u;

interface Run {
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
  readonly size: number;
  readonly text: string;
}

/**
 * The borderless task tables among a page's pieces (those outside its ruled tables), as grids.
 * The header gives the columns and their order; each column starts at the left edge its body
 * lines share (a centred header starts right of it); the body runs while each line keeps to
 * the columns, and rows are parted by the wider gaps between them, or by the row numbers where
 * the rows sit close.
 */
export function streamGrids(pieces: readonly TextPiece[]): Grid[] {
  const lines = pieceLines(pieces).map(runsOf);
  const grids: Grid[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = headerAt(lines, i);
    if (!header) continue;
    const grid = tableBelow(lines, header);
    if (!grid) continue;
    grids.push(grid);
    i = Math.max(i, lastLineIn(lines, grid));
  }
  return grids;
}

/** A line's pieces joined into runs where they stand closer than RUN_GAP. */
function runsOf(line: readonly TextPiece[]): Run[] {
  const out: Run[] = [];
  for (const p of [...line].sort((a, b) => a.x - b.x)) {
    const last = out[out.length - 1];
    if (last && p.x - last.x1 < RUN_GAP * Math.max(p.size, 1)) out[out.length - 1] = { ...last, x1: Math.max(last.x1, p.x + p.width), text: `${last.text}${/\s$/.test(last.text) ? '' : ' '}${p.text.trim()}` };
    else out.push({ x0: p.x, x1: p.x + p.width, y: p.y, size: p.size, text: p.text.trim() });
  }
  return out;
}

/** A header row: its cells (runs gathered across its lines), the line after it, its extent. */
interface Header {
  readonly cells: readonly Run[];
  readonly end: number;
  readonly top: number;
  readonly bottom: number;
}

/**
 * The header row starting at line i: up to HEADER_LINES close lines whose runs, gathered into
 * cells where they overlap across the lines, name at least three columns, among them the task
 * and a unit (lead or support).
 */
function headerAt(lines: readonly Run[][], i: number): Header | null {
  // A header row has two cells side by side on its first line at least, short names, one of
  // them a column's (most lines fail here, before any name is looked up twice).
  const first = lines[i] ?? [];
  if (first.length < 2 || first.some((r) => r.text.length > MAX_HEADER_CELL) || !first.some((r) => columnRole(r.text) !== null)) return null;
  let cells: Run[] = [];
  for (let j = i; j < lines.length && j < i + HEADER_LINES; j++) {
    const line = lines[j] as Run[];
    const prev = lines[j - 1];
    if (j > i && prev && (prev[0]?.y ?? 0) - (line[0]?.y ?? 0) > HEADER_PITCH * Math.max(line[0]?.size ?? 1, 1)) break;
    cells = mergeCells(cells, line);
    const roles = cells.map((c) => columnRole(c.text));
    if (cells.length >= 3 && roles.includes('task') && (roles.includes('lead') || roles.includes('support'))) {
      const runs = lines.slice(i, j + 1).flat();
      return { cells, end: j + 1, top: Math.max(...runs.map((r) => r.y + ASCENT * r.size)), bottom: Math.min(...runs.map((r) => r.y - DESCENT * r.size)) };
    }
  }
  return null;
}

/** Header cells with the runs of the next header line added to the cell they overlap. */
function mergeCells(cells: readonly Run[], line: readonly Run[]): Run[] {
  const out = [...cells];
  for (const r of line) {
    const k = out.findIndex((c) => r.x0 < c.x1 && r.x1 > c.x0);
    const c = out[k];
    if (c) out[k] = { ...c, x0: Math.min(c.x0, r.x0), x1: Math.max(c.x1, r.x1), text: `${c.text} ${r.text}` };
    else out.push(r);
  }
  return out.sort((a, b) => a.x0 - b.x0);
}

/** The table under a header: its column starts, body lines and rows, as a grid; or null. */
function tableBelow(lines: readonly Run[][], head: Header): Grid | null {
  const header = head.cells;
  // Lines that may be the body: up to one with a run over two of the header's gaps (prose
  // across the page, a title centred under the table).
  const candidates: Run[][] = [];
  for (let j = head.end; j < lines.length; j++) {
    const line = lines[j] as Run[];
    if (line.some((r) => header.slice(1).filter((h, k) => r.x0 < (header[k] as Run).x1 && r.x1 > h.x0).length >= 2)) break;
    candidates.push(line);
  }
  const starts = columnStarts(header, candidates);
  const body: Run[][] = [];
  for (const line of candidates) {
    if (!line.every((r) => keepsToColumns(r, starts))) break;
    body.push(line);
  }
  if (body.length < MIN_BODY_LINES) return null;
  return gridOf(starts, head, rowsOf(body, starts));
}

/**
 * Where each header column starts: the rightmost shared left edge of the body at or left of the
 * header cell's start (a header centred over its column starts right of the column's text); a
 * column with no such edge starts midway between its header and the one before.
 */
function columnStarts(header: readonly Run[], body: readonly Run[][]): number[] {
  const edges = sharedEdges(body.flatMap((l) => l.map((r) => r.x0)));
  const starts: number[] = [];
  header.forEach((h, k) => {
    const before = starts[k - 1] ?? -Infinity;
    const at = edges.filter((e) => e > before + EDGE_TOLERANCE && e <= h.x0 + EDGE_TOLERANCE);
    const prev = header[k - 1];
    starts.push(at.length ? (at[at.length - 1] as number) : prev ? (prev.x1 + h.x0) / 2 : Math.min(h.x0, ...edges));
  });
  return starts;
}

/** Left edges that MIN_ALIGNED lines share, each the leftmost x of its group. */
function sharedEdges(xs: readonly number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  const flush = (): void => {
    if (group.length >= MIN_ALIGNED) out.push(group[0] as number);
    group = [];
  };
  for (const x of sorted) {
    if (group.length && x - (group[group.length - 1] as number) > EDGE_TOLERANCE) flush();
    group.push(x);
  }
  flush();
  return out;
}

/**
 * Whether a run keeps to the table's columns: it starts at a column's start, or lies inside one
 * column (a centred number or date), and runs over one column start at most.
 */
function keepsToColumns(r: Run, starts: readonly number[]): boolean {
  const over = starts.filter((s) => s > r.x0 + EDGE_TOLERANCE && s < r.x1 - EDGE_TOLERANCE).length;
  if (over > 1) return false;
  if (starts.some((s) => Math.abs(s - r.x0) <= EDGE_TOLERANCE)) return true;
  return over === 0 && r.x0 >= (starts[0] ?? 0) - EDGE_TOLERANCE;
}

/**
 * The body's lines parted into rows: at a gap wider than ROW_GAP; where a group of lines holds
 * more than one row number in the first column (rows set close, numbers at their top), before
 * each number after the first.
 */
function rowsOf(body: readonly Run[][], starts: readonly number[]): Run[][][] {
  const rows: Run[][][] = [];
  let current: Run[][] = [];
  const numbered = (line: readonly Run[]): boolean => line.some((r) => r.x1 <= (starts[1] ?? Infinity) + EDGE_TOLERANCE && ROW_NUMBER.test(r.text));
  for (const line of body) {
    const prev = current[current.length - 1];
    const size = Math.max(line[0]?.size ?? 1, 1);
    if (prev && (prev[0]?.y ?? 0) - (line[0]?.y ?? 0) > ROW_GAP * size) {
      rows.push(current);
      current = [];
    }
    current.push(line);
  }
  if (current.length) rows.push(current);
  return rows.flatMap((row) => {
    if (row.filter(numbered).length < 2) return [row];
    const out: Run[][][] = [];
    for (const line of row) {
      if (numbered(line) || !out.length) out.push([]);
      out[out.length - 1]?.push(line);
    }
    return out;
  });
}

/** The grid of a borderless table: one cell per row and column, bands from the rows' lines. */
function gridOf(starts: readonly number[], head: Header, rows: readonly Run[][][]): Grid {
  const all = rows.flat(2);
  const x0 = Math.min(starts[0] ?? 0, ...all.map((r) => r.x0)) - EDGE_TOLERANCE;
  const x1 = Math.max(...all.map((r) => r.x1), ...head.cells.map((h) => h.x1)) + EDGE_TOLERANCE;
  const xs = [x0, ...starts.slice(1).map((s) => s - EDGE_TOLERANCE), x1];
  const top = (row: readonly Run[][]): number => Math.max(...row.flat().map((r) => r.y + ASCENT * r.size));
  const bottom = (row: readonly Run[][]): number => Math.min(...row.flat().map((r) => r.y - DESCENT * r.size));
  // The header is a band of its own, above the first row; bands meet midway between rows.
  const bounds = [head.top, ...rows.map((row, k) => ((k === 0 ? head.bottom : bottom(rows[k - 1] as Run[][])) + top(row)) / 2), bottom(rows[rows.length - 1] ?? [])];
  const bands: [number, number][] = [];
  for (let k = 0; k + 1 < bounds.length; k++) bands.push([bounds[k] as number, bounds[k + 1] as number]);
  const cells: GridCell[] = [];
  bands.forEach(([t, b], row) => {
    for (let c = 0; c + 1 < xs.length; c++) cells.push({ x0: xs[c] as number, x1: xs[c + 1] as number, top: t, bottom: b, gridCol: c, span: 1, row, rows: 1 });
  });
  return { x0, x1, top: bounds[0] as number, bottom: bounds[bounds.length - 1] as number, bands, columns: xs.length - 1, cells };
}

/** The index of the last line a grid holds (its bottom band's lines). */
function lastLineIn(lines: readonly Run[][], grid: Grid): number {
  let last = -1;
  lines.forEach((l, j) => {
    if ((l[0]?.y ?? Infinity) >= grid.bottom) last = j;
  });
  return last;
}
