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
export function layOut(blocks: readonly Block[], text?: string): { blocks: LaidBlock[]; repairs: LayoutRepair[] } {
  const out: LaidBlock[] = [];
  const repairs: LayoutRepair[] = [];
  // The right column of a two-column layout table (header block, Nơi nhận | signature),
  // held until the table ends so that each column reads as its own run of lines.
  let right: Line[] = [];
  let lastEnd = -1;
  const flushRight = (): void => {
    if (right.length) out.push({ kind: 'text', lines: right, heading: false });
    right = [];
  };
  for (const block of blocks) {
    const first = block.kind === 'table' ? block.offset : block.lines[0]?.offset ?? 0;
    if (right.length && (text === undefined || !adjacent(text, lastEnd, first))) flushRight();
    if (block.kind === 'table') {
      flushRight();
      pushTableRows(out, block.rows.map((cells) => ({ cells, offset: cells[0]?.offset ?? block.offset })), repairs, false);
      continue;
    }
    // Split a text block into runs of table lines and runs of prose lines.
    let prose: Line[] = [];
    const flush = (): void => {
      if (prose.length) out.push({ kind: 'text', lines: prose, heading: block.heading });
      prose = [];
    };
    block.lines.forEach((line, i) => {
      const cells = line.text.includes(TAB) ? line.text.split(TAB).length : 1;
      const tableOpen = prose.length === 0 && out[out.length - 1]?.kind === 'table' && right.length === 0;
      // A group row merged across the whole table ("I. NÂNG CAO NHẬN THỨC …") is copied out
      // as a line with no TAB: between two table rows it is a one-cell row, not prose.
      const next = block.lines[i + 1];
      const groupRow = cells === 1 && tableOpen && next !== undefined && next.text.split(TAB).length >= 3;
      if (cells >= 3 || (cells === 2 && tableOpen) || groupRow) {
        flush();
        pushTableRows(out, [tabRow(line)], repairs, true);
      } else if (cells === 2) {
        const [left, rightCell] = tabRow(line).cells;
        if (left?.text) prose.push({ text: left.text, offset: left.offset });
        if (rightCell?.text) right.push({ text: rightCell.text, offset: rightCell.offset });
      } else prose.push(line);
      lastEnd = line.offset + line.text.length;
    });
    flush();
  }
  flushRight();
  return { blocks: joinPageBreaks(out, repairs), repairs };
}

/**
 * Whether two lines are adjacent in the source (no blank line between them): a layout table
 * written cell by cell ends at the first blank line.
 */
function adjacent(text: string, end: number, start: number): boolean {
  if (end < 0 || start < end) return false;
  const between = text.slice(end, start);
  return !/\n[ \t]*\n/.test(between);
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

// A lettered point ("a) …", NĐ 30/2020 Phụ lục I) starts in lower case but opens an item: it
// follows a heading that has no closing punctuation ("1. Mục đích"), not a broken sentence.
const LETTER_POINT = /^\s*[a-zđ]\s*\)\s/u;

const RANGE_TAIL = /^\s*[-–]\s*\d{1,4}\b(?![.)])/u;

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
      const brokenSentence = tail && head && !CLOSED.test(tail.text.trimEnd()) && startsLowerCase(head.text) && !LETTER_POINT.test(head.text) && /\p{L}$/u.test(tail.text.trimEnd());
      // "Trong giai đoạn 2026" / "- 2030 phấn đấu …": a wrap before the dash of a range of
      // years makes Markdown read a list item; a figure then a dash and a figure is one range.
      const brokenRange = tail && head && /\d$/.test(tail.text.trimEnd()) && RANGE_TAIL.test(head.text);
      if (tail && head && (brokenSentence || brokenRange)) {
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
