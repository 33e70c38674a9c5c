import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { defuseMarkdown } from './defuse.js';

/**
 * Reads Markdown copies of plans: remark with GFM for the pipe tables of an appendix. Its own
 * module, loaded only for Markdown files: remark-gfm brings GFM's serialisers with it, which
 * reading a text plan does not need (start-up time, issue 8).
 */
export function readMarkdown(text: string, index: LineIndex): ReadDocument {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(defuseMarkdown(text)) as Root;
  return { format: 'markdown', text, index, tree, notes: [] };
}
