import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root } from 'mdast';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { defuseMarkdown } from './defuse.js';
import { setAsideTables } from './tab-tables.js';

/**
 * Reads plain text with remark: plans typed in a text editor use "- " bullets and blank lines
 * between paragraphs, which remark reads as lists and paragraphs. remark reads a copy (same
 * length, same lines) without the TAB tables of plain text and with hostile nesting defused;
 * positions point into `text`.
 */
export function readText(text: string, index: LineIndex): ReadDocument {
  const { copy, runs } = setAsideTables(text);
  const tree = unified().use(remarkParse).parse(defuseMarkdown(copy)) as Root;
  return { format: 'text', text, index, tree, notes: [], setAside: runs };
}
