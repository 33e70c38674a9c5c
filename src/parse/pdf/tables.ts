import type { TextPiece } from './load.js';
import { continuesFigure } from '../cell-lines.js';
import type { Grid, GridCell } from './grid.js';
import { groupLines, lineText } from './lines.js';

/** A cell of a table read from a PDF; a cell merged down repeats in each row it covers. */
export interface PdfCell {
  readonly text: string;
  readonly gridCol: number;
  readonly span: number;
  /** The cell this one repeats, in a row above (merged down), or null. */
  readonly mergedFrom: PdfCell | null;
}

export interface PdfRow {
  readonly page: number;
  /** Line on the page of the row's top. */
  readonly line: number;
  readonly cells: PdfCell[];
}

// A line in a cell that starts like this starts a new line of its own (a list inside a cell);
// any other wrapped line continues the one above.
const CELL_LIST_LINE = /^[-+•]\s/u;
// A piece's middle height above its baseline, in font sizes (about half an x-height).
const MIDDLE = 0.3;

/** Whether a piece's centre lies inside a box (the point pdfplumber assigns text by). */
export function centreIn(p: TextPiece, box: { x0: number; x1: number; top: number; bottom: number }): boolean {
  const cx = p.x + p.width / 2;
  const cy = p.y + p.size * MIDDLE;
  return cx >= box.x0 && cx <= box.x1 && cy <= box.top && cy >= box.bottom;
}

/** The x of the vertical lines between the cells of a table at a piece's height. */
export function rulingsAcross(grid: Grid, p: TextPiece): number[] {
  const cy = p.y + p.size * MIDDLE;
  const edges = new Set<number>();
  for (const c of grid.cells) if (cy <= c.top && cy >= c.bottom && c.x0 > grid.x0) edges.add(c.x0);
  return [...edges];
}

/**
 * The rows of a ruled table with the text of each cell: every piece goes to the cell that
 * holds its centre (pdf-tables.md §1), a cell's lines are rebuilt and joined, and a cell
 * merged down is repeated in every row it covers.
 */
export function gridRows(grid: Grid, pieces: readonly TextPiece[], page: number, lineOf: (y: number) => number): PdfRow[] {
  const inCell = new Map<GridCell, TextPiece[]>();
  for (const p of pieces) {
    const cell = grid.cells.find((c) => centreIn(p, c)) ?? nearestCell(grid, p);
    if (!cell) continue;
    let list = inCell.get(cell);
    if (!list) inCell.set(cell, (list = []));
    list.push(p);
  }
  const placed = new Map<GridCell, PdfCell>();
  return grid.bands.map(([top], k) => {
    const cells: PdfCell[] = [];
    const here = grid.cells.filter((c) => c.row <= k && c.row + c.rows > k).sort((a, b) => a.gridCol - b.gridCol);
    for (const c of here) {
      const first = placed.get(c);
      if (first) {
        cells.push({ text: first.text, gridCol: c.gridCol, span: c.span, mergedFrom: first });
        continue;
      }
      const cell: PdfCell = { text: cellText(inCell.get(c) ?? []), gridCol: c.gridCol, span: c.span, mergedFrom: null };
      placed.set(c, cell);
      cells.push(cell);
    }
    return { page, line: lineOf(top), cells };
  });
}

function nearestCell(grid: Grid, p: TextPiece): GridCell | undefined {
  const cx = p.x + p.width / 2;
  const cy = p.y;
  let best: GridCell | undefined;
  let distance = Infinity;
  for (const c of grid.cells) {
    const dx = Math.max(0, c.x0 - cx, cx - c.x1);
    const dy = Math.max(0, c.bottom - cy, cy - c.top);
    if (dx + dy < distance) {
      distance = dx + dy;
      best = c;
    }
  }
  return best;
}

/** A cell's text: its lines top to bottom, wrapped lines joined with a space (a figure the wrap cut, whole). */
export function cellText(pieces: readonly TextPiece[]): string {
  let out = '';
  for (const line of groupLines(pieces)) {
    const text = lineText(line);
    if (!text) continue;
    out = out === '' ? text : `${out}${CELL_LIST_LINE.test(text) || /;$/.test(out) ? '\n' : continuesFigure(out, text) ? '' : ' '}${text}`;
  }
  return out;
}
