import type { Block, Cell, Line } from './blocks.js';
import { startsLowerCase } from '../input/keys.js';

/** A repair made while laying the blocks out, reported as an info diagnostic. */
export interface LayoutRepair {
  readonly ruleId: 'repair-page-break' | 'repair-table-row';
  readonly offset: number;
  readonly message: string;
}

/** A table row as read: its cells, and where the row starts. */
export interface Row {
  readonly cells: readonly Cell[];
  readonly offset: number;
}

export type LaidBlock =
  | { readonly kind: 'text'; readonly lines: readonly Line[]; readonly heading: boolean }
  | { readonly kind: 'table'; readonly rows: readonly Row[]; readonly offset: number };

// A cell separator in text copies of tables (SOURCES.md: "cells separated by a TAB").
const TAB = '\t';

/**
 * Re-lays remark's blocks the way a reader sees the page: TAB-separated lines become table
 * rows (even when remark split them into paragraphs and code blocks at a page break), a row
 * whose number cell is empty continues the row above, and a sentence split by a page break is
 * joined again.
 */
export function layOut(blocks: readonly Block[]): { blocks: LaidBlock[]; repairs: LayoutRepair[] } {
  const out: LaidBlock[] = [];
  const repairs: LayoutRepair[] = [];
  for (const block of blocks) {
    if (block.kind === 'table') {
      pushTableRows(out, block.rows.map((cells) => ({ cells, offset: cells[0]?.offset ?? block.offset })), repairs, false);
      continue;
    }
    // Split a text block into runs of table lines and runs of prose lines.
    let prose: Line[] = [];
    const flush = (): void => {
      if (prose.length) out.push({ kind: 'text', lines: prose, heading: block.heading });
      prose = [];
    };
    for (const line of block.lines) {
      if (line.text.includes(TAB) && line.text.split(TAB).length >= 3) {
        flush();
        pushTableRows(out, [tabRow(line)], repairs, true);
      } else prose.push(line);
    }
    flush();
  }
  return { blocks: joinPageBreaks(out, repairs), repairs };
}

function tabRow(line: Line): Row {
  const cells: Cell[] = [];
  let offset = line.offset;
  for (const part of line.text.split(TAB)) {
    const lead = part.length - part.trimStart().length;
    cells.push({ text: part.replace(/\s+/g, ' ').trim(), offset: offset + lead });
    offset += part.length + 1;
  }
  return { cells, offset: line.offset };
}

function pushTableRows(out: LaidBlock[], rows: Row[], repairs: LayoutRepair[], fromText: boolean): void {
  const last = out[out.length - 1];
  const table = last?.kind === 'table' && fromText ? (last.rows as Row[]) : null;
  const target: Row[] = table ?? [];
  for (const row of rows) {
    const prev = target[target.length - 1];
    if (prev && fromText && isContinuation(row, prev)) {
      target[target.length - 1] = appendRow(prev, row);
      repairs.push({ ruleId: 'repair-table-row', offset: row.offset, message: 'a table row continued after a page break; joined to the row above' });
      continue;
    }
    target.push(row);
  }
  if (!table) out.push({ kind: 'table', rows: target, offset: rows[0]?.offset ?? 0 });
}

/**
 * A row that continues the one above after a page break: its first (number) cell is empty,
 * the filled cells are few and each starts in lower case, as the rest of a broken word or
 * phrase does ("\t\t\tquan\t" under "… các sở, ngành liên").
 */
function isContinuation(row: Row, prev: Row): boolean {
  const first = row.cells[0]?.text ?? '';
  if (first !== '') return false;
  const filled = row.cells.filter((c) => c.text !== '');
  if (filled.length === 0 || filled.length > Math.max(1, prev.cells.length - 2)) return false;
  return filled.every((c) => startsLowerCase(c.text));
}

function appendRow(prev: Row, row: Row): Row {
  const cells = prev.cells.map((c, i) => {
    const more = row.cells[i]?.text ?? '';
    return more ? { ...c, text: c.text ? `${c.text} ${more}` : more } : c;
  });
  return { cells, offset: prev.offset };
}

// Closing punctuation of a sentence or a heading-like line ("…như sau:", "./.").
const CLOSED = /[.!?:;…)"”»/]$/;

/**
 * NĐ 30 prose never leaves a sentence open across paragraphs: when a text block ends without
 * closing punctuation and the next block starts in lower case, a page break split one
 * sentence ("đội ngũ báo" / "cáo viên …") and the two are joined.
 */
function joinPageBreaks(blocks: LaidBlock[], repairs: LayoutRepair[]): LaidBlock[] {
  const out: LaidBlock[] = [];
  for (const block of blocks) {
    const prev = out[out.length - 1];
    if (prev?.kind === 'text' && block.kind === 'text' && !prev.heading && !block.heading) {
      const tail = prev.lines[prev.lines.length - 1];
      const head = block.lines[0];
      if (tail && head && !CLOSED.test(tail.text.trimEnd()) && startsLowerCase(head.text) && /\p{L}$/u.test(tail.text.trimEnd())) {
        const joined: Line = { text: `${tail.text.trimEnd()} ${head.text.trimStart()}`, offset: tail.offset };
        out[out.length - 1] = { ...prev, lines: [...prev.lines.slice(0, -1), joined, ...block.lines.slice(1)] };
        repairs.push({ ruleId: 'repair-page-break', offset: head.offset, message: `a sentence split by a page break was joined: "…${lastWords(tail.text)}" + "${firstWords(head.text)}…"` });
        continue;
      }
    }
    out.push(block);
  }
  return out;
}

function lastWords(s: string): string {
  return s.trimEnd().split(/\s+/).slice(-3).join(' ');
}
function firstWords(s: string): string {
  return s.trimStart().split(/\s+/).slice(0, 3).join(' ');
}
