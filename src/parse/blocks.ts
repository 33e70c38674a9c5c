import type { Root, RootContent, PhrasingContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { ReadDocument } from './document.js';
import type { Block, Cell, Line } from './text-blocks.js';
import { rereadPipeTable, type PipePiece } from './pipe-tables.js';
import { isLayoutTable } from './docx/layout-table.js';
import { holdsHtmlTable, readHtmlTables } from './html-fragments.js';
import { LineLookup, type SourceLines } from './line-lookup.js';

export type { Line, Cell, Block };

// A line that opens with a pipe, as GFM table rows do.
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/m;

// A list marker that remark moved out of the paragraph ("- ", "1. ", "+ ", "* ").
const LIST_PREFIX = /^\s{0,3}(?:[-+*•]|\d{1,9}[.)])\s*$/;

/**
 * Turns an mdast tree into blocks of lines and tables. remark supplies block boundaries,
 * tables and positions; its list structure is not used, because plan numbering is not Markdown
 * numbering ("a)" lines become lazy continuations of "1." items). Each line keeps its list
 * marker so the numbering lexer sees what a reader sees. `lookup` finds the source line around
 * an offset; a test passes its own to count the work.
 */
export function toBlocks(doc: ReadDocument, lookup: SourceLines = new LineLookup(doc.text)): Block[] {
  const blocks: Block[] = [];
  // Depth first, in document order, with an explicit stack: a hostile file can nest lists or
  // quotes thousands deep, deeper than the call stack (issue 7).
  const stack: (RootContent | Root)[] = [doc.tree];
  // The end of an HTML table read from the source: nodes remark made inside it are skipped.
  let skipUntil = -1;
  while (stack.length) {
    const node = stack.pop() as RootContent | Root;
    const nodeStart = node.position?.start.offset;
    if (node.type !== 'root' && nodeStart !== undefined && nodeStart < skipUntil) continue;
    const markup = htmlTableRange(doc, node);
    if (markup) {
      blocks.push(...pipeBlocks(readHtmlTables(doc.text, markup.start, markup.end)));
      skipUntil = markup.end;
      continue;
    }
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        // A pipe table right under a line of text is not a table to GFM (it cannot interrupt a
        // paragraph): in a file with no blank lines its rows are read from the lines here.
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        if (doc.format === 'markdown' && node.type === 'paragraph' && start !== undefined && end !== undefined && PIPE_ROW.test(doc.text.slice(start, end))) {
          blocks.push(...pipeBlocks(rereadPipeTable(doc.text, start, end)));
          break;
        }
        const lines = inlineLines(doc, lookup, node.children, node.position?.start.offset ?? 0);
        if (lines.length) blocks.push(node.type === 'heading' ? { kind: 'text', lines, heading: true, depth: node.depth } : { kind: 'text', lines, heading: false });
        break;
      }
      case 'code':
      case 'html': {
        const lines = sourceLines(doc.text, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
        if (lines.length) blocks.push({ kind: 'text', lines, heading: false });
        break;
      }
      case 'listItem':
        // An item with nothing after its marker ("2020." where a wrap cut "2016 - 2020."): remark
        // keeps no text for it, so its line is taken from the source, or the figure is lost.
        if (node.children.length === 0) {
          const lines = sourceLines(doc.text, node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
          if (lines.length) blocks.push({ kind: 'text', lines, heading: false });
        } else for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as RootContent);
        break;
      case 'table':
        if (doc.format === 'markdown' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
          blocks.push(...pipeBlocks(rereadPipeTable(doc.text, node.position.start.offset, node.position.end.offset)));
        } else blocks.push(tableBlock(node));
        break;
      default:
        if ('children' in node) {
          const children = node.children as RootContent[];
          for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as RootContent);
        }
    }
  }
  const tables: Block[] = (doc.tables ?? []).map((t) => ({ kind: 'table', rows: t.rows, offset: t.offset }));
  const withRuns = doc.setAside?.length ? mergeSetAside(blocks, doc.setAside) : blocks;
  return tables.length ? inOrder(withRuns, tables) : withRuns;
}

/**
 * Where HTML table markup a text or Markdown file holds starts and ends (issue 11 layout 5):
 * from the node that opens "<table" to the matching "</table>" in the source, which may lie
 * past the node (remark ends an HTML block at a blank line).
 */
function htmlTableRange(doc: ReadDocument, node: RootContent | Root): { start: number; end: number } | null {
  if (doc.format !== 'text' && doc.format !== 'markdown') return null;
  if (node.type !== 'html' && node.type !== 'paragraph') return null;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !holdsHtmlTable(doc.text.slice(start, end))) return null;
  // One scan of the table tags from here: the run ends where the depth is back to zero and no
  // other table follows right after.
  const tags = /<(\/?)table\b[^<>]*>|\S/giu;
  tags.lastIndex = start;
  let depth = 0;
  let last = end;
  for (let m = tags.exec(doc.text); m; m = tags.exec(doc.text)) {
    if (m[0].length === 1) {
      if (depth === 0 && m.index >= last) break;
      continue;
    }
    depth += m[1] === '/' ? -1 : 1;
    if (depth <= 0) {
      depth = 0;
      last = Math.max(last, m.index + m[0].length);
    }
  }
  return { start, end: last };
}

/** Blocks and more blocks merged by where they start. */
function inOrder(blocks: readonly Block[], more: readonly Block[]): Block[] {
  const startOf = (b: Block): number => (b.kind === 'table' ? b.offset : (b.lines[0]?.offset ?? 0));
  const out: Block[] = [];
  let k = 0;
  for (const b of blocks) {
    while (k < more.length && startOf(more[k] as Block) < startOf(b)) out.push(more[k++] as Block);
    out.push(b);
  }
  while (k < more.length) out.push(more[k++] as Block);
  return out;
}

/** Puts the runs of lines kept out of the mdast back among the blocks, in document order. */
function mergeSetAside(blocks: Block[], runs: NonNullable<ReadDocument['setAside']>): Block[] {
  const out: Block[] = [];
  let r = 0;
  const startOf = (b: Block): number => (b.kind === 'table' ? b.offset : (b.lines[0]?.offset ?? 0));
  for (const b of blocks) {
    while (r < runs.length && (runs[r]?.[0]?.offset ?? 0) < startOf(b)) out.push({ kind: 'text', lines: runs[r++] as Line[], heading: false });
    out.push(b);
  }
  while (r < runs.length) out.push({ kind: 'text', lines: runs[r++] as Line[], heading: false });
  return out;
}

/**
 * Pipe tables as read from their lines; a table that only lays out the page (the header block,
 * Nơi nhận | signature) is read as paragraphs, cell by cell, as the .docx and HTML readers do.
 */
function pipeBlocks(pieces: readonly PipePiece[]): Block[] {
  const out: Block[] = [];
  for (const p of pieces) {
    if (p.kind === 'text') out.push({ kind: 'text', lines: p.lines, heading: false });
    else if (isLayoutTable(Math.max(...p.rows.map((r) => r.length)), p.rows.flat().map((c) => c.text))) {
      // Each line of a cell ("<br>" between the lines of a signature block) stays a line.
      for (const c of p.rows.flat()) if (c.text) out.push({ kind: 'text', lines: cellLines(c), heading: false });
    } else out.push({ kind: 'table', rows: p.rows, offset: p.offset });
  }
  return out;
}

function cellLines(c: Cell): Line[] {
  if (!c.lines || !c.lineOffsets) return [{ text: c.text, offset: c.offset }];
  return c.lines.map((text, k) => ({ text, offset: c.lineOffsets?.[k] ?? c.offset }));
}

function tableBlock(node: Table): Block {
  const rows = node.children.map((row) =>
    row.children.map((cell): Cell => {
      const data = (cell.data ?? {}) as { colspan?: number; merged?: boolean };
      // The cell's text as mdast-util-to-string gives it: text, code and raw HTML, no image alt
      // (a picture is not part of a task). Readers put a line break in a cell as a "\n" text
      // (html.ts's <br> handler), since GFM's cells hold no hard breaks.
      const raw = toString(cell, { includeImageAlt: false });
      const text = raw.replace(/\s+/g, ' ').trim();
      const lines = raw.split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean);
      return {
        text,
        ...(lines.length > 1 ? { lines } : {}),
        offset: cell.position?.start.offset ?? row.position?.start.offset ?? 0,
        ...(data.colspan && data.colspan > 1 ? { colspan: data.colspan } : {}),
        ...(data.merged ? { merged: true } : {}),
      };
    }),
  );
  return { kind: 'table', rows, offset: node.position?.start.offset ?? 0 };
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
function inlineLines(doc: ReadDocument, lines: SourceLines, children: readonly PhrasingContent[], blockStart: number): Line[] {
  // A line break inside one source line (HTML "<br>", a .docx soft return) starts a new line:
  // entries are keyed by source line and by the breaks seen on it.
  interface Entry { text: string; offset: number; lineStart: number; afterBreak: boolean }
  const byKey = new Map<string, Entry>();
  const order: string[] = [];
  let breaks = 0;
  let lastLineStart = -1;
  const add = (lineStart: number, text: string, offset: number): void => {
    if (lineStart !== lastLineStart) breaks = 0;
    lastLineStart = lineStart;
    const key = `${lineStart}#${breaks}`;
    const cur = byKey.get(key);
    if (cur) cur.text += text;
    else {
      byKey.set(key, { text, offset, lineStart, afterBreak: breaks > 0 });
      order.push(key);
    }
  };
  const walk = (nodes: readonly PhrasingContent[]): void => {
    for (const n of nodes) {
      if (n.type === 'text' || n.type === 'inlineCode' || n.type === 'html') {
        const start = n.position?.start.offset ?? blockStart;
        const end = n.position?.end.offset ?? start;
        const pieces = n.value.split('\n');
        let lineStart = lines.lineAt(start).start;
        let offset = start;
        // A newline in the value with none in the source span is a break a reader made
        // ("<br>" in HTML): the text after it is a new line on the same source line.
        const made = pieces.length > 1 && !doc.text.slice(start, end).includes('\n');
        pieces.forEach((piece, k) => {
          if (k > 0 && made) breaks++;
          else if (k > 0) {
            const lineEnd = lines.lineAt(lineStart).end;
            lineStart = lineEnd < doc.text.length ? lineEnd + 1 : 0;
            offset = lineStart + leadingSpace(doc.text, lineStart);
          }
          if (piece || !made) add(lineStart, piece, offset);
        });
      } else if (n.type === 'break') {
        breaks++;
      } else if ('children' in n) {
        walk(n.children);
      }
    }
  };
  walk(children);
  const out: Line[] = [];
  for (const key of order) {
    const entry = byKey.get(key);
    if (!entry) continue;
    const { lineStart } = entry;
    // Not in HTML, whose source line is markup, often the whole page on one line.
    if (!entry.afterBreak && doc.format !== 'html' && lines.hasTab(lineStart)) {
      const raw = doc.text.slice(lineStart, lines.lineAt(lineStart).end);
      out.push({ text: raw.replace(/\*\*|__/g, ''), offset: lineStart });
      continue;
    }
    const prefix = entry.afterBreak ? '' : doc.text.slice(lineStart, entry.offset);
    // A list marker is followed by a space; "*" right before a word opens emphasis
    // ("*Hà Tĩnh, ngày …*"), which is not a bullet.
    if (prefix && LIST_PREFIX.test(prefix) && /\s$/.test(prefix)) {
      const start = lineStart + leadingSpace(doc.text, lineStart);
      out.push({ text: `${prefix.trim()} ${entry.text.trim()}`, offset: start });
    } else if (entry.text.trim()) {
      out.push({ text: entry.text.trim(), offset: entry.offset + leadingSpace(entry.text, 0) });
    }
  }
  return out;
}

function leadingSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i - from;
}
