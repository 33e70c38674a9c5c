import type { LaidBlock, Row } from '../parse/layout.js';
import { measureLayout, type FlowLayout, type FlowLine } from './line-breaks.js';
import { numberHeadings } from './heading-sections.js';
import { ParagraphReader, type Item } from './paragraph-reader.js';
import type { Para, Part, TablePart, ParaFinding } from './parts.js';

export type { Para, TablePart, Part, ParaFinding };


type Entry = { readonly kind: 'line'; readonly item: Item } | { readonly kind: 'table'; readonly rows: readonly Row[]; readonly offset: number };

/**
 * Cuts laid-out blocks into paragraphs, deciding at each line from evidence whether it starts a
 * paragraph (issue 11, layout 0): a number that continues the numbering, a heading in capitals,
 * a part of the header or closing, or a field label starts one; a line goes on with the one
 * before when a wrap cut it or its sentence goes on in lower case. Whether a bare line break
 * ends a paragraph at all is measured on the document (line-breaks.ts).
 */
export interface ParagraphReading {
  readonly parts: Part[];
  readonly findings: ParaFinding[];
  readonly layout: FlowLayout;
  /** Lines of text read, and numbered lines read as the continuation of the line above. */
  readonly stats: { readonly lines: number; readonly numberedInText: number };
}

export function readParagraphs(blocks: readonly LaidBlock[]): ParagraphReading {
  const entries = flatten(blocks);
  const flow: FlowLine[] = [];
  for (const e of entries) if (e.kind === 'line') flow.push({ text: e.item.line.text, hard: e.item.hard });
  const layout = measureLayout(flow);
  const reader = new ParagraphReader(layout);
  for (const e of entries) {
    if (e.kind === 'table') reader.table(e.rows, e.offset);
    else reader.line(e.item);
  }
  return { parts: numberHeadings(reader.finish()), findings: reader.findings, layout, stats: { lines: flow.length, numberedInText: reader.numberedInText } };
}

function flatten(blocks: readonly LaidBlock[]): Entry[] {
  const out: Entry[] = [];
  for (const b of blocks) {
    if (b.kind === 'table') {
      out.push({ kind: 'table', rows: b.rows, offset: b.offset });
      continue;
    }
    b.lines.forEach((line, i) => {
      out.push({ kind: 'line', item: { line, hard: i === 0 ? (b.hard ?? true) : false, heading: b.heading, depth: b.depth } });
    });
  }
  return out;
}

