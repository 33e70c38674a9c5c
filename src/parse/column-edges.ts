/**
 * The columns of a table laid out in spaces, found the way pdfplumber's text strategy finds
 * them (shared/reference/pdf-tables.md): left edges of text that line up over several lines of
 * the table, matched in order to the columns its header names. The header's own words may be
 * centred over their column; the body's edges say where each column starts.
 */
import { NUMBER, UPPER } from '../model/letters.js';

/** A run of text on a line between runs of two spaces or more; x is its column on the line. */
export interface Seg {
  readonly text: string;
  readonly x: number;
  readonly offset: number;
}

const STARTS_CAPITAL_OR_DIGIT = new RegExp(String.raw`^[${UPPER}${NUMBER}]`, 'u');

export interface Column {
  /** The left edges of the column's text: from min to max (a converter's positions drift). */
  readonly min: number;
  readonly max: number;
}

// pdftotext -layout sets one column's text a character or two apart from line to line; edges
// this close are one edge.
export const EDGE_GAP = 3;
// An edge is a column's when this many lines start a piece of text at it (pdfplumber's
// min_words_vertical default).
export const MIN_ALIGNED = 3;
// A table has a few columns; more edges than this are a line's words, not columns (and the
// matching below is quadratic in them).
export const MAX_EDGES = 40;
// Header words over one column stand within this many characters of each other.
const HEADER_TOLERANCE = 6;
// How far a piece may start outside a column's edges and still be in it.
const TOLERANCE = 2;
// A piece runs into the next column by at least this much before it is cut there.
const MIN_CROSS = 3;

interface Edge {
  min: number;
  max: number;
  count: number;
}

/** Groups positions that lie within `gap` of the next into edges, with how many lines use each. */
function edgesOf(xs: readonly number[], gap: number): Edge[] {
  const sorted = [...xs].sort((a, b) => a - b);
  const out: Edge[] = [];
  for (const x of sorted) {
    const last = out[out.length - 1];
    if (last && x - last.max <= gap) {
      last.max = x;
      last.count++;
    } else out.push({ min: x, max: x, count: 1 });
  }
  return out;
}

const mid = (e: { min: number; max: number }): number => (e.min + e.max) / 2;

/**
 * The columns: one per column the header names (its words' edges), each taking the body's
 * edges matched to it in order. With more body edges than header columns, neighbouring edges
 * share a column; with fewer, a column keeps its header's place.
 */
export function columnsOf(header: readonly (readonly Seg[])[], body: readonly (readonly Seg[])[]): Column[] {
  const anchors = headerAnchors(header);
  const aligned = edgesOf(body.flat().map((s) => s.x), EDGE_GAP).filter((e) => e.count >= MIN_ALIGNED);
  // The matching is quadratic in the edges: only the best-supported few are matched.
  const edges = aligned.length > MAX_EDGES ? [...aligned].sort((a, b) => b.count - a.count).slice(0, MAX_EDGES).sort((a, b) => a.min - b.min) : aligned;
  const groups = edges.length >= anchors.length ? partition(edges, anchors) : inject(edges, anchors);
  return anchors.map((a, k) => {
    const g = groups[k] ?? [];
    return g.length ? { min: Math.min(...g.map((e) => e.min)), max: Math.max(...g.map((e) => e.max)) } : { min: a, max: a };
  });
}

/**
 * Where the header's columns stand: each piece of its fullest line is a column; a piece of
 * another header line (a name wrapped above or below) is the nearest column's, or a column of
 * its own when none stands within HEADER_TOLERANCE.
 */
function headerAnchors(header: readonly (readonly Seg[])[]): number[] {
  const main = header.reduce<readonly Seg[]>((a, b) => (b.length > a.length ? b : a), []);
  const anchors = main.map((s) => s.x);
  for (const line of header) {
    if (line === main) continue;
    for (const s of line) if (!anchors.some((a) => Math.abs(a - s.x) <= HEADER_TOLERANCE)) anchors.push(s.x);
  }
  return anchors.sort((a, b) => a - b);
}

/** Edges cut into consecutive non-empty groups, one per anchor, nearest in sum (a small DP). */
function partition(edges: readonly Edge[], anchors: readonly number[]): Edge[][] {
  const m = edges.length;
  const n = anchors.length;
  // cost[j][i]: the best cost of giving the first i edges to the first j anchors.
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  const from: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  (cost[0] as number[])[0] = 0;
  for (let j = 1; j <= n; j++) {
    for (let i = j; i <= m - (n - j); i++) {
      let run = 0;
      for (let s = i - 1; s >= j - 1; s--) {
        run += Math.abs(mid(edges[s] as Edge) - (anchors[j - 1] as number));
        const c = (cost[j - 1] as number[])[s] as number;
        if (c + run < ((cost[j] as number[])[i] as number)) {
          (cost[j] as number[])[i] = c + run;
          (from[j] as number[])[i] = s;
        }
      }
    }
  }
  const out: Edge[][] = anchors.map(() => []);
  let i = m;
  for (let j = n; j >= 1; j--) {
    const s = (from[j] as number[])[i] as number;
    out[j - 1] = edges.slice(s, i);
    i = s;
  }
  return out;
}

/** Fewer edges than anchors: each edge to one anchor, in order, nearest in sum. */
function inject(edges: readonly Edge[], anchors: readonly number[]): Edge[][] {
  const m = edges.length;
  const n = anchors.length;
  const cost: number[][] = Array.from({ length: m + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  for (let j = 0; j <= n; j++) (cost[0] as number[])[j] = 0;
  for (let i = 1; i <= m; i++) {
    for (let j = i; j <= n; j++) {
      const skip = (cost[i] as number[])[j - 1] as number;
      const take = ((cost[i - 1] as number[])[j - 1] as number) + Math.abs(mid(edges[i - 1] as Edge) - (anchors[j - 1] as number));
      (cost[i] as number[])[j] = Math.min(skip, take);
    }
  }
  const out: Edge[][] = anchors.map(() => []);
  let j = n;
  for (let i = m; i >= 1; i--) {
    while (j > i && ((cost[i] as number[])[j - 1] as number) <= ((cost[i] as number[])[j] as number)) j--;
    out[j - 1] = [edges[i - 1] as Edge];
    j--;
  }
  return out;
}

/** The column a piece of text starts in: the one whose edges hold it, or the nearest. */
export function pieceColumn(p: Seg, columns: readonly Column[]): number {
  let best = 0;
  let bestDistance = Infinity;
  columns.forEach((c, k) => {
    const d = p.x < c.min - TOLERANCE ? c.min - p.x : p.x > c.max + TOLERANCE ? p.x - c.max : 0;
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * Pieces that run into a later column, two cells one space apart ("khu công nghiệp Công an
 * tỉnh"), cut where that column starts: at a word that starts at one of `starts` (where other
 * lines of the row start a piece), else at the first capitalised word or figure at its edges.
 */
export function splitAtColumns(segs: readonly Seg[], columns: readonly Column[], starts: ReadonlySet<number> = new Set()): Seg[] {
  const out: Seg[] = [];
  for (const seg of segs) {
    let rest = seg;
    // Each cut moves into a later column: at most one cut per column.
    for (let guard = 0; guard < columns.length; guard++) {
      const cut = cutIn(rest, columns, starts);
      if (cut === null) break;
      out.push({ text: rest.text.slice(0, cut).trimEnd(), x: rest.x, offset: rest.offset });
      rest = { text: rest.text.slice(cut), x: rest.x + cut, offset: rest.offset + cut };
    }
    out.push(rest);
  }
  return out;
}

function cutIn(seg: Seg, columns: readonly Column[], starts: ReadonlySet<number>): number | null {
  const home = pieceColumn(seg, columns);
  const end = seg.x + seg.text.length;
  for (let k = home + 1; k < columns.length; k++) {
    const c = columns[k] as Column;
    if (c.min <= seg.x + TOLERANCE || c.min >= end) continue;
    const words: number[] = [];
    for (const m of seg.text.matchAll(/ (?=\S)/gu)) {
      const x = seg.x + m.index + 1;
      if (x >= c.min - TOLERANCE && x <= c.max + TOLERANCE) words.push(m.index + 1);
    }
    // Words within the column's edges before those only within TOLERANCE of them: two cells
    // glued on two lines of a row ("Trung tâm Bảo tồn Thường" over "Di tích Cố đô Huế xuyên")
    // have the later cell's words where the column starts, the earlier cell's just before it.
    const outside = (w: number): number => Math.max(0, c.min - (seg.x + w), seg.x + w - c.max);
    words.sort((a, b) => outside(a) - outside(b) || a - b);
    // Where another line of the row starts this column, any word is cut ("… cao điểm lâm");
    // elsewhere only a capitalised word or a figure well into the column starts a cell.
    const atStart = words.find((w) => starts.has(seg.x + w));
    if (atStart !== undefined) return atStart;
    const capital = c.min < end - MIN_CROSS ? words.find((w) => STARTS_CAPITAL_OR_DIGIT.test(seg.text.slice(w))) : undefined;
    if (capital !== undefined) return capital;
  }
  return null;
}
