import type { PdfLine, Span } from './lines.js';

// Two-column blocks (issuer | motto, Nơi nhận | signature) split the page near its middle: the
// gap must lie in the middle half of the page; a later line's gap may lie up to this share of
// the page width from the first (a long recipient line narrows the gap); a line alone in a
// column lines up with the column within ALIGN font sizes.
const COLUMN_ZONE = 0.25;
const COLUMN_DRIFT = 0.25;
const ALIGN = 2;
// A gap of more than this many font sizes between two lines of a column is the space left for
// the signature (NĐ 30/2020 leaves it between the title and the signer's name; a line and a
// blank line between lines come to about 2.5).
const SIGNING_SPACE = 3.5;

/** A line of a paragraph with the place it was printed. */
export interface PlacedLine {
  readonly text: string;
  readonly page: number;
  readonly line: number;
}

/** One column of a two-column block: its lines and where they sit, to align the next ones. */
interface Side {
  readonly lines: PlacedLine[];
  readonly lefts: number[];
  readonly centres: number[];
  readonly rights: number[];
  /** Baseline and page of the column's last line. */
  last: { y: number; page: number } | null;
  /** A line came after the space left for a signature: the signer's name. */
  signed: boolean;
}

/** An open two-column block: where it splits, and its two columns so far. */
export interface Columns {
  readonly split: number;
  readonly width: number;
  readonly left: Side;
  readonly right: Side;
}

function newSide(): Side {
  return { lines: [], lefts: [], centres: [], rights: [], last: null, signed: false };
}

/** The block's lines, left column first, then right (as a reader reads a layout table). */
export function columnLines(columns: Columns): PlacedLine[] {
  return [...columns.left.lines, ...columns.right.lines];
}

/**
 * Opens a two-column block at a line of spans far apart, or returns null: the header and
 * signature blocks are two halves of the page, so the gap taken is the one nearest the middle
 * of the page, and it must lie in the middle half (the other gaps are blanks left for a number
 * or a date).
 */
export function opensColumns(line: PdfLine, width: number): Columns | null {
  let best: number | null = null;
  for (const mid of gapMiddles(line)) {
    if (mid < width * COLUMN_ZONE || mid > width * (1 - COLUMN_ZONE)) continue;
    if (best === null || Math.abs(mid - width / 2) < Math.abs(best - width / 2)) best = mid;
  }
  return best === null ? null : { split: best, width, left: newSide(), right: newSide() };
}

/**
 * Adds a line to an open block if it goes on with it, and says whether it did. A line of spans
 * with a gap near the block's split does, its spans going to either side of the gap. A single
 * span does when it keeps to one side of the gap the block's lines leave open down the page
 * (right of every left line's end, or left of every right line's start) and lines up with the
 * lines of its column (same left edge, centre or right edge), as the recipients list and the
 * centred signature lines do. A title centred on the page crosses the gap and ends the block.
 * `overleaf`: the line opens the page after the one the block started on.
 */
export function addToColumns(columns: Columns, line: PdfLine, placed: (text: string) => PlacedLine, overleaf = false): boolean {
  const split = columns.left.lines.length + columns.right.lines.length === 0 ? columns.split : nearSplit(columns, line);
  if (split !== null) {
    // A note set between the columns ("(để b/c)" beside a recipient) belongs to the left.
    const rightEdge = columns.right.lefts.length ? Math.min(...columns.right.lefts) : -Infinity;
    const right = line.spans.filter((s) => s.x1 > split && !(s.x1 < rightEdge));
    const left = line.spans.filter((s) => !right.includes(s));
    // Overleaf, a line of two columns goes on with the block only while the signature is still
    // to come and both halves keep to their columns: once the signer's name is printed, a page
    // that opens with two columns is a new block (the header of the plan a Quyết định carries,
    // whose motto may be centred on the signature's axis).
    if (overleaf && (columns.right.signed || !linesUp(columns.left, left, line.size) || !linesUp(columns.right, right, line.size))) return false;
    if (left.length) addToSide(columns.left, left, line, placed);
    if (right.length) addToSide(columns.right, right, line, placed);
    return true;
  }
  const side = sideOf(columns, line);
  if (!side || !linesUp(side, line.spans, line.size)) return false;
  addToSide(side, line.spans, line, placed);
  return true;
}

/** Puts a line printed before the block opened on the side of the split it keeps to. */
export function addAside(columns: Columns, line: PdfLine, placed: PlacedLine): void {
  addToSide((line.spans[0]?.x0 ?? 0) >= columns.split ? columns.right : columns.left, line.spans, line, () => placed);
}

/** Whether spans line up with a column's lines: the same left edge, centre or right edge. */
function linesUp(side: Side, spans: readonly Span[], size: number): boolean {
  if (spans.length === 0) return true;
  const x0 = spans[0]?.x0 ?? 0;
  const x1 = spans[spans.length - 1]?.x1 ?? 0;
  const close = (values: readonly number[], x: number): boolean => values.some((v) => Math.abs(v - x) <= ALIGN * Math.max(size, 1));
  return close(side.lefts, x0) || close(side.centres, (x0 + x1) / 2) || close(side.rights, x1);
}

/** The gap of a line of several spans that lies near the block's split, or null. */
function nearSplit(columns: Columns, line: PdfLine): number | null {
  const near = gapMiddles(line).filter((mid) => Math.abs(mid - columns.split) <= COLUMN_DRIFT * columns.width);
  return near.length ? near.reduce((a, b) => (Math.abs(a - columns.split) <= Math.abs(b - columns.split) ? a : b)) : null;
}

/**
 * The column a line of one span keeps to, or null where it crosses the open gap or stands
 * inside it (a title centred on the page). The gap runs from the right end of the left
 * column's lines to the left start of the right column's; a side with no line yet is bounded by
 * the split.
 */
function sideOf(columns: Columns, line: PdfLine): Side | null {
  const x0 = line.spans[0]?.x0 ?? 0;
  const x1 = line.spans[line.spans.length - 1]?.x1 ?? 0;
  const leftEnd = columns.left.rights.length ? Math.max(...columns.left.rights) : columns.split;
  const rightStart = columns.right.lefts.length ? Math.min(...columns.right.lefts) : columns.split;
  if (x0 >= leftEnd && x1 > rightStart) return columns.right;
  if (x1 <= rightStart && x0 < leftEnd) return columns.left;
  return null;
}

function addToSide(side: Side, spans: readonly Span[], line: PdfLine, placed: (text: string) => PlacedLine): void {
  const x0 = spans[0]?.x0 ?? 0;
  const x1 = spans[spans.length - 1]?.x1 ?? 0;
  const at = placed(spans.map((s) => s.text).join(' '));
  side.lines.push(at);
  side.lefts.push(x0);
  side.centres.push((x0 + x1) / 2);
  side.rights.push(x1);
  if (side.last?.page === at.page && side.last.y - line.y > SIGNING_SPACE * Math.max(line.size, 1)) side.signed = true;
  side.last = { y: line.y, page: at.page };
}

/** Gaps between a line's spans wide enough to part columns, by their middle. */
function gapMiddles(line: PdfLine): number[] {
  const out: number[] = [];
  for (let i = 1; i < line.spans.length; i++) out.push(((line.spans[i - 1] as Span).x1 + (line.spans[i] as Span).x0) / 2);
  return out;
}
