/**
 * Each named constant of the layout reader, on each side of its value (DESIGN.md §14): the
 * number of wraps before a width is trusted, the shortest wrap width, how full a line must be,
 * a document cell, a very long line, the gutter between two columns, a glued header, a span.
 */
import { describe, expect, it } from 'vitest';
import { measureLayout, filledLine, MIN_WRAPS, MIN_WIDTH, FULL_SHARE, type FlowLine } from '../../src/outline/line-breaks.js';
import { runsTogether, LONG_LINE } from '../../src/outline/run-together.js';
import { layOut, DOCUMENT_CELL, HEADER_CELL } from '../../src/parse/layout.js';
import { splitColumns, GUTTER } from '../../src/parse/space-columns.js';
import { columnRole, MIN_GLUED } from '../../src/parse/column-roles.js';
import { readHtmlTables, MAX_SPAN } from '../../src/parse/html-fragments.js';

/** `count` lines of `width` characters, each cut before a word in lower case. */
function wrapped(count: number, width: number): FlowLine[] {
  const out: FlowLine[] = [];
  for (let i = 0; i < count; i++) out.push({ text: `${'nội dung văn bản '.repeat(10)}`.slice(0, width - 2).trimEnd().padEnd(width - 2, 'x') + ' a', hard: false });
  out.push({ text: 'kết thúc.', hard: false });
  return out;
}

describe('the wrap width', () => {
  it(`needs ${MIN_WRAPS} lines certainly cut by a wrap`, () => {
    expect(measureLayout(wrapped(MIN_WRAPS, 80)).width).not.toBeNull();
    expect(measureLayout(wrapped(MIN_WRAPS - 2, 80)).width).toBeNull();
  });

  it(`is no wrap under ${MIN_WIDTH} columns`, () => {
    expect(measureLayout(wrapped(10, MIN_WIDTH)).width).toBe(MIN_WIDTH);
    expect(measureLayout(wrapped(10, MIN_WIDTH - 5)).width).toBeNull();
  });

  it(`a line fills the width when it and the next word reach ${FULL_SHARE} of it`, () => {
    const layout = { mode: 'lines' as const, width: 100 };
    const need = Math.ceil(100 * FULL_SHARE);
    // prev length + 1 + first word of the next line
    expect(filledLine(layout, 'x'.repeat(need - 4), 'Bốn', false)).toBe(true);
    expect(filledLine(layout, 'x'.repeat(need - 5), 'Bốn', false)).toBe(false);
    // a closed line must fill the whole width
    expect(filledLine(layout, 'x'.repeat(97), 'Bốn', true)).toBe(true);
    expect(filledLine(layout, 'x'.repeat(95), 'Bốn', true)).toBe(false);
  });
});

describe('the length of a line that runs sections together', () => {
  it(`is over ${LONG_LINE} characters, or a heading in capitals running into an item`, () => {
    expect(runsTogether('a'.repeat(LONG_LINE + 1))).toBe(true);
    expect(runsTogether('a'.repeat(LONG_LINE))).toBe(false);
    expect(runsTogether('III. TỔ CHỨC THỰC HIỆN 1. Sở Tài chính bố trí kinh phí.')).toBe(true);
    expect(runsTogether('1. Sở Tài chính bố trí kinh phí theo mục 2. Kinh phí.')).toBe(false);
  });
});

describe('a document inside a cell of a page-layout table', () => {
  const lay = (cell: string) => layOut([{ kind: 'text', lines: [{ text: `Số hiệu:\t1/KH\tLoại:\tKH`, offset: 0 }, { text: `\t${cell}`, offset: 30 }], heading: false }]).blocks;
  it(`a cell over ${DOCUMENT_CELL} characters is prose`, () => {
    expect(lay('a'.repeat(DOCUMENT_CELL + 1)).map((b) => b.kind)).toEqual(['table', 'text']);
    expect(lay('a'.repeat(DOCUMENT_CELL)).map((b) => b.kind)).toEqual(['table']);
  });

  it(`a numbered row of three cells stays a table row, whatever the length of its cells`, () => {
    const row = (first: string) => layOut([{ kind: 'text', lines: [{ text: `${first}\t${'Tổ chức tuyên truyền '.repeat(80)}\tSở Tư pháp\t2026`, offset: 0 }], heading: false }]).blocks;
    expect(row('3').map((b) => b.kind)).toEqual(['table']);
    expect(row('IV.').map((b) => b.kind)).toEqual(['table']);
    expect(row('').map((b) => b.kind)).toEqual(['text']);
    expect(row('Ghi chú').map((b) => b.kind)).toEqual(['text']);
  });

  it(`a cell over ${HEADER_CELL} characters that opens with the Quốc hiệu or "Số:" is prose`, () => {
    const head = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ';
    expect(lay(head.padEnd(HEADER_CELL + 1, 'x')).map((b) => b.kind)).toEqual(['table', 'text']);
    expect(lay(head.padEnd(HEADER_CELL, 'x')).map((b) => b.kind)).toEqual(['table']);
  });
});

describe('two columns side by side', () => {
  it(`are cut at a gutter of ${GUTTER} spaces, not fewer`, () => {
    const line = (gap: number) => ({ text: `Số: 12/KH-UBND${' '.repeat(gap)}Hà Nội, ngày 1 tháng 2 năm 2025`, offset: 0 });
    expect(splitColumns(line(GUTTER), false)?.right?.text).toBe('Hà Nội, ngày 1 tháng 2 năm 2025');
    expect(splitColumns(line(GUTTER - 1), false)).toBeNull();
  });
});

describe('glued header words', () => {
  it(`are matched without spaces when the synonym has ${MIN_GLUED} letters or more`, () => {
    expect(columnRole('Đơn vịphốihợp')).toBe('support');
    expect(columnRole('Đơn vịchủtrì')).toBe('lead');
    // "tt" (2 letters) is never looked for inside a glued word.
    expect(columnRole('Kếtquảtt')).not.toBe('number');
  });
});

describe('spans of HTML cells', () => {
  it(`are capped at ${MAX_SPAN}`, () => {
    const html = (span: number) => `<table><tr><td colspan="${span}">I. NHÓM</td></tr></table>`;
    const cells = (span: number) => {
      const t = readHtmlTables(html(span), 0, html(span).length)[0];
      return t?.kind === 'table' ? t.rows[0]?.length : 0;
    };
    expect(cells(MAX_SPAN)).toBe(MAX_SPAN);
    expect(cells(MAX_SPAN * 1000)).toBe(MAX_SPAN);
  });
});
