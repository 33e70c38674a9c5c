/**
 * HTML table markup inside a text or Markdown file (issue 11, layout 5): PDF-to-Markdown
 * converters emit `<table><tr><td>…` for the tables they find, and remark passes the markup
 * through as raw HTML. Here the markup is read as a table: rows and cells with their place in
 * the source, a cell spanning columns keeps its colspan, and a cell spanning rows is carried
 * down as a merged cell (the STT of a task with sub-rows). Anything else between the tables
 * stays text. The reader is a bounded scan of tags, not a DOM: nested tables are read as text
 * of the cell that holds them.
 */
import type { Cell, Line } from './text-blocks.js';
import type { PipePiece } from './pipe-tables.js';

const TAG = /<(\/?)([a-z][a-z0-9]*)\b([^<>]*)>/giu;
// A span larger than this is a hostile or broken attribute (issue 14: spans are capped).
export const MAX_SPAN = 64;

export function holdsHtmlTable(text: string): boolean {
  return /<table\b/iu.test(text);
}

interface OpenCell {
  text: string;
  offset: number;
  /** Where each of the cell's lines starts in the source (after a "<br>" or a block tag). */
  starts: number[];
  colspan: number;
  rowspan: number;
}

/** The tables and the text lines between offsets `start` and `end`, in order. */
export function readHtmlTables(text: string, start: number, end: number): PipePiece[] {
  const out: PipePiece[] = [];
  const src = text.slice(start, end);
  let depth = 0;
  let textFrom = 0;
  let rows: Cell[][] = [];
  let row: Cell[] | null = null;
  let cell: OpenCell | null = null;
  let tableAt = 0;
  // Cells spanning down: column → the cell and how many rows it still covers.
  let pending = new Map<number, { cell: Cell; left: number }>();
  const closeCell = (at: number): void => {
    if (!cell || !row) return;
    cell.text += src.slice(cellFrom, at);
    const starts = cell.starts;
    const raw = cell.text.split('\n').map((l, k) => ({ text: decode(l), offset: (starts[k] ?? cell?.offset ?? 0) + (l.length - l.trimStart().length) }));
    const kept = raw.map((l) => ({ text: l.text.replace(/\s+/g, ' ').trim(), offset: l.offset })).filter((l) => l.text);
    const lines = kept.map((l) => l.text);
    const c: Cell = {
      text: lines.join(' '),
      offset: cell.offset,
      ...(cell.colspan > 1 ? { colspan: cell.colspan } : {}),
      ...(lines.length > 1 ? { lines, lineOffsets: kept.map((l) => l.offset) } : {}),
    };
    fillPending(row, pending);
    const col = row.length;
    row.push(c);
    for (let k = 1; k < cell.colspan; k++) row.push({ text: '', offset: cell.offset });
    if (cell.rowspan > 1) pending.set(col, { cell: c, left: cell.rowspan - 1 });
    cell = null;
  };
  const closeRow = (): void => {
    if (!row) return;
    fillPending(row, pending, true);
    if (row.length) rows.push(row);
    row = null;
  };
  let cellFrom = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(src); m; m = TAG.exec(src)) {
    const closing = m[1] === '/';
    const name = (m[2] ?? '').toLowerCase();
    const at = m.index;
    if (name === 'table') {
      if (!closing) {
        depth++;
        if (depth === 1) {
          pushText(out, text, start + textFrom, start + at);
          rows = [];
          pending = new Map();
          tableAt = start + at;
        }
      } else if (depth > 0) {
        depth--;
        if (depth === 0) {
          closeCell(at);
          closeRow();
          if (rows.length) out.push({ kind: 'table', rows, offset: tableAt });
          textFrom = at + m[0].length;
        }
      }
      continue;
    }
    if (depth !== 1) continue;
    if (name === 'tr') {
      closeCell(at);
      closeRow();
      if (!closing) row = [];
    } else if (name === 'td' || name === 'th') {
      closeCell(at);
      if (!closing) {
        row ??= [];
        const attrs = m[3] ?? '';
        cell = { text: '', offset: start + at + m[0].length, starts: [start + at + m[0].length], colspan: span(attrs, 'colspan'), rowspan: span(attrs, 'rowspan') };
        cellFrom = at + m[0].length;
      }
    } else if (cell && (name === 'br' || name === 'p' || name === 'div' || name === 'li')) {
      // A break or a block inside a cell starts a line of its own.
      cell.text += `${src.slice(cellFrom, at)}\n`;
      cellFrom = at + m[0].length;
      cell.starts.push(start + cellFrom);
    } else if (cell) {
      cell.text += src.slice(cellFrom, at);
      cellFrom = at + m[0].length;
    }
  }
  if (depth > 0) {
    closeCell(src.length);
    closeRow();
    if (rows.length) out.push({ kind: 'table', rows, offset: tableAt });
  } else pushText(out, text, start + textFrom, end);
  return out;
}

/** Cells merged down from the rows above take their place in this row. */
function fillPending(row: Cell[], pending: Map<number, { cell: Cell; left: number }>, toEnd = false): void {
  for (;;) {
    const p = pending.get(row.length);
    if (!p) {
      if (!toEnd || ![...pending.keys()].some((k) => k > row.length)) return;
      row.push({ text: '', offset: row[row.length - 1]?.offset ?? 0 });
      continue;
    }
    row.push({ ...p.cell, merged: true });
    if (--p.left <= 0) pending.delete(row.length - 1);
  }
}

function span(attrs: string, name: string): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, 'iu').exec(attrs);
  const n = m?.[1] ? Number(m[1]) : 1;
  return Math.max(1, Math.min(MAX_SPAN, n));
}

function pushText(out: PipePiece[], text: string, from: number, to: number): void {
  const lines: Line[] = [];
  let lineStart = from;
  while (lineStart < to) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0 || lineEnd > to) lineEnd = to;
    const raw = text.slice(lineStart, lineEnd);
    const clean = decode(raw.replace(/<[^<>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
    if (clean) lines.push({ text: clean, offset: lineStart + (raw.length - raw.trimStart().length) });
    lineStart = lineEnd + 1;
  }
  if (lines.length) out.push({ kind: 'text', lines });
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Tags dropped, the common entities decoded. */
function decode(s: string): string {
  return s
    .replace(/<[^<>]*>/g, '')
    .replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/giu, (all, e: string) => {
      if (e[0] === '#') {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
      }
      return ENTITIES[e.toLowerCase()] ?? all;
    });
}
