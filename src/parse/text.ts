import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { defuseMarkdown } from './defuse.js';
import { setAsideTables } from './tab-tables.js';

/**
 * Reads plain text and Markdown with remark. Plain text is parsed as Markdown too: plans typed
 * in a text editor use "- " bullets and blank lines between paragraphs, which remark reads as
 * lists and paragraphs; GFM adds pipe tables for Markdown copies.
 */
export function readText(text: string, index: LineIndex, markdown: boolean): ReadDocument {
  const processor = markdown ? unified().use(remarkParse).use(remarkGfm) : unified().use(remarkParse);
  // remark reads a copy (same length, same lines) without the TAB tables of plain text and
  // with hostile nesting defused; positions point into `text`.
  const { copy, runs } = markdown ? { copy: text, runs: [] } : setAsideTables(text);
  const tree = processor.parse(defuseMarkdown(copy)) as Root;
  return { format: markdown ? 'markdown' : 'text', text, index, tree, notes: [], setAside: runs };
}
