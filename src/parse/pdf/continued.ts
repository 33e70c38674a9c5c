import type { ReaderFinding } from '../document.js';
import type { PdfBlock, PlacedLine } from './page-blocks.js';
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
      prev.runsOn = block.runsOn ?? false;
      findings.push({ ruleId: 'repair-page-break', severity: 'info', message: msg('parse.pageBreakJoined', { tail: lastWords(tail.text), head: firstWords(head.text) }), source: { kind: 'page', page: head.page, line: head.line, column: 1 } });
      continue;
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
