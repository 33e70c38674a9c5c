import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Node, Root, RootContent } from 'mdast';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { defuseMarkdown } from './defuse.js';
import { setAsideTables } from './tab-tables.js';
import { openLayoutCell } from './layout-cell.js';
import { findSpaceTables, withoutTables } from './space-table.js';

/**
 * Reads plain text with remark: plans typed in a text editor use "- " bullets and blank lines
 * between paragraphs, which remark reads as lists and paragraphs. The TAB tables of plain text
 * are set aside (tab-tables.ts); remark reads the stretches of text between them, each with
 * hostile nesting defused (same length), and their positions are moved to point into `text`.
 */
export function readText(source: string, index: LineIndex): ReadDocument {
  const { text, repairs } = openLayoutCell(source, (offset) => index.locate(offset).line);
  // Tables laid out in spaces are read from their lines; remark reads the text around them.
  const tables = findSpaceTables(text);
  const prose = withoutTables(text, tables);
  const { segments, runs } = setAsideTables(prose);
  const processor = unified().use(remarkParse);
  const children: RootContent[] = [];
  for (const seg of segments) {
    const part = processor.parse(defuseMarkdown(prose.slice(seg.start, seg.end))) as Root;
    if (seg.start > 0) shift(part, seg.start);
    children.push(...part.children);
  }
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: index.lineCount, column: 1, offset: text.length } } };
  const read = tables.map((t) => ({ ruleId: 'repair-space-table', offset: t.offset, message: `a table laid out in spaces was read by the left edges its lines share: ${t.rows[0]?.length ?? 0} columns, ${t.rows.length - 1} rows` }));
  const all = [...repairs, ...read];
  return { format: 'text', text, index, tree, notes: [], setAside: runs, ...(tables.length ? { tables: tables.map((t) => ({ offset: t.offset, rows: t.rows })) } : {}), ...(all.length ? { repairs: all } : {}) };
}

/** Moves every offset of a tree by `by` characters (blocks read offsets only). */
function shift(root: Node, by: number): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop() as Node & { children?: Node[] };
    const p = node.position;
    if (p) {
      if (p.start.offset !== undefined) p.start.offset += by;
      if (p.end.offset !== undefined) p.end.offset += by;
    }
    if (node.children) for (const c of node.children) stack.push(c);
  }
}
