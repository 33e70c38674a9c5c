import type { PdfLine, Span } from './lines.js';
import { addAside, addToColumns, columnLines, opensColumns } from './two-columns.js';
import type { Columns, PlacedLine } from './two-columns.js';
import type { PdfRow } from './tables.js';
import { charWeights, widthShare } from './char-widths.js';


export type { PlacedLine };

export type PdfBlock =
  | {
      readonly kind: 'paragraph';
      lines: PlacedLine[];
      /** The last line reaches the right edge: the paragraph may go on after a page break. */
      runsOn?: boolean;
      /** The first line starts at the left edge, like the continuation of a paragraph. */
      atMargin?: boolean;
      /** Where each of the paragraph's lines sits across the page, and its font size. */
      extents?: Extent[];
    }
  | { readonly kind: 'table'; readonly columns: number; rows: PdfRow[]; readonly edges?: readonly ColumnEdge[] };

/** A line's left and right edges and its font size, in points. */
export interface Extent {
  readonly x0: number;
  readonly x1: number;
  readonly size: number;
}

/** The left and right edges of a grid column (cells spanning one column). */
export interface ColumnEdge {
  readonly gridCol: number;
  readonly x0: number;
  readonly x1: number;
}

/** What a page holds in reading order: lines (with their number on the page) and tables. */
export type PageElement =
  | { readonly kind: 'line'; readonly line: PdfLine; readonly number: number }
  | { readonly kind: 'table'; readonly top: number; readonly columns: number; readonly rows: PdfRow[]; readonly edges?: readonly ColumnEdge[] };

// A gap between baselines wider than this many times the page's usual one is space between
// paragraphs (Word's "spacing before/after").
const PARAGRAPH_GAP = 1.25;
// A line that starts this many font sizes right of the line above opens a paragraph (a
// first-line indent); a space is about a quarter of the font size.
const INDENT = 1;
const WORD_SPACE = 0.25;
// The first word's width is estimated from its share of the line's characters (char-widths);
// a word fits only with this many font sizes to spare.
const FIT_MARGIN = 1;
// A page's last line this close to the right edge (in font sizes) may run on to the next page.
const RUNS_ON = 3;
// Lines of a closing block stand at most a line and a blank line apart (about 2.5 font sizes;
// double-spaced recipients 2): a wider gap above a line is the end of what came before.
const ASIDE_GAP = 2.5;
// A change of font size by more than this share starts a new paragraph (a heading, a title).
const SIZE_CHANGE = 0.15;
interface Metrics {
  readonly left: number;
  readonly right: number;
  readonly pitch: number;
}

/** A page's blocks, and the two-column block still open at its foot (it may go on overleaf). */
export interface PageBlocks {
  readonly blocks: PdfBlock[];
  readonly columns: Columns | null;
}

/**
 * Turns a page's elements into blocks, top to bottom. A line of two spans far apart opens a
 * two-column block, which runs while the lines keep to one side of the gap: it is written left
 * column first, then right, one paragraph per line, as the .docx reader writes a layout table.
 * A block still open at the foot of the page is handed back, and goes on at the top of the next
 * page while that page's lines keep to its columns (a closing whose recipients and signature
 * run onto the next page). Other lines make paragraphs, a new one starting after a wider gap,
 * after a short line, at a first-line indent or at a change of font size.
 */
export function pageBlocks(page: number, width: number, elements: readonly PageElement[], carried: Columns | null = null): PageBlocks {
  const metrics = measure(elements);
  const out: PdfBlock[] = [];
  let open: { block: Extract<PdfBlock, { kind: 'paragraph' }>; line: PdfLine } | null = null;
  let columns: Columns | null = carried;
  // The lines written as paragraphs since the last table or two-column block, with their block.
  let loose: Loose[] = [];
  // The page's first line, which a block carried from the page before must fit strictly.
  const firstLine = elements.find((e) => e.kind === 'line');
  const closeColumns = (): void => {
    if (columns) out.push(...columnParagraphs(columns));
    columns = null;
  };
  for (const el of elements) {
    if (el.kind === 'table') {
      closeColumns();
      open = null;
      loose = [];
      out.push(el.edges ? { kind: 'table', columns: el.columns, rows: el.rows, edges: el.edges } : { kind: 'table', columns: el.columns, rows: el.rows });
      continue;
    }
    const { line, number } = el;
    const placed = (text: string): PlacedLine => ({ text, page, line: number });
    const overleaf = columns !== null && columns === carried && el === firstLine;
    if (columns && !addToColumns(columns, line, placed, overleaf)) closeColumns();
    if (!columns) {
      columns = opensColumns(line, width);
      if (columns) {
        takeAside(columns, line, loose, out);
        addToColumns(columns, line, placed);
      }
    }
    if (columns) {
      open = null;
      loose = [];
      continue;
    }
    const text = line.spans.map((s) => s.text).join(' ');
    if (open && !startsParagraph(open.line, line, metrics)) {
      const at = placed(text);
      open.block.lines.push(at);
      widen(open.block, line);
      open.line = line;
      loose.push({ line, placed: at, block: open.block });
      continue;
    }
    const at = placed(text);
    const block: Extract<PdfBlock, { kind: 'paragraph' }> = { kind: 'paragraph', lines: [at], atMargin: (line.spans[0]?.x0 ?? 0) <= metrics.left + INDENT * line.size };
    widen(block, line);
    out.push(block);
    open = { block, line };
    loose.push({ line, placed: at, block });
  }
  const last = out[out.length - 1];
  if (!columns && open && last === open.block) open.block.runsOn = (open.line.spans[open.line.spans.length - 1]?.x1 ?? 0) >= metrics.right - RUNS_ON * open.line.size;
  return { blocks: out, columns };
}

/** Notes where a line just added to the paragraph sits. */
function widen(block: Extract<PdfBlock, { kind: 'paragraph' }>, line: PdfLine): void {
  const x0 = line.spans[0]?.x0 ?? 0;
  (block.extents ??= []).push({ x0, x1: line.spans[line.spans.length - 1]?.x1 ?? x0, size: line.size });
}

interface Loose {
  readonly line: PdfLine;
  readonly placed: PlacedLine;
  readonly block: Extract<PdfBlock, { kind: 'paragraph' }>;
}

/**
 * A block's first lines printed before the line that opened it: the signature's first line set
 * a little above the recipients' row it stands beside ("KT. BỘ TRƯỞNG" between "- Thủ tướng …"
 * and "- Bộ trưởng …" | "THỨ TRƯỞNG") is a line alone in the right column. The lines just above
 * the opening line that keep to one side of its split, back to the highest one in the right
 * column, move into the block; a line that crosses the split (the body's text) or a gap wider
 * than the block's rows stops the search, and lines left of the split above the highest right
 * one stay where they are (the body's short last line, "Nơi nhận:").
 */
function takeAside(columns: Columns, opening: PdfLine, loose: readonly Loose[], out: PdfBlock[]): void {
  let from = -1;
  let below = opening;
  for (let i = loose.length - 1; i >= 0; i -= 1) {
    const line = (loose[i] as Loose).line;
    const x0 = line.spans[0]?.x0 ?? 0;
    const x1 = line.spans[line.spans.length - 1]?.x1 ?? 0;
    if (line.y - below.y > ASIDE_GAP * Math.max(line.size, 1) || (x0 < columns.split && x1 > columns.split)) break;
    if (x0 >= columns.split) from = i;
    below = line;
  }
  if (from < 0) return;
  for (const l of loose.slice(from)) {
    const at = l.block.lines.indexOf(l.placed);
    l.block.lines.splice(at, 1);
    l.block.extents?.splice(at, 1);
    if (l.block.lines.length === 0) out.splice(out.indexOf(l.block), 1);
    addAside(columns, l.line, l.placed);
  }
}

/** A two-column block as paragraphs of one line each, left column first. */
export function columnParagraphs(columns: Columns): PdfBlock[] {
  return columnLines(columns).map((l) => ({ kind: 'paragraph', lines: [l] }));
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

/** The width of a span's first word, in proportion to its estimated share of the span. */
function firstWordWidth(span: Span): number {
  const space = span.text.indexOf(' ');
  return (span.x1 - span.x0) * widthShare(charWeights(span.text), 0, space < 0 ? [...span.text].length : [...span.text.slice(0, space)].length);
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
