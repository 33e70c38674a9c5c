import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { defuseMarkdown } from './defuse.js';
import { setAsideTables } from './tab-tables.js';
import { pieceBounds } from './pieces.js';
import { shiftOffsets } from './shift.js';
import { openLayoutCell } from './layout-cell.js';
import { findSpaceTables, withoutTables } from './space-table.js';
import { msg } from '../i18n/index.js';
import { plainTree } from './plain-blocks.js';

/**
 * Reads plain text as Markdown: plans typed in a text editor use "- " bullets and blank lines
 * between paragraphs, which CommonMark reads as lists and paragraphs. A piece that is only
 * paragraphs, items, rules and plain words is read by plain-blocks.ts (the tree remark would
 * give, without remark's cost on a cold start); any other piece by remark. The TAB tables of plain text
 * are set aside (tab-tables.ts); remark reads the stretches of text between them, in pieces
 * (pieces.ts), each with hostile nesting defused (same length), and their positions are moved
 * to point into `text`.
 */
export function readText(source: string, index: LineIndex): ReadDocument {
  const { text, repairs } = openLayoutCell(source, (offset) => index.locate(offset).line);
  // Tables laid out in spaces are read from their lines; remark reads the text around them.
  const tables = findSpaceTables(text);
  const prose = withoutTables(text, tables);
  const { segments, runs } = setAsideTables(prose);
  let processor: ReturnType<typeof remark> | null = null;
  const children: RootContent[] = [];
  for (const seg of segments) {
    // In pieces: what remark holds while it parses is bounded by a piece (pieces.ts).
    const bounds = pieceBounds(prose, seg.start, seg.end);
    for (let i = 1; i < bounds.length; i++) {
      const start = bounds[i - 1] as number;
      const piece = defuseMarkdown(prose.slice(start, bounds[i]));
      // Text that is only paragraphs, items, rules and plain words is read without remark (plain-blocks.ts).
      const part = plainTree(piece) ?? (processor ??= remark()).parse(piece);
      shiftOffsets(part, start);
      for (const c of part.children) children.push(c);
    }
  }
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: index.lineCount, column: 1, offset: text.length } } };
  const read = tables.map((t) => ({ ruleId: 'repair-space-table', offset: t.offset, message: msg('parse.spaceTable', { columns: t.rows[0]?.length ?? 0, rows: t.rows.length - 1 }) }));
  const all = [...repairs, ...read];
  return { format: 'text', text, index, tree, notes: [], setAside: runs, ...(tables.length ? { tables: tables.map((t) => ({ offset: t.offset, rows: t.rows })) } : {}), ...(all.length ? { repairs: all } : {}) };
}

function remark() {
  return unified().use(remarkParse);
}
