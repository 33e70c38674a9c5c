import type { Heading, Paragraph, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Position } from 'unist';
import type { DocxBlock } from './body.js';
import type { DocxItem, PageLine } from './line-index.js';
import { lastStartAtOrBefore } from '../../model/last-start.js';

export interface SyntheticDocument {
  readonly text: string;
  readonly tree: Root;
  readonly items: readonly DocxItem[];
}

/**
 * Writes the blocks of a .docx as a synthetic text, one line per paragraph and one per table
 * row with cells joined by TAB, and builds the mdast over it: every node's position is an
 * offset range in that text, so the pipeline after the readers is the same for every format.
 * A cell merged down has no text of its own in the row's line; its node carries the merged
 * text and points at the cell it continues.
 */
export function buildSyntheticDocument(blocks: readonly DocxBlock[]): SyntheticDocument {
  const builder = new TextBuilder();
  const items: DocxItem[] = [];
  const children: RootContent[] = [];
  let paragraphs = 0;
  let rowCount = 0;
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (block.text.trim() === '') continue;
      const start = builder.startLine();
      if (block.origins) pushLineItems(items, start, block.text, block.origins);
      else items.push({ kind: 'paragraph', start, number: ++paragraphs });
      const text = builder.text(block.text);
      const position = builder.span(start, builder.offset);
      const node: Paragraph | Heading = block.heading
        ? { type: 'heading', depth: Math.min(6, block.heading) as Heading['depth'], children: [text], position }
        : { type: 'paragraph', children: [text], position };
      children.push(node);
      continue;
    }
    const rows: TableRow[] = [];
    const tableStart = builder.offset + (builder.offset > 0 ? 1 : 0);
    const placed: TableCell[][] = [];
    block.rows.forEach((row, r) => {
      const start = builder.startLine();
      const origin = block.origins?.[r];
      items.push(origin ? { kind: 'page', start, number: origin.line, page: origin.page } : { kind: 'row', start, number: ++rowCount });
      const cells: TableCell[] = [];
      row.forEach((cell, i) => {
        if (i > 0) builder.append('\t');
        const merged = cell.mergedFrom ? placed[cell.mergedFrom.row]?.[cell.mergedFrom.cell] : undefined;
        const data = {
          ...(cell.colspan > 1 ? { colspan: cell.colspan } : {}),
          ...(cell.mergedFrom ? { merged: true } : {}),
        };
        let node: TableCell;
        if (merged) {
          node = { type: 'tableCell', children: structuredClone(merged.children), ...(merged.position ? { position: merged.position } : {}) };
        } else {
          const at = builder.offset;
          const children = cell.text === '' ? [] : [builder.text(cell.text)];
          node = { type: 'tableCell', children, position: builder.span(at, builder.offset) };
        }
        if (Object.keys(data).length > 0) node.data = data;
        cells.push(node);
      });
      placed.push(cells);
      rows.push({ type: 'tableRow', children: cells, position: builder.span(start, builder.offset) });
    });
    const table: Table = { type: 'table', align: [], children: rows, position: builder.span(tableStart, builder.offset) };
    children.push(table);
  }
  return { text: builder.value, tree: { type: 'root', children, position: builder.span(0, builder.offset) }, items };
}

/** One item per line of a PDF paragraph, each pointing at the page line it was printed on. */
function pushLineItems(items: DocxItem[], start: number, text: string, origins: readonly PageLine[]): void {
  let at = start;
  let k = 0;
  for (const line of text.split('\n')) {
    const origin = origins[Math.min(k++, origins.length - 1)];
    if (origin) items.push({ kind: 'page', start: at, number: origin.line, page: origin.page });
    at += line.length + 1;
  }
}

/** Appends text and turns offsets into unist points (1-based line and column, 0-based offset). */
class TextBuilder {
  private parts: string[] = [];
  private lineStarts: number[] = [0];
  offset = 0;

  get value(): string {
    return this.parts.join('');
  }

  /** Starts a new line (unless at the very start) and returns its offset. */
  startLine(): number {
    if (this.offset > 0) this.append('\n');
    return this.offset;
  }

  append(s: string): void {
    for (let i = 0; i < s.length; i++) if (s[i] === '\n') this.lineStarts.push(this.offset + i + 1);
    this.parts.push(s);
    this.offset += s.length;
  }

  /** Appends a text node's value and returns the node. */
  text(value: string): Text {
    const start = this.offset;
    this.append(value);
    return { type: 'text', value, position: this.span(start, this.offset) };
  }

  span(start: number, end: number): Position {
    return { start: this.point(start), end: this.point(end) };
  }

  private point(offset: number): Position['start'] {
    const starts = this.lineStarts;
    const lo = lastStartAtOrBefore(starts.length, (i) => starts[i] ?? 0, offset);
    return { line: lo + 1, column: offset - (this.lineStarts[lo] ?? 0) + 1, offset };
  }
}
