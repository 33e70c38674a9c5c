import type { ReaderFinding } from '../document.js';
import type { ColumnEdge, Extent, PdfBlock, PlacedLine } from './page-blocks.js';
import type { PdfCell, PdfRow } from './tables.js';
import { STARTS_LOWER } from '../../model/letters.js';
import { msg } from '../../i18n/index.js';

// A line that opens an item of the numbering scheme (NĐ 30/2020: I., 1., a), -, +) starts a
// paragraph of its own even at the top of a page.
const OPENS_ITEM = /^(?:[IVXLC]+\.|\d{1,3}(?:\.\d{1,3})*[.)]|[a-zđ][.)]|[-+•])\s/u;
// A sentence or heading closes with one of these (as layout.ts reads text).
const CLOSED = /[.!?:;…)"”»/]$/u;

/**
 * A paragraph that a page break cut: the last one of a page ran to the right edge without
 * closing its sentence, and the next page opens with a paragraph at the left edge that does not
 * start an item.
 */
function runsOnTo(prev: Extract<PdfBlock, { kind: 'paragraph' }>, next: Extract<PdfBlock, { kind: 'paragraph' }>): boolean {
  const tail = prev.lines[prev.lines.length - 1];
  const head = next.lines[0];
  if (!tail || !head || head.page <= tail.page || !prev.runsOn || !next.atMargin) return false;
  return !CLOSED.test(tail.text.trimEnd()) && !OPENS_ITEM.test(head.text);
}

function lastWords(s: string): string {
  return s.trimEnd().split(/\s+/).slice(-3).join(' ');
}

function firstWords(s: string): string {
  return s.trimStart().split(/\s+/).slice(0, 3).join(' ');
}

/**
 * Joins what a page break cut in two: a paragraph (runsOnTo), and a table (pdf-tables.md §1):
 * a table that opens a page
 * right after a table that closed the page before, with as many grid columns, goes on from it.
 * A repeated header row is dropped, and a first row whose number cell is empty and whose
 * filled cells start in lower case is the rest of the row above, joined to it and reported.
 * A cell merged down that the break cut goes on (see continueMerges).
 */
export function joinAcrossPages(blocks: readonly PdfBlock[], findings: ReaderFinding[]): PdfBlock[] {
  const out: PdfBlock[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'paragraph' && block.kind === 'paragraph' && runsOnTo(prev, block)) {
      const tail = prev.lines[prev.lines.length - 1] as PlacedLine;
      const head = block.lines[0] as PlacedLine;
      prev.lines.push(...block.lines);
      if (prev.extents && block.extents) prev.extents.push(...block.extents);
      prev.runsOn = block.runsOn ?? false;
      findings.push({ ruleId: 'repair-page-break', severity: 'info', message: msg('parse.pageBreakJoined', { tail: lastWords(tail.text), head: firstWords(head.text) }), source: { kind: 'page', page: head.page, line: head.line, column: 1 } });
      continue;
    }
    const rest = prev?.kind === 'table' && block.kind === 'paragraph' ? cellGoingOn(prev, block) : null;
    if (prev?.kind === 'table' && block.kind === 'paragraph' && rest !== null) {
      const last = prev.rows[prev.rows.length - 1] as PdfRow;
      const text = block.lines.slice(0, rest.lines).map((l) => l.text.trim()).join(' ');
      prev.rows[prev.rows.length - 1] = appendRow(last, { ...last, cells: [{ text, gridCol: rest.gridCol, span: 1, mergedFrom: null }] });
      const head = block.lines[0] as PlacedLine;
      findings.push({ ruleId: 'repair-table-row', severity: 'info', message: msg('parse.tableRowJoined'), source: { kind: 'page', page: head.page, line: head.line, column: 1 } });
      block.lines.splice(0, rest.lines);
      block.extents?.splice(0, rest.lines);
      if (block.lines.length === 0) continue;
    }
    const first = block.kind === 'table' ? block.rows[0] : undefined;
    if (block.kind === 'table' && prev?.kind === 'table' && first && prev.columns === block.columns && first.page > (prev.rows[prev.rows.length - 1]?.page ?? 0)) {
      let rows = block.rows;
      if (rows.length > 1 && sameTexts(rows[0] as PdfRow, prev.rows[0] as PdfRow)) rows = rows.slice(1);
      const head = rows[0];
      const last = prev.rows[prev.rows.length - 1];
      if (head && last && continuesRow(head, last)) {
        prev.rows[prev.rows.length - 1] = appendRow(last, head);
        rows = rows.slice(1);
        findings.push({ ruleId: 'repair-table-row', severity: 'info', message: msg('parse.tableRowJoined'), source: { kind: 'page', page: head.page, line: head.line, column: 1 } });
      }
      prev.rows.push(...continueMerges(rows, prev.rows[prev.rows.length - 1]));
      continue;
    }
    out.push(block);
  }
  return out;
}

// Text in a cell starts a little right of the cell's left rule: up to this many font sizes
// (Word's default cell margin is 0.08 inch, under one 12-point font size; LibreOffice's less).
const CELL_INDENT = 1.5;
// The rest of a cell is a few lines; a longer paragraph that fits a column is text of its own.
const MAX_CELL_REST_LINES = 3;

/**
 * A page that opens with a few lines inside one column of the table that closed the page
 * before, set at that column's left edge as the cell's own lines are, is the rest of that cell
 * in the table's last row ("Sở Nông nghiệp và" | overleaf "Môi trường"): its grid column and
 * how many lines, or null. The number column never goes on (a row number is one line), and
 * text wider than one column, or set elsewhere in it (a centred heading), is the page's own.
 */
function cellGoingOn(table: Extract<PdfBlock, { kind: 'table' }>, para: Extract<PdfBlock, { kind: 'paragraph' }>): { gridCol: number; lines: number } | null {
  const last = table.rows[table.rows.length - 1];
  const head = para.lines[0];
  const first = para.extents?.[0];
  if (!last || !head || !first || !table.edges || head.page <= last.page || OPENS_ITEM.test(head.text)) return null;
  const inCell = (e: ColumnEdge, x: Extent): boolean => e.x0 <= x.x0 && x.x1 <= e.x1 && x.x0 - e.x0 <= CELL_INDENT * x.size;
  const edge = table.edges.find((e) => inCell(e, first));
  if (!edge || edge.gridCol === 0) return null;
  const cell = last.cells.find((c) => c.gridCol === edge.gridCol);
  if (!cell || cell.span !== 1 || cell.mergedFrom) return null;
  let lines = 1;
  while (lines < Math.min(MAX_CELL_REST_LINES, para.lines.length) && para.extents?.[lines] && inCell(edge, para.extents[lines] as Extent)) lines += 1;
  // More lines in the column than a cell's rest: a text of its own set narrow.
  if (lines === MAX_CELL_REST_LINES && para.extents?.[lines] && inCell(edge, para.extents[lines] as Extent)) return null;
  return { gridCol: edge.gridCol, lines };
}

function sameTexts(a: PdfRow, b: PdfRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells[i]?.text);
}

/**
 * Whether the first row of a page's table is the rest of the row above: its number cell is
 * empty and it holds some text, in no cell merged across (a group heading). The rest of a word
 * or phrase starts in lower case; a cell whose text went on with a new line (a "- " duty, a
 * unit name) may not, so below a numbered row an empty number also tells where some cells stay
 * empty, as they do where only the longest cells ran over the break.
 */
function continuesRow(row: PdfRow, above: PdfRow): boolean {
  const [number, ...rest] = row.cells;
  const filled = rest.filter((c) => c.text !== '' && !c.mergedFrom);
  if (!number || number.text !== '' || filled.length === 0 || filled.some((c) => c.span > 1)) return false;
  if (filled.every((c) => STARTS_LOWER.test(c.text))) return true;
  return (above.cells[0]?.text ?? '') !== '' && filled.length < rest.length;
}

function appendRow(row: PdfRow, more: PdfRow): PdfRow {
  const cells = row.cells.map((c): PdfCell => {
    const extra = more.cells.find((m) => m.gridCol === c.gridCol && !m.mergedFrom)?.text ?? '';
    return extra ? { ...c, text: c.text ? `${c.text} ${extra}` : extra } : c;
  });
  return { ...row, cells };
}

/**
 * A cell merged down across the page break: the page draws a line under the last row and the
 * continued cell is empty. Where the column's cell in the last row before the break is itself a
 * continuation (the merge was still running) and the first cell below the break is empty, the
 * empty cell — and the rows its own merge covers — take the merged value.
 */
function continueMerges(rows: readonly PdfRow[], last: PdfRow | undefined): PdfRow[] {
  const first = rows[0];
  if (!first || !last) return [...rows];
  const carried = new Map<PdfCell, PdfCell>();
  for (const cell of first.cells) {
    const above = last.cells.find((c) => c.gridCol === cell.gridCol && c.span === cell.span);
    if (cell.text === '' && !cell.mergedFrom && above?.mergedFrom) carried.set(cell, above.mergedFrom);
  }
  if (carried.size === 0) return [...rows];
  return rows.map((row) => ({
    ...row,
    cells: row.cells.map((c) => {
      const origin = carried.get(c) ?? (c.mergedFrom ? carried.get(c.mergedFrom) : undefined);
      return origin ? { ...c, text: origin.text, mergedFrom: origin } : c;
    }),
  }));
}
