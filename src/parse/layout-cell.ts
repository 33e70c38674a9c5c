/**
 * A web page saved as text (issue 11 layout 4) keeps the page's layout table: the site's own
 * text (its name, a breadcrumb, a metadata box "Số hiệu … Người ký …") in the first column, and
 * the document in a cell to its right, so every line of the document opens with the TAB of the
 * empty cell to its left. Read as written, the issuer is the site's name, the header pairs
 * (issuer | Quốc hiệu) look like three-cell table rows, and the task table runs on into the
 * page's footer links.
 *
 * This pass finds that cell and rewrites the text at the same length (every offset still points
 * into the source): the TAB that opens each line of the cell becomes a space, and the page's
 * own lines around the cell become blank. Each step is a repair reported where it was made.
 */

import { lineSpans, type LineSpan } from './line-spans.js';
import { NUMBER } from '../model/letters.js';
import { msg, type Msg } from '../i18n/index.js';

export interface CellRepair {
  readonly ruleId: 'repair-layout-cell';
  readonly offset: number;
  readonly message: Msg;
}

// A cell holds a document when it opens one: the Quốc hiệu or a "Số: …/…" line (NĐ 30/2020
// Phụ lục I: both stand in the first lines of every administrative document).
export const DOCUMENT_START = new RegExp(String.raw`CỘNG\s+H[OÒ][AÀ]\s+XÃ\s+HỘI|Số\s*:\s*[${NUMBER}.…_\s]*\/`, 'u');
// A document written in a cell has prose in it: a line longer than the few words a header
// cell holds (the header's own cells are a line or two, under this length; layout.ts's
// HEADER_CELL). A table laid out with an empty first column has no such line.
export const CELL_PROSE = 160;
// The cell runs over several lines of the page; one or two TAB lines are a header pair or a
// table row, not a page-layout cell.
export const MIN_CELL_LINES = 3;
// The Quốc hiệu or "Số:" stands in the cell's first lines (the header's pairs: issuer | Quốc
// hiệu, number | place and date); further down it would be a citation in the text.
export const OPENING_LINES = 3;
// The site's text after the cell is a footer of links: a few short lines at most. More, or a
// line that opens with a number (a table row, an item), is the document's and is kept.
export const MAX_PAGE_TAIL = 12;


function isBlank(text: string, l: LineSpan): boolean {
  return text.slice(l.start, l.end).trim() === '';
}

/**
 * The runs of lines that open with a TAB (blank lines inside a run are kept when the next
 * line with text opens with a TAB too), as [first, last] line indexes.
 */
function marginRuns(text: string, lines: readonly LineSpan[]): [number, number][] {
  const runs: [number, number][] = [];
  let first = -1;
  let last = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as LineSpan;
    if (isBlank(text, l)) continue;
    if (text.charCodeAt(l.start) === 9) {
      if (first < 0) first = i;
      last = i;
    } else if (first >= 0) {
      runs.push([first, last]);
      first = -1;
    }
  }
  if (first >= 0) runs.push([first, last]);
  return runs;
}

/** Whether a run of margin lines is a document in a cell: it opens a document and holds prose. */
function holdsDocument(text: string, lines: readonly LineSpan[], [first, last]: [number, number]): boolean {
  let withText = 0;
  let opens = false;
  let prose = false;
  for (let i = first; i <= last; i++) {
    const l = lines[i] as LineSpan;
    const inner = text.slice(l.start + 1, l.end);
    if (!inner.trim()) continue;
    withText++;
    // The document opens the cell: its header stands in the cell's first lines.
    if (withText <= OPENING_LINES && DOCUMENT_START.test(inner)) opens = true;
    if (!inner.includes('\t') && inner.trim().length > CELL_PROSE) prose = true;
  }
  return withText >= MIN_CELL_LINES && opens && prose;
}

/**
 * The text with a page-layout cell that holds the document opened (see the module comment),
 * and the repairs made; the text unchanged when there is no such cell.
 */
export function openLayoutCell(text: string, locateLine: (offset: number) => number = () => 0): { text: string; repairs: CellRepair[] } {
  const lines = lineSpans(text);
  const runs = marginRuns(text, lines).filter((r) => holdsDocument(text, lines, r));
  if (!runs.length) return { text, repairs: [] };
  // The longest cell is the document; a second one would be another part of the page.
  const [first, last] = runs.reduce((a, b) => (b[1] - b[0] > a[1] - a[0] ? b : a));
  const chars = text.split('');
  const repairs: CellRepair[] = [];
  const start = (lines[first] as LineSpan).start;
  const lineNo = (i: number): number => locateLine((lines[i] as LineSpan).start);
  repairs.push({
    ruleId: 'repair-layout-cell',
    offset: start,
    message: msg('parse.layoutCell', { from: String(lineNo(first)), to: String(lineNo(last)) }),
  });
  for (let i = first; i <= last; i++) {
    const l = lines[i] as LineSpan;
    if (text.charCodeAt(l.start) === 9) chars[l.start] = ' ';
  }
  const blank = (from: number, to: number, where: 'before' | 'after'): void => {
    const span = lines.slice(from, to + 1).filter((l) => !isBlank(text, l));
    if (!span.length) return;
    const body = span.map((l) => text.slice(l.start, l.end));
    // Before the cell, the site's text holds no document header of its own; after it, only a
    // short footer with no numbered line.
    if (where === 'before' && body.some((t) => DOCUMENT_START.test(t))) return;
    if (where === 'after' && (span.length > MAX_PAGE_TAIL || body.some((t) => /^\s*\d/u.test(t)))) return;
    for (const l of span) for (let c = l.start; c < l.end; c++) chars[c] = ' ';
    const a = span[0] as LineSpan;
    const b = span[span.length - 1] as LineSpan;
    repairs.push({
      ruleId: 'repair-layout-cell',
      offset: a.start,
      message: msg(where === 'before' ? 'parse.layoutCellBefore' : 'parse.layoutCellAfter', { from: String(locateLine(a.start)), to: String(locateLine(b.start)) }),
    });
  };
  blank(0, first - 1, 'before');
  blank(last + 1, lines.length - 1, 'after');
  return { text: chars.join(''), repairs };
}
