import type { Element } from '@xmldom/xmldom';
import type { PageLine } from './line-index.js';
import type { Styles } from './styles.js';
import { styleHeadingLevel, styleNumbering } from './styles.js';
import type { ListCounters, Numbering } from './numbering.js';
import { levelForStyle } from './numbering.js';
import { isLayoutTable } from './layout-table.js';
import { elements, isW, wAttr, wChild, wChildren, wInt, wVal } from './xml.js';
import { inlineText, textBoxes } from './inline.js';

// Word makes tables of at most 63 columns; a span or grid offset beyond it is a hostile number
// (10^8 would be 10^8 padding cells), capped to it (issue 14).
const MAX_GRID_COLUMNS = 63;
// Tables (and text boxes) nested deeper than this are read as flat paragraphs (issue 14: a
// hostile file nests tables 5,000 deep).
const MAX_TABLE_NESTING = 16;

/** A paragraph as Word shows it: the rebuilt list marker, then its text. */
export interface DocxParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  /** 1-based heading level from a Word heading style or outline level, or null. */
  readonly heading: number | null;
  /** For a PDF: where each line of `text` (split at "\n") was printed. */
  readonly origins?: readonly PageLine[];
}

export interface DocxCell {
  /** The cell's paragraphs joined by line breaks; for a merged-down cell, the merged text. */
  readonly text: string;
  readonly colspan: number;
  /** For a cell merged down (w:vMerge continue): the row and cell index of the cell it continues. */
  readonly mergedFrom: { readonly row: number; readonly cell: number } | null;
}

export interface DocxTable {
  readonly kind: 'table';
  readonly rows: readonly (readonly DocxCell[])[];
  /** For a PDF: where each row's first line was printed. */
  readonly origins?: readonly PageLine[];
}

export type DocxBlock = DocxParagraph | DocxTable;

export interface BodyContext {
  readonly styles: Styles;
  readonly numbering: Numbering;
  readonly counters: ListCounters;
  /** How many paragraphs got a rebuilt list marker (reported as a note). */
  numbered: number;
}

/**
 * Reads the body of word/document.xml into paragraphs and data tables, in document order.
 * Layout tables come out as their cells' paragraphs; numbering is rebuilt in document order,
 * table cells included, because Word's counters run through them.
 */
export function readBody(body: Element, ctx: BodyContext, depth = 0): DocxBlock[] {
  const out: DocxBlock[] = [];
  for (const el of blockElements(body)) {
    if (isW(el, 'p')) {
      out.push(readParagraph(el, ctx));
      if (depth < MAX_TABLE_NESTING) for (const box of textBoxes(el)) out.push(...readBody(box, ctx, depth + 1));
    } else if (isW(el, 'tbl')) out.push(...readTable(el, ctx, depth + 1));
  }
  return out;
}

/**
 * Paragraphs and tables of a container, looking through content controls and custom XML, in
 * document order; an explicit stack, because a hostile file nests w:sdt thousands deep.
 */
function blockElements(parent: Element): Element[] {
  return containedElements(parent, (el) => isW(el, 'p') || isW(el, 'tbl'));
}

/** The elements `wanted` picks out of a container, seen through w:sdt and w:customXml wrappers. */
function containedElements(parent: Element, wanted: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  const stack: Element[] = elements(parent).reverse();
  while (stack.length) {
    const el = stack.pop() as Element;
    if (wanted(el)) out.push(el);
    else if (isW(el, 'sdt')) {
      const content = wChild(el, 'sdtContent');
      if (content) stack.push(...elements(content).reverse());
    } else if (isW(el, 'customXml')) stack.push(...elements(el).reverse());
  }
  return out;
}

function readParagraph(p: Element, ctx: BodyContext): DocxParagraph {
  const pPr = wChild(p, 'pPr');
  const styleId = wVal(pPr, 'pStyle') ?? ctx.styles.defaultParagraph;
  const text = inlineText(p).normalize('NFC');
  const marker = listMarker(pPr, styleId, ctx);
  const outline = wInt(pPr, 'outlineLvl');
  const heading = outline !== null ? (outline < 9 ? outline + 1 : null) : styleHeadingLevel(ctx.styles, styleId);
  return { kind: 'paragraph', text: marker ? `${marker}${text.trimStart()}` : text, heading };
}

/**
 * The marker Word draws for a paragraph in a list. w:numPr may be set on the paragraph or
 * inherited from its style (following w:basedOn); a direct w:numId of 0 removes the style's
 * numbering. Without w:ilvl, a style linked to a list level (w:lvl/w:pStyle) gives the level.
 */
function listMarker(pPr: Element | null, styleId: string | null, ctx: BodyContext): string | null {
  const numPr = wChild(pPr, 'numPr');
  let numId = wInt(numPr, 'numId');
  let ilvl = wInt(numPr, 'ilvl');
  if (numId === null) {
    const inherited = styleNumbering(ctx.styles, styleId);
    if (inherited) {
      numId = inherited.numId;
      ilvl = ilvl ?? inherited.ilvl;
    }
  }
  if (numId === null || numId === 0) return null;
  const level = ilvl ?? levelForStyle(ctx.numbering, numId, styleId) ?? 0;
  const marker = ctx.counters.next(numId, Math.max(0, Math.min(8, level)));
  if (marker) ctx.numbered++;
  return marker;
}

/** A cell as the file lays it out, before merges are resolved (shared with the .doc reader). */
export interface RawCell {
  readonly gridCol: number;
  readonly span: number;
  readonly vMerge: 'restart' | 'continue' | null;
  readonly paragraphs: readonly string[];
}

function readTable(tbl: Element, ctx: BodyContext, depth: number): DocxBlock[] {
  const rows: RawCell[][] = [];
  let columns = 0;
  for (const tr of wChildren(tbl, 'tr')) {
    let gridCol = capSpan(wInt(wChild(tr, 'trPr'), 'gridBefore') ?? 0);
    const cells: RawCell[] = [];
    for (const tc of cellElements(tr)) {
      const tcPr = wChild(tc, 'tcPr');
      const span = Math.max(1, capSpan(wInt(tcPr, 'gridSpan') ?? 1));
      const vMergeEl = wChild(tcPr, 'vMerge');
      const vMerge = vMergeEl ? (wAttr(vMergeEl, 'val') === 'restart' ? 'restart' : 'continue') : null;
      cells.push({ gridCol, span, vMerge, paragraphs: cellParagraphs(tc, ctx, depth) });
      gridCol += span;
    }
    columns = Math.max(columns, gridCol);
    rows.push(cells);
  }
  return tableBlocks(rows, columns);
}

/**
 * A table's rows as blocks: a layout table (header or signature block) as its cells'
 * paragraphs, a data table as one table block with its merges resolved.
 */
export function tableBlocks(rows: readonly RawCell[][], columns: number): DocxBlock[] {
  const texts = rows.flatMap((r) => r.map((c) => c.paragraphs.join('\n')));
  if (isLayoutTable(columns, texts)) {
    // Row by row, left cell then right, one paragraph per cell paragraph (SOURCES.md).
    const out: DocxBlock[] = [];
    for (const row of rows) {
      for (const cell of row) {
        if (cell.vMerge === 'continue') continue;
        for (const text of cell.paragraphs) out.push({ kind: 'paragraph', text, heading: null });
      }
    }
    return out;
  }
  return [{ kind: 'table', rows: resolveMerges(rows) }];
}

/** The cells of a row, looking through content controls around them. */
function cellElements(tr: Element): Element[] {
  return containedElements(tr, (el) => isW(el, 'tc'));
}

/**
 * A cell's paragraphs; a table nested in the cell gives its own cells' paragraphs. Below
 * MAX_TABLE_NESTING, a nested table's paragraphs are read flat, without its cell structure,
 * so that a hostile nesting thousands deep never deepens the call stack (issue 14).
 */
function cellParagraphs(tc: Element, ctx: BodyContext, depth: number): string[] {
  if (depth >= MAX_TABLE_NESTING) return flatParagraphs(tc).map(inlineText).filter((t) => t.trim() !== '');
  const out: string[] = [];
  for (const block of readBody(tc, ctx, depth)) {
    if (block.kind === 'paragraph') {
      if (block.text.trim() !== '') out.push(block.text);
    }
    else for (const row of block.rows) out.push(row.map((c) => c.text).filter((t) => t !== '').join(' '));
  }
  return out;
}

/** Every paragraph inside an element, in document order (an explicit stack). */
function flatParagraphs(root: Element): Element[] {
  const out: Element[] = [];
  const stack: Element[] = elements(root).reverse();
  while (stack.length) {
    const el = stack.pop() as Element;
    if (isW(el, 'p')) out.push(el);
    else stack.push(...elements(el).reverse());
  }
  return out;
}

/** A span or an offset in grid columns, at most the widest table Word makes. */
function capSpan(n: number): number {
  return Math.max(0, Math.min(MAX_GRID_COLUMNS, n));
}

/**
 * Resolves w:vMerge: a "continue" cell takes the text of the cell that starts the merge in the
 * same grid column above (issue 6: the merged value applies to every row it covers).
 */
function resolveMerges(rows: readonly RawCell[][]): DocxCell[][] {
  const out: DocxCell[][] = [];
  const origins: { row: number; cell: number; gridCol: number; text: string }[][] = [];
  rows.forEach((row, r) => {
    const cells: DocxCell[] = [];
    const here: { row: number; cell: number; gridCol: number; text: string }[] = [];
    const before = row[0]?.gridCol ?? 0;
    for (let i = 0; i < before; i++) cells.push({ text: '', colspan: 1, mergedFrom: null });
    for (const cell of row) {
      const text = cell.paragraphs.join('\n').replace(/\t/g, ' ');
      const index = cells.length;
      if (cell.vMerge === 'continue') {
        const origin = origins[r - 1]?.find((o) => o.gridCol === cell.gridCol);
        if (origin) {
          cells.push({ text: origin.text, colspan: cell.span, mergedFrom: { row: origin.row, cell: origin.cell } });
          here.push(origin);
          continue;
        }
      }
      cells.push({ text, colspan: cell.span, mergedFrom: null });
      here.push({ row: r, cell: index, gridCol: cell.gridCol, text });
    }
    origins.push(here);
    out.push(cells);
  });
  return out;
}
