/**
 * GFM pipe tables read again from their source lines. A GFM table runs on until a blank line,
 * so in a file with no blank lines (a text copy with one line per paragraph, issue 11 layout 0)
 * remark takes every following line for a row — "KẾ HOẠCH" under the header table, the whole
 * appendix under the signature table — and drops the cells past the header's count. Here a
 * line without a pipe ends the table, a delimiter row under a new header row starts a new
 * table, and each row keeps all its cells.
 */
import type { Cell, Line } from './text-blocks.js';

export type PipePiece =
  | { readonly kind: 'table'; readonly rows: readonly (readonly Cell[])[]; readonly offset: number }
  | { readonly kind: 'text'; readonly lines: readonly Line[] };

const DELIMITER_CELL = /^:?-{1,}:?$/;

/** The tables and text lines between offsets `start` and `end` of `text`, in order. */
export function rereadPipeTable(text: string, start: number, end: number): PipePiece[] {
  const out: PipePiece[] = [];
  let rows: Cell[][] = [];
  let tableOffset = 0;
  let lines: Line[] = [];
  const closeTable = (): void => {
    if (rows.length) out.push({ kind: 'table', rows, offset: tableOffset });
    rows = [];
  };
  const closeText = (): void => {
    if (lines.length) out.push({ kind: 'text', lines });
    lines = [];
  };
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  while (lineStart < end && lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    if (raw.trim() === '') {
      closeTable();
      closeText();
    } else if (!raw.includes('|')) {
      closeTable();
      const lead = raw.length - raw.trimStart().length;
      lines.push({ text: cleanInline(raw.trim()), offset: lineStart + lead });
    } else {
      closeText();
      const cells = splitRow(raw, lineStart);
      if (cells.every((c) => DELIMITER_CELL.test(c.text))) {
        // The row above is a header: it opens a table of its own unless it already does.
        const header = rows.length > 1 ? rows.pop() : undefined;
        if (header) {
          closeTable();
          rows = [header];
          tableOffset = header[0]?.offset ?? lineStart;
        }
      } else {
        if (!rows.length) tableOffset = lineStart;
        rows.push(cells);
      }
    }
    lineStart = lineEnd + 1;
  }
  closeTable();
  closeText();
  return out;
}

/** The cells of one pipe row, each with where its text starts. */
function splitRow(raw: string, at: number): Cell[] {
  const cells: Cell[] = [];
  let cellStart = 0;
  const bounds: [number, number][] = [];
  for (let i = 0; i <= raw.length; i++) {
    if (i === raw.length || (raw[i] === '|' && raw[i - 1] !== '\\')) {
      bounds.push([cellStart, i]);
      cellStart = i + 1;
    }
  }
  // A leading and a trailing pipe leave an empty piece outside the row.
  if (bounds.length > 1 && raw.slice(bounds[0]?.[0] ?? 0, bounds[0]?.[1] ?? 0).trim() === '') bounds.shift();
  const last = bounds[bounds.length - 1];
  if (bounds.length > 1 && last && raw.slice(last[0], last[1]).trim() === '') bounds.pop();
  for (const [from, to] of bounds) {
    const piece = raw.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    cells.push({ text: cleanInline(piece).replace(/\s+/g, ' ').trim(), offset: at + from + lead });
  }
  return cells;
}

/** Emphasis, escapes and line-break tags a cell or line of Markdown may carry. */
function cleanInline(s: string): string {
  return s
    .replace(/<br\s*\/?>/giu, ' ')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](?=\S)|(?<=\S)[*_](?=$|[\s).,;:])/gu, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}
