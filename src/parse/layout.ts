import type { Block, Cell, Line } from './blocks.js';
import { startsLowerCase } from '../input/keys.js';
import { findPageNumbers, findRunningLines } from './page-numbers.js';
import { splitColumns } from './space-columns.js';
import { DOCUMENT_START } from './layout-cell.js';
import { msg, type Msg } from '../i18n/index.js';

/** A repair made while laying the blocks out, reported as an info diagnostic. */
export interface LayoutRepair {
  readonly ruleId: 'repair-page-break' | 'repair-table-row' | 'repair-page-number';
  readonly offset: number;
  readonly message: Msg;
}

/** A table row as read: its cells, and where the row starts. */
export interface Row {
  readonly cells: readonly Cell[];
  readonly offset: number;
}

export type LaidBlock =
  | {
      readonly kind: 'text';
      readonly lines: readonly Line[];
      readonly heading: boolean;
      /** The level of a Markdown heading. */
      readonly depth?: number;
      /**
       * A paragraph boundary stands before the block: a blank line in text, or a paragraph of
       * its own in .docx and HTML. False when the block starts on the line right after the one
       * before (remark cut a list item or a heading out of a run of lines).
       */
      readonly hard?: boolean;
    }
  | { readonly kind: 'table'; readonly rows: readonly Row[]; readonly offset: number };

export interface LayoutOptions {
  /** The text the blocks' offsets point into, to see blank lines between blocks. */
  readonly text?: string;
  /** Every block is a paragraph of its own (.docx, HTML): no blank line is needed to say so. */
  readonly paragraphBlocks?: boolean;
}

// A cell separator in text copies of tables (SOURCES.md: "cells separated by a TAB").
const TAB = '\t';
// A cell longer than this is not a table cell but a document laid inside one cell of a
// page-layout table (a web page saved as text, issue 11 layout 4): its text is prose.
export const DOCUMENT_CELL = 1000;

/**
 * Re-lays remark's blocks the way a reader sees the page: TAB-separated lines become table
 * rows (even when remark split them into paragraphs and code blocks at a page break), a row
 * whose number cell is empty continues the row above, and page numbers standing between the
 * lines are dropped. Each text block says whether a paragraph boundary stands before it.
 */
export function layOut(blocks: readonly Block[], options: LayoutOptions | string = {}): { blocks: LaidBlock[]; repairs: LayoutRepair[] } {
  const { text, paragraphBlocks = false } = typeof options === 'string' ? { text: options } : options;
  const out: LaidBlock[] = [];
  const repairs: LayoutRepair[] = [];
  const pages = findPageNumbers(blocks, text);
  const running = findRunningLines(blocks, pages, text);
  // The right column of a two-column layout table (header block, Nơi nhận | signature),
  // held until the table ends so that each column reads as its own run of lines.
  let right: Line[] = [];
  let lastEnd = -1;
  const hardBefore = (offset: number): boolean => paragraphBlocks || text === undefined || lastEnd < 0 || !adjacent(text, lastEnd, offset);
  const flushRight = (): void => {
    if (right.length) out.push({ kind: 'text', lines: right, heading: false, hard: true });
    right = [];
  };
  for (const block of blocks) {
    const first = block.kind === 'table' ? block.offset : block.lines[0]?.offset ?? 0;
    // A blank line ends a region of two columns, unless the lines after it go on in the two
    // columns (pdftotext -layout spaces the recipient list and the signature block out).
    if (right.length && (text === undefined || !adjacent(text, lastEnd, first)) && !continuesColumns(block, text)) flushRight();
    if (block.kind === 'table') {
      flushRight();
      pushTableRows(out, block.rows.map((cells) => ({ cells, offset: cells[0]?.offset ?? block.offset })), repairs, false);
      lastEnd = Math.max(lastEnd, block.rows[block.rows.length - 1]?.[0]?.offset ?? block.offset);
      continue;
    }
    // Split a text block into runs of table lines and runs of prose lines.
    let prose: Line[] = [];
    let proseHard = false;
    const flush = (): void => {
      if (prose.length) out.push(textBlock(prose, block, proseHard));
      prose = [];
    };
    const addProse = (line: Line): void => {
      if (!prose.length) proseHard = hardBefore(line.offset);
      prose.push(line);
    };
    // A region of two columns goes on across blocks while its right column is open.
    let inColumns = right.length > 0;
    block.lines.forEach((line, i) => {
      if (pages.has(line.offset)) {
        repairs.push({ ruleId: 'repair-page-number', offset: line.offset, message: msg('parse.pageNumber', { text: line.text.trim() }) });
        return;
      }
      if (running.has(line.offset)) {
        repairs.push({ ruleId: 'repair-page-number', offset: line.offset, message: msg('parse.runningHeader', { text: line.text.trim() }) });
        return;
      }
      const split = line.text.includes(TAB) ? tabRow(line) : null;
      const cells = split ? split.cells.length : 1;
      const tableOpen = prose.length === 0 && out[out.length - 1]?.kind === 'table' && right.length === 0;
      // A group row merged across the whole table ("I. NÂNG CAO NHẬN THỨC …") is copied out
      // as a line with no TAB: between two table rows it is a one-cell row, not prose.
      const next = block.lines[i + 1];
      const groupRow = cells === 1 && tableOpen && next !== undefined && next.text.split(TAB).length >= 3;
      if (split && !isNumberedRow(split) && split.cells.some(isDocumentCell)) {
        // A document inside one cell: every cell is prose, in order.
        flushRight();
        for (const c of split.cells) if (c.text) addProse({ text: c.text, offset: c.offset });
      } else if (cells >= 3 || (cells === 2 && tableOpen) || groupRow) {
        flush();
        pushTableRows(out, [split ?? tabRow(line)], repairs, true);
      } else if (split && cells === 2) {
        const [left, rightCell] = split.cells;
        // A paragraph of a .docx set out with a tab stop, or a line indented by a TAB, is
        // prose in place; only a text copy's two-column layout holds a right column.
        if (paragraphBlocks || (!left?.text && !right.length)) {
          for (const c of split.cells) if (c.text) addProse({ text: c.text, offset: c.offset });
        } else {
          if (left?.text) addProse({ text: left.text, offset: left.offset });
          if (rightCell?.text) right.push({ text: rightCell.text, offset: rightCell.offset });
          inColumns = true;
        }
      } else {
        // Two columns side by side in a space-aligned layout (pdftotext -layout).
        const cols = paragraphBlocks ? null : splitColumns(line, inColumns, text === undefined ? 0 : indentOf(text, line.offset));
        if (cols) {
          if (cols.left) addProse(cols.left);
          if (cols.right) right.push(cols.right);
          inColumns = true;
        } else {
          // A line of one column ends the region: the left column's lines, then the right's.
          if (inColumns && right.length) {
            flush();
            flushRight();
          }
          inColumns = false;
          addProse(line);
        }
      }
      lastEnd = line.offset + line.text.length;
    });
    flush();
  }
  flushRight();
  return { blocks: out, repairs };
}

// A cell that opens a whole document: the Quốc hiệu or "Số: …/…" with more text after it than
// a header cell holds (the header's own cells are a line or two, under this length).
export const HEADER_CELL = 160;

// The STT cell of a task row: "2", "2.", "1.1", "IV" (a layout table's cells never open so).
const ROW_NUMBER = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}|[IVXL]{1,6})[.)]?$/u;

/**
 * A row of three or more cells whose first cell is a row number is a task row, however long
 * its cells: a task described in a thousand characters, or a unit cell run long, is still a
 * row of the table, never a document laid in a cell.
 */
function isNumberedRow(row: Row): boolean {
  return row.cells.length >= 3 && ROW_NUMBER.test(row.cells[0]?.text ?? '');
}

/** A page-layout cell holding the document itself, not a table cell (issue 11 layout 4). */
function isDocumentCell(c: Cell): boolean {
  return c.text.length > DOCUMENT_CELL || (c.text.length > HEADER_CELL && DOCUMENT_START.test(c.text));
}

/** Whether a block's first line goes on in the two columns of a space-aligned layout. */
function continuesColumns(block: Block, text: string | undefined): boolean {
  const line = block.kind === 'text' ? block.lines[0] : undefined;
  if (!line || text === undefined || line.text.includes(TAB)) return false;
  return splitColumns(line, true, indentOf(text, line.offset)) !== null;
}

/** The column a line's text starts at in the source (remark trims a paragraph's lines). */
function indentOf(text: string, offset: number): number {
  return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

function textBlock(lines: Line[], block: Extract<Block, { kind: 'text' }>, hard: boolean): LaidBlock {
  return block.depth !== undefined ? { kind: 'text', lines, heading: block.heading, depth: block.depth, hard } : { kind: 'text', lines, heading: block.heading, hard };
}

/**
 * Whether two lines are adjacent in the source (no blank line between them): a layout table
 * written cell by cell ends at the first blank line.
 */
function adjacent(text: string, end: number, start: number): boolean {
  if (end < 0 || start < end) return false;
  const between = text.slice(end, start);
  return !/\n[ \t]*\n/.test(between);
}

function tabRow(line: Line): Row {
  const cells: Cell[] = [];
  let offset = line.offset;
  for (const part of line.text.split(TAB)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.replace(/\s+/g, ' ').trim(), offset: offset + lead });
    offset += part.length + 1;
  }
  return { cells, offset: line.offset };
}

function pushTableRows(out: LaidBlock[], rows: Row[], repairs: LayoutRepair[], fromText: boolean): void {
  const last = out[out.length - 1];
  const table = last?.kind === 'table' && fromText ? (last.rows as Row[]) : null;
  const target: Row[] = table ?? [];
  for (const row of rows) {
    const prev = target[target.length - 1];
    if (prev && fromText && isContinuation(row, prev)) {
      target[target.length - 1] = appendRow(prev, row);
      repairs.push({ ruleId: 'repair-table-row', offset: row.offset, message: msg('parse.tableRowJoined') });
      continue;
    }
    target.push(row);
  }
  if (!table) out.push({ kind: 'table', rows: target, offset: rows[0]?.offset ?? 0 });
}

/**
 * A row that continues the one above after a page break: its first (number) cell is empty,
 * the filled cells are few and each starts in lower case, as the rest of a broken word or
 * phrase does ("\t\t\tquan\t" under "… các sở, ngành liên").
 */
function isContinuation(row: Row, prev: Row): boolean {
  const first = row.cells[0]?.text ?? '';
  if (first !== '') return false;
  const filled = row.cells.filter((c) => c.text !== '');
  const at = row.cells.findIndex((c) => c.text !== '');
  if (filled.length === 0 || !startsLowerCase(filled[0]?.text ?? '')) return false;
  if (filled.length <= Math.max(1, prev.cells.length - 2) && filled.every((c) => startsLowerCase(c.text))) return true;
  // The row above was cut short by the break ("… Hội Liên hiệp Phụ" with its last cells
  // missing): this row holds the rest of its last cell ("nữ tỉnh") and the cells it lacks.
  return prev.cells.length < row.cells.length && at === prev.cells.length - 1;
}

function appendRow(prev: Row, row: Row): Row {
  const width = Math.max(prev.cells.length, row.cells.length);
  const cells: Cell[] = [];
  for (let i = 0; i < width; i++) {
    const c = prev.cells[i];
    const more = row.cells[i];
    if (!c) cells.push(more as Cell);
    else cells.push(more?.text ? { ...c, text: c.text ? `${c.text} ${more.text}` : more.text } : c);
  }
  return { cells, offset: prev.offset };
}
