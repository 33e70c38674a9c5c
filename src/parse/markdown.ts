import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root, RootContent, Table } from 'mdast';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { defuseMarkdown } from './defuse.js';
import { pieceBounds } from './pieces.js';
import { shiftOffsets } from './shift.js';

/**
 * Reads Markdown copies of plans: remark with GFM for the pipe tables of an appendix. Its own
 * module, loaded only for Markdown files: remark-gfm brings GFM's serialisers with it, which
 * reading a text plan does not need (start-up time, issue 8).
 *
 * remark reads the text in pieces (pieces.ts), so that the memory one parse holds is bounded.
 * A piece may end inside a pipe table (an appendix of thousands of rows has no blank line):
 * the next piece is then read with the table's header and delimiter rows in front of it, as
 * GFM needs them to know a row, and its rows are added to the table.
 */
export function readMarkdown(text: string, index: LineIndex): ReadDocument {
  const processor = unified().use(remarkParse).use(remarkGfm);
  const children: RootContent[] = [];
  const bounds = pieceBounds(text, 0, text.length);
  let openTable: { node: Table; header: string } | null = null;
  for (let i = 1; i < bounds.length; i++) {
    const start = bounds[i - 1] as number;
    const end = bounds[i] as number;
    const prefix = openTable === null ? '' : openTable.header;
    const part = processor.parse(defuseMarkdown(prefix + text.slice(start, end)));
    shiftOffsets(part, start - prefix.length);
    let rest = part.children;
    const first = rest[0];
    if (openTable !== null && first?.type === 'table' && first.position?.start.offset === start - prefix.length) {
      // The repeated header is dropped; the rows continue the table of the last piece.
      for (const row of first.children.slice(1)) openTable.node.children.push(row);
      if (openTable.node.position && first.position) openTable.node.position.end = first.position.end;
      rest = rest.slice(1);
    }
    for (const c of rest) children.push(c);
    openTable = tableRunningTo(children, text, end, i + 1 < bounds.length);
  }
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: index.lineCount, column: 1, offset: text.length } } };
  return { format: 'markdown', text, index, tree, notes: [] };
}

/**
 * The table the last piece ended in, with its header and delimiter lines, when the piece was
 * cut inside it (the table reaches the cut and the cut is not after a blank line).
 */
function tableRunningTo(children: readonly RootContent[], text: string, cut: number, more: boolean): { node: Table; header: string } | null {
  const last = children[children.length - 1];
  if (!more || last?.type !== 'table' || last.position?.end.offset === undefined || last.position.start.offset === undefined) return null;
  if (/\n[ \t]*\n$/.test(text.slice(Math.max(0, cut - 64), cut)) || text.slice(last.position.end.offset, cut).trim() !== '') return null;
  const start = last.position.start.offset;
  const firstEnd = text.indexOf('\n', start);
  const secondEnd = firstEnd < 0 ? -1 : text.indexOf('\n', firstEnd + 1);
  if (secondEnd < 0) return null;
  return { node: last, header: text.slice(start, secondEnd + 1) };
}
