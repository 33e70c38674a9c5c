import type { PdfLine, Span } from './lines.js';
import type { PdfRow } from './tables.js';
import { UPPER } from '../../model/letters.js';

const CAPITAL_OR_DIGIT = new RegExp(String.raw`[${UPPER}]|\d`, 'u');

/** A line of a paragraph with the place it was printed. */
export interface PlacedLine {
  readonly text: string;
  readonly page: number;
  readonly line: number;
}

export type PdfBlock =
  | {
      readonly kind: 'paragraph';
      lines: PlacedLine[];
      /** The last line reaches the right edge: the paragraph may go on after a page break. */
      runsOn?: boolean;
      /** The first line starts at the left edge, like the continuation of a paragraph. */
      atMargin?: boolean;
    }
  | { readonly kind: 'table'; readonly columns: number; rows: PdfRow[] };

/** What a page holds in reading order: lines (with their number on the page) and tables. */
export type PageElement =
  | { readonly kind: 'line'; readonly line: PdfLine; readonly number: number }
  | { readonly kind: 'table'; readonly top: number; readonly columns: number; readonly rows: PdfRow[] };

// A gap between baselines wider than this many times the page's usual one is space between
// paragraphs (Word's "spacing before/after").
const PARAGRAPH_GAP = 1.25;
// A line that starts this many font sizes right of the line above opens a paragraph (a
// first-line indent); a space is about a quarter of the font size.
const INDENT = 1;
const WORD_SPACE = 0.25;
// The first word's width is estimated from its share of the line's characters, capitals
// counted wider; a word fits only with this many font sizes to spare.
const FIT_MARGIN = 1;
const CAPITAL_WIDTH = 1.35;
// A page's last line this close to the right edge (in font sizes) may run on to the next page.
const RUNS_ON = 3;
// A change of font size by more than this share starts a new paragraph (a heading, a title).
const SIZE_CHANGE = 0.15;
// Two-column blocks (issuer | motto, Nơi nhận | signature) split the page near its middle: the
// gap must lie in the middle half of the page; a later line's gap may lie up to this share of
// the page width from the first (a long recipient line narrows the gap); a line alone in a
// column lines up with the column within ALIGN font sizes.
const COLUMN_ZONE = 0.25;
const COLUMN_DRIFT = 0.25;
const ALIGN = 2;

interface Metrics {
  readonly left: number;
  readonly right: number;
  readonly pitch: number;
}

/**
 * Turns a page's elements into blocks, top to bottom. A line of two spans far apart opens a
 * two-column block, which runs while the lines keep to one side of the gap: it is written left
 * column first, then right, one paragraph per line, as the .docx reader writes a layout table.
 * Other lines make paragraphs, a new one starting after a wider gap, after a short line, at a
 * first-line indent or at a change of font size.
 */
export function pageBlocks(page: number, width: number, elements: readonly PageElement[]): PdfBlock[] {
  const metrics = measure(elements);
  const out: PdfBlock[] = [];
  let open: { block: Extract<PdfBlock, { kind: 'paragraph' }>; line: PdfLine } | null = null;
  let columns: Columns | null = null;
  const closeColumns = (): void => {
    if (!columns) return;
    for (const l of [...columns.left.lines, ...columns.right.lines]) out.push({ kind: 'paragraph', lines: [l] });
    columns = null;
  };
  for (const el of elements) {
    if (el.kind === 'table') {
      closeColumns();
      open = null;
      out.push({ kind: 'table', columns: el.columns, rows: el.rows });
      continue;
    }
    const { line, number } = el;
    const placed = (text: string): PlacedLine => ({ text, page, line: number });
    let split: number | null = columns ? continuesColumns(columns, line) : null;
    if (split === null) {
      closeColumns();
      split = opensColumns(line, width);
      if (split !== null) columns = { split, width, left: newSide(), right: newSide() };
    }
    if (columns && split !== null) {
      open = null;
      // A note set between the columns ("(để b/c)" beside a recipient) belongs to the left.
      const rightEdge = columns.right.lefts.length ? Math.min(...columns.right.lefts) : -Infinity;
      const right = line.spans.filter((s) => s.x1 > split && !(s.x1 < rightEdge));
      const left = line.spans.filter((s) => !right.includes(s));
      if (left.length) addToSide(columns.left, left, placed);
      if (right.length) addToSide(columns.right, right, placed);
      continue;
    }
    const text = line.spans.map((s) => s.text).join(' ');
    if (open && !startsParagraph(open.line, line, metrics)) {
      open.block.lines.push(placed(text));
      open.line = line;
      continue;
    }
    const block: Extract<PdfBlock, { kind: 'paragraph' }> = { kind: 'paragraph', lines: [placed(text)], atMargin: (line.spans[0]?.x0 ?? 0) <= metrics.left + INDENT * line.size };
    out.push(block);
    open = { block, line };
  }
  closeColumns();
  const last = out[out.length - 1];
  if (open && last === open.block) open.block.runsOn = (open.line.spans[open.line.spans.length - 1]?.x1 ?? 0) >= metrics.right - RUNS_ON * open.line.size;
  return out;
}

/** One column of a two-column block: its lines and where they sit, to align the next ones. */
interface Side {
  lines: PlacedLine[];
  lefts: number[];
  centres: number[];
  rights: number[];
}

interface Columns {
  readonly split: number;
  readonly width: number;
  readonly left: Side;
  readonly right: Side;
}

function newSide(): Side {
  return { lines: [], lefts: [], centres: [], rights: [] };
}

function addToSide(side: Side, spans: readonly Span[], placed: (text: string) => PlacedLine): void {
  const x0 = spans[0]?.x0 ?? 0;
  const x1 = spans[spans.length - 1]?.x1 ?? 0;
  side.lines.push(placed(spans.map((s) => s.text).join(' ')));
  side.lefts.push(x0);
  side.centres.push((x0 + x1) / 2);
  side.rights.push(x1);
}

/** Gaps between a line's spans wide enough to part columns, by their middle. */
function gapMiddles(line: PdfLine): number[] {
  const out: number[] = [];
  for (let i = 1; i < line.spans.length; i++) out.push(((line.spans[i - 1] as Span).x1 + (line.spans[i] as Span).x0) / 2);
  return out;
}

/**
 * The x that splits a line into two columns, or null: the header and signature blocks are two
 * halves of the page, so the gap taken is the one nearest the middle of the page, and it must
 * lie in the middle half (the other gaps are blanks left for a number or a date).
 */
function opensColumns(line: PdfLine, width: number): number | null {
  let best: number | null = null;
  for (const mid of gapMiddles(line)) {
    if (mid < width * COLUMN_ZONE || mid > width * (1 - COLUMN_ZONE)) continue;
    if (best === null || Math.abs(mid - width / 2) < Math.abs(best - width / 2)) best = mid;
  }
  return best;
}

/**
 * Whether a line goes on with an open two-column block, and where it splits: a line of spans
 * with a gap near the block's split does; a single span does when it lines up with the lines
 * of its column (same left edge, centre or right edge), as the recipients list and the centred
 * signature lines do. A title centred on the page lines up with neither and ends the block.
 */
function continuesColumns(columns: Columns, line: PdfLine): number | null {
  const size = Math.max(line.size, 1);
  const near = gapMiddles(line).filter((mid) => Math.abs(mid - columns.split) <= COLUMN_DRIFT * columns.width);
  if (near.length) return near.reduce((a, b) => (Math.abs(a - columns.split) <= Math.abs(b - columns.split) ? a : b));
  const x0 = line.spans[0]?.x0 ?? 0;
  const x1 = line.spans[line.spans.length - 1]?.x1 ?? 0;
  // The right column begins where its lines begin; a left line may reach the first split.
  const boundary = columns.right.lefts.length ? Math.min(...columns.right.lefts) : columns.split;
  if (x0 < boundary && x1 > boundary) return null;
  const side = x0 >= boundary ? columns.right : columns.left;
  const close = (values: readonly number[], x: number): boolean => values.some((v) => Math.abs(v - x) <= ALIGN * size);
  return close(side.lefts, x0) || close(side.centres, (x0 + x1) / 2) || close(side.rights, x1) ? columns.split : null;
}

function startsParagraph(prev: PdfLine, line: PdfLine, m: Metrics): boolean {
  const size = Math.max(line.size, 1);
  const prevSpan = prev.spans[prev.spans.length - 1];
  const first = line.spans[0];
  if (!prevSpan || !first) return true;
  if (prev.y - line.y > PARAGRAPH_GAP * m.pitch) return true;
  // The line above ended by choice, not by wrapping, when this line's first word would have
  // fitted after it (with ragged-right text, any line may stop short of the margin).
  if (prevSpan.x1 + (WORD_SPACE + FIT_MARGIN) * size + firstWordWidth(first) < m.right) return true;
  if (first.x0 > (prev.spans[0]?.x0 ?? 0) + INDENT * size) return true;
  return Math.abs(line.size - prev.size) > SIZE_CHANGE * Math.max(prev.size, 1);
}

/** The width of a span's first word, in proportion to its share of the span's characters. */
function firstWordWidth(span: Span): number {
  const weight = (text: string): number => [...text].reduce((n, ch) => n + (ch === ' ' ? 0.5 : CAPITAL_OR_DIGIT.test(ch) ? CAPITAL_WIDTH : 1), 0);
  const total = weight(span.text);
  return total ? ((span.x1 - span.x0) * weight(span.text.split(' ')[0] ?? '')) / total : 0;
}

/** The text's left and right edges and the usual gap between baselines on the page. */
function measure(elements: readonly PageElement[]): Metrics {
  const lines = elements.flatMap((e) => (e.kind === 'line' && e.line.spans.length === 1 ? [e.line] : []));
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const gap = (lines[i - 1] as PdfLine).y - (lines[i] as PdfLine).y;
    if (gap > 0) gaps.push(gap);
  }
  gaps.sort((a, b) => a - b);
  const size = lines[0]?.size ?? 12;
  return {
    left: Math.min(...lines.map((l) => l.spans[0]?.x0 ?? Infinity)),
    right: Math.max(...lines.map((l) => l.spans[l.spans.length - 1]?.x1 ?? -Infinity)),
    pitch: gaps[Math.floor(gaps.length / 2)] ?? size * 1.2,
  };
}
