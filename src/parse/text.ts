import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent } from 'mdast';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { defuseMarkdown } from './defuse.js';
import { setAsideTables } from './tab-tables.js';
import { pieceBounds } from './pieces.js';
import { shiftOffsets } from './shift.js';

/**
 * Reads plain text with remark: plans typed in a text editor use "- " bullets and blank lines
 * between paragraphs, which remark reads as lists and paragraphs. The TAB tables of plain text
 * are set aside (tab-tables.ts); remark reads the stretches of text between them, in pieces
 * (pieces.ts), each with hostile nesting defused (same length), and their positions are moved
 * to point into `text`.
 */
export function readText(text: string, index: LineIndex): ReadDocument {
  const { segments, runs } = setAsideTables(text);
  const processor = unified().use(remarkParse);
  const children: RootContent[] = [];
  for (const seg of segments) {
    // In pieces: what remark holds while it parses is bounded by a piece (pieces.ts).
    const bounds = pieceBounds(text, seg.start, seg.end);
    for (let i = 1; i < bounds.length; i++) {
      const start = bounds[i - 1] as number;
      const part = processor.parse(defuseMarkdown(text.slice(start, bounds[i])));
      shiftOffsets(part, start);
      for (const c of part.children) children.push(c);
    }
  }
  const tree: Root = { type: 'root', children, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: index.lineCount, column: 1, offset: text.length } } };
  return { format: 'text', text, index, tree, notes: [], setAside: runs };
}
