import type { Segment } from './rulings.js';

// pdfplumber's defaults (shared/reference/pdf-tables.md §1): lines within 3 pt snap to one,
// collinear pieces with a gap under 3 pt join, and a crossing is found within 3 pt.
const SNAP = 3;
const JOIN = 3;
const CROSS = 3;
// More line pairs than this on one page is a drawing (a map, a chart): no table is looked for.
const MAX_PAIRS = 2_000_000;

/** A cell of a ruled table: its box, its grid column and span, and the rows it covers. */
export interface GridCell {
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  readonly gridCol: number;
  readonly span: number;
  /** Index of the first band (row) the cell covers and how many it covers. */
  readonly row: number;
  readonly rows: number;
}

/** A table found from ruling lines: its bands (rows, top to bottom) and its cells. */
export interface Grid {
  readonly x0: number;
  readonly x1: number;
  readonly top: number;
  readonly bottom: number;
  /** Top and bottom of each band, top first. */
  readonly bands: readonly (readonly [number, number])[];
  readonly columns: number;
  readonly cells: readonly GridCell[];
}

/**
 * Tables from the page's ruling lines (pdfplumber's "lines" strategy, Camelot's "lattice"):
 * lines are snapped and joined, lines that cross are grouped, and each group with at least two
 * rows and two columns is a table. The rows are the bands between horizontal lines; a row's
 * cells are cut by the vertical lines that cross it, so a cell merged across covers several
 * grid columns; a cell with no line above it continues the cell above (merged down).
 */
export function findGrids(segments: readonly Segment[]): Grid[] {
  const h = join(snap(segments.filter((s) => s.y0 === s.y1), 'y'), 'x');
  const v = join(snap(segments.filter((s) => s.x0 === s.x1), 'x'), 'y');
  if (h.length * v.length > MAX_PAIRS) return [];
  const groups = connect(h, v);
  const grids: Grid[] = [];
  for (const group of groups) {
    const grid = toGrid(group.h, group.v);
    if (grid) grids.push(grid);
  }
  return grids;
}

/** Moves each line's fixed coordinate onto the first one within SNAP of it. */
function snap(lines: readonly Segment[], axis: 'x' | 'y'): Segment[] {
  const key = (s: Segment): number => (axis === 'y' ? s.y0 : s.x0);
  const sorted = [...lines].sort((a, b) => key(a) - key(b));
  let anchor = Number.NaN;
  return sorted.map((s) => {
    if (!(Math.abs(key(s) - anchor) <= SNAP)) anchor = key(s);
    return axis === 'y' ? { ...s, y0: anchor, y1: anchor } : { ...s, x0: anchor, x1: anchor };
  });
}

/** Joins collinear pieces whose gap is under JOIN into one line. */
function join(lines: readonly Segment[], along: 'x' | 'y'): Segment[] {
  const fixed = (s: Segment): number => (along === 'x' ? s.y0 : s.x0);
  const lo = (s: Segment): number => (along === 'x' ? s.x0 : s.y0);
  const hi = (s: Segment): number => (along === 'x' ? s.x1 : s.y1);
  const sorted = [...lines].sort((a, b) => fixed(a) - fixed(b) || lo(a) - lo(b));
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && fixed(last) === fixed(s) && lo(s) <= hi(last) + JOIN) {
      out[out.length - 1] = along === 'x' ? { ...last, x1: Math.max(last.x1, s.x1) } : { ...last, y1: Math.max(last.y1, s.y1) };
    } else out.push(s);
  }
  return out;
}

function crosses(h: Segment, v: Segment): boolean {
  return v.x0 >= h.x0 - CROSS && v.x0 <= h.x1 + CROSS && h.y0 >= v.y0 - CROSS && h.y0 <= v.y1 + CROSS;
}

/** Groups lines that cross, directly or through others (union-find). */
function connect(h: readonly Segment[], v: readonly Segment[]): { h: Segment[]; v: Segment[] }[] {
  const parent = Array.from({ length: h.length + v.length }, (_, i) => i);
  const find = (i: number): number => {
    let r = i;
    while (parent[r] !== r) r = parent[r] as number;
    while (parent[i] !== r) {
      const next = parent[i] as number;
      parent[i] = r;
      i = next;
    }
    return r;
  };
  h.forEach((a, i) => v.forEach((b, j) => {
    if (crosses(a, b)) parent[find(i)] = find(h.length + j);
  }));
  const groups = new Map<number, { h: Segment[]; v: Segment[] }>();
  const group = (i: number) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { h: [], v: [] }));
    return g;
  };
  h.forEach((s, i) => group(i).h.push(s));
  v.forEach((s, j) => group(h.length + j).v.push(s));
  return [...groups.values()];
}

function toGrid(h: readonly Segment[], v: readonly Segment[]): Grid | null {
  const ys = [...new Set(h.map((s) => s.y0))].sort((a, b) => b - a);
  const xs = [...new Set(v.map((s) => s.x0))].sort((a, b) => a - b);
  if (ys.length < 3 || xs.length < 3) return null;
  const column = (x: number): number => xs.indexOf(x);
  const bands: [number, number][] = [];
  for (let k = 0; k + 1 < ys.length; k++) bands.push([ys[k] as number, ys[k + 1] as number]);
  const cells: GridCell[] = [];
  // Cells still open from the band above (their index), by grid column: a cell without a top
  // line goes on.
  let open = new Map<number, number>();
  bands.forEach(([top, bottom], k) => {
    const mid = (top + bottom) / 2;
    const cuts = v.filter((s) => s.y0 <= mid + CROSS && s.y1 >= mid - CROSS).map((s) => s.x0);
    const edges = [...new Set(cuts)].sort((a, b) => a - b);
    const next = new Map<number, number>();
    for (let i = 0; i + 1 < edges.length; i++) {
      const x0 = edges[i] as number;
      const x1 = edges[i + 1] as number;
      const gridCol = column(x0);
      const span = column(x1) - gridCol;
      const ruledAbove = h.some((s) => s.y0 === top && s.x0 <= x0 + (x1 - x0) / 4 && s.x1 >= x1 - (x1 - x0) / 4);
      const aboveIndex = open.get(gridCol);
      const above = aboveIndex === undefined ? undefined : cells[aboveIndex];
      if (!ruledAbove && above && aboveIndex !== undefined && above.span === span) {
        cells[aboveIndex] = { ...above, bottom, rows: above.rows + 1 };
        next.set(gridCol, aboveIndex);
        continue;
      }
      cells.push({ x0, x1, top, bottom, gridCol, span, row: k, rows: 1 });
      next.set(gridCol, cells.length - 1);
    }
    open = next;
  });
  if (!bands.some(([top, bottom]) => cells.filter((c) => c.top >= top - CROSS && c.top <= top + CROSS && c.bottom <= bottom + CROSS).length >= 2)) return null;
  return { x0: xs[0] as number, x1: xs[xs.length - 1] as number, top: ys[0] as number, bottom: ys[ys.length - 1] as number, bands, columns: xs.length - 1, cells };
}
