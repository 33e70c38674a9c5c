import { describe, expect, it } from 'vitest';
import { Chalk } from 'chalk';
import fc from 'fast-check';
import { columnWidths, toTable } from '../../src/format/table.js';
import { wrapText } from '../../src/format/wrap.js';
import type { Listing } from '../../src/format/listing.js';

const plain = new Chalk({ level: 0 });
const coloured = new Chalk({ level: 1 });

const listing: Listing = {
  columns: [
    { header: 'STT', size: 'fit', max: 14 },
    { header: 'Nhiệm vụ', size: 'flex', weight: 5 },
    { header: 'Chủ trì', size: 'flex', weight: 2 },
  ],
  rows: [
    ['II.7', 'Hưởng ứng và tham gia các hoạt động do Bộ Giáo dục và đào tạo tổ chức để nâng cao nhận thức về ASEAN', 'Sở Giáo dục và Đào tạo'],
  ],
};

const width = (line: string): number => [...line].length;

describe('toTable', () => {
  it('wraps every line to the terminal width', () => {
    for (const columns of [60, 80, 120]) {
      const out = toTable(listing, { columns, chalk: plain });
      for (const line of out.trimEnd().split('\n')) expect(width(line)).toBeLessThanOrEqual(columns);
      expect(out).toContain('II.7');
      expect(out.replace(/[│|\s]+/g, ' ')).toContain('Sở Giáo dục và Đào tạo'.split(' ')[0]);
    }
  });

  it('has no escape codes with a level-0 Chalk, and has some with colour', () => {
    expect(toTable(listing, { columns: 80, chalk: plain })).not.toContain('\x1b');
    expect(toTable(listing, { columns: 80, chalk: coloured })).toContain('\x1b[1m');
  });

  it('strips escape sequences coming from the document', () => {
    const evil: Listing = { ...listing, rows: [['1', 'a\x1b]0;owned\x07b\x1b[2J', 'c']] };
    const out = toTable(evil, { columns: 80, chalk: plain });
    expect(out).not.toContain('\x1b');
    expect(out).toContain('ab');
  });

  it('prints notes under the table', () => {
    expect(toTable({ ...listing, notes: ['* tập thể'] }, { columns: 80, chalk: plain })).toMatch(/\n\* tập thể\n$/);
  });
});

describe('columnWidths', () => {
  it('gives fit columns their content and flex columns the rest by weight', () => {
    const w = columnWidths(listing.columns, listing.rows, 80);
    expect(w[0]).toBe(4 + 2); // "II.7" + padding
    expect(w.reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(80);
    expect(w[1]!).toBeGreaterThan(w[2]!);
  });

  it('never gives a flex column more than its content needs', () => {
    const short: Listing = { ...listing, rows: [['1', 'ngắn', 'Sở Tài chính']] };
    const w = columnWidths(short.columns, short.rows, 200);
    expect(w[1]).toBe(Math.max(10, 'Nhiệm vụ'.length + 2));
    expect(w[2]).toBe('Sở Tài chính'.length + 2);
  });
});

describe('wrapText', () => {
  it('wraps at spaces, breaks a word longer than the line, keeps line breaks', () => {
    expect(wrapText('Sở Giáo dục và Đào tạo', 10)).toEqual(['Sở Giáo', 'dục và Đào', 'tạo']);
    expect(wrapText('xem https://www.facebook.com/ASEANvavietnam/', 10)).toEqual(['xem', 'https://ww', 'w.facebook', '.com/ASEAN', 'vavietnam/']);
    expect(wrapText('• một\n• hai', 20)).toEqual(['• một', '• hai']);
    expect(wrapText('', 10)).toEqual(['']);
  });

  it('never makes a line longer than the width (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (s, w) => {
        for (const line of wrapText(s, w)) expect([...line].length).toBeLessThanOrEqual(w);
        // no character is lost except the spaces it breaks at
        expect(wrapText(s, w).join('').replace(/[ \n]/g, '')).toBe(s.replace(/[ \n]/g, ''));
      }),
    );
  });
});

describe('bounded time on hostile cells (issue 7)', () => {
  // A hang guard (the timeout), not a speed target: cli-table3 took minutes on such a cell.
  it('draws a table with a 1 MB description or a 1 MB word', { timeout: 20_000 }, () => {
    const words = Array.from({ length: 150_000 }, (_, i) => `từ${i % 10}`).join(' ');
    for (const cell of [words, 'x'.repeat(1_000_000)]) {
      const out = toTable({ columns: [{ header: 'STT', size: 'fit' }, { header: 'Nhiệm vụ', size: 'flex' }], rows: [['1', cell]] }, { columns: 100, chalk: plain });
      expect(out.length).toBeGreaterThan(cell.length);
    }
  });
});
