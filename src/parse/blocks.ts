import type { Root, RootContent, PhrasingContent, Table } from 'mdast';
import type { ReadDocument } from './document.js';

/** One line of text as the document shows it, with where it starts in ReadDocument.text. */
export interface Line {
  readonly text: string;
  readonly offset: number;
}

export interface Cell {
  readonly text: string;
  readonly offset: number;
  /** Columns this cell spans (a group row merged across the table). */
  readonly colspan?: number;
  /** The cell repeats a value merged down from the row above. */
  readonly merged?: boolean;
}

export type Block =
  | { readonly kind: 'text'; readonly lines: readonly Line[]; readonly heading: boolean }
  | { readonly kind: 'table'; readonly rows: readonly (readonly Cell[])[]; readonly offset: number };

// A list marker that remark moved out of the paragraph ("- ", "1. ", "+ ", "* ").
const LIST_PREFIX = /^\s{0,3}(?:[-+*•]|\d{1,9}[.)])\s*$/;

/**
 * Turns an mdast tree into blocks of lines and tables. remark supplies block boundaries,
 * tables and positions; its list structure is not used, because plan numbering is not Markdown
 * numbering ("a)" lines become lazy continuations of "1." items). Each line keeps its list
 * marker so the numbering lexer sees what a reader sees.
 */
export function toBlocks(doc: ReadDocument): Block[] {
  const blocks: Block[] = [];
  const visit = (node: RootContent | Root): void => {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const lines = inlineLines(doc, node.children, node.position?.start.offset ?? 0);
        if (lines.length) blocks.push({ kind: 'text', lines, heading: node.type === 'heading' });
        return;
      }
      case 'code':
      case 'html': {
        const lines = sourceLines(doc.text, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        if (lines.length) blocks.push({ kind: 'text', lines, heading: false });
        return;
      }
      case 'table':
        blocks.push(tableBlock(node));
        return;
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) visit(child);
    }
  };
  visit(doc.tree);
  return blocks;
}

function tableBlock(node: Table): Block {
  const rows = node.children.map((row) =>
    row.children.map((cell): Cell => {
      const data = (cell.data ?? {}) as { colspan?: number; merged?: boolean };
      const text = flatten(cell.children).replace(/\s+/g, ' ').trim();
      return {
        text,
        offset: cell.position?.start.offset ?? row.position?.start.offset ?? 0,
        ...(data.colspan && data.colspan > 1 ? { colspan: data.colspan } : {}),
        ...(data.merged ? { merged: true } : {}),
      };
    }),
  );
  return { kind: 'table', rows, offset: node.position?.start.offset ?? 0 };
}

function flatten(children: readonly PhrasingContent[]): string {
  let s = '';
  for (const c of children) {
    if (c.type === 'text' || c.type === 'inlineCode') s += c.value;
    else if (c.type === 'break') s += '\n';
    else if (c.type === 'html') s += c.value;
    else if ('children' in c) s += flatten(c.children as PhrasingContent[]);
  }
  return s;
}

/** The source lines between two offsets, as written (used for code blocks and raw HTML). */
function sourceLines(text: string, start: number, end: number): Line[] {
  const lines: Line[] = [];
  let lineStart = text.lastIndexOf('\n', start - 1) + 1;
  while (lineStart < end && lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const raw = text.slice(lineStart, lineEnd);
    if (raw.trim()) lines.push({ text: raw, offset: lineStart });
    lineStart = lineEnd + 1;
  }
  return lines;
}

/**
 * Splits a paragraph's inline content into its source lines. A line that holds a TAB is taken
 * from the source as written, because remark trims the leading and trailing TABs that mark
 * empty table cells.
 */
function inlineLines(doc: ReadDocument, children: readonly PhrasingContent[], blockStart: number): Line[] {
  const byStart = new Map<number, { text: string; offset: number }>();
  const order: number[] = [];
  const add = (lineStart: number, text: string, offset: number): void => {
    const cur = byStart.get(lineStart);
    if (cur) cur.text += text;
    else {
      byStart.set(lineStart, { text, offset });
      order.push(lineStart);
    }
  };
  const walk = (nodes: readonly PhrasingContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'html') {
        const start = n.position?.start.offset ?? blockStart;
        const pieces = n.value.split('\n');
        let lineStart = doc.text.lastIndexOf('\n', start - 1) + 1;
        let offset = start;
        pieces.forEach((piece, k) => {
          if (k > 0) {
            lineStart = doc.text.indexOf('\n', lineStart) + 1;
            offset = lineStart + leadingSpace(doc.text, lineStart);
          }
          add(lineStart, piece, offset);
        });
      } else if (n.type === 'break') {
        continue;
      } else if ('children' in n) {
        walk(n.children as PhrasingContent[]);
      }
    }
  };
  walk(children);
  const lines: Line[] = [];
  for (const lineStart of order) {
    const entry = byStart.get(lineStart);
    if (!entry) continue;
    let lineEnd = doc.text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = doc.text.length;
    const raw = doc.text.slice(lineStart, lineEnd);
    if (raw.includes('\t')) {
      lines.push({ text: raw.replace(/\*\*|__/g, ''), offset: lineStart });
      continue;
    }
    const prefix = doc.text.slice(lineStart, entry.offset);
    if (prefix && LIST_PREFIX.test(prefix)) {
      const start = lineStart + leadingSpace(doc.text, lineStart);
      lines.push({ text: `${prefix.trim()} ${entry.text.trim()}`, offset: start });
    } else if (entry.text.trim()) {
      lines.push({ text: entry.text.trim(), offset: entry.offset + leadingSpace(entry.text, 0) });
    }
  }
  return lines;
}

function leadingSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i - from;
}
