import { describe, expect, it } from 'vitest';
import { defuseMarkdown } from '../../src/parse/defuse.js';

describe('defuseMarkdown keeps real plans as they are and bounds hostile lines', () => {
  it('leaves ordinary plan lines alone', () => {
    const text = ['I. MỤC ĐÍCH', '1. Mục đích', '- Triển khai **mạnh mẽ**', '  + chi tiết', '> trích dẫn', '*Căn cứ Luật*', 'Số: ____/KH-UBND'].join('\n');
    expect(defuseMarkdown(text)).toBe(text);
  });

  it('keeps eight levels of nested markers and blanks the rest, same length', () => {
    const line = `${'- '.repeat(20)}x`;
    const out = defuseMarkdown(line);
    expect(out).toHaveLength(line.length);
    expect(out.startsWith('- '.repeat(8))).toBe(true);
    expect(out.slice(16, 40).trim()).toBe('');
    expect(out.endsWith('x')).toBe(true);
    expect(defuseMarkdown(`${'> '.repeat(30)}y`)).toBe(`${'> '.repeat(8)}${' '.repeat(44)}y`);
    expect(defuseMarkdown(`${'1. '.repeat(10)}z`)).toBe(`${'1. '.repeat(8)}      z`);
  });

  it('blanks emphasis markers on a line with hundreds of delimiter runs', () => {
    const line = '*_'.repeat(100);
    expect(defuseMarkdown(line)).toBe(' '.repeat(200));
    expect(defuseMarkdown(`a\n${line}\nb`)).toBe(`a\n${' '.repeat(200)}\nb`);
  });

  it('follows nesting made by indentation across lines: eight levels kept, deeper markers blanked (issue 14)', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `${'  '.repeat(i)}- mục ${i + 1}`);
    const out = defuseMarkdown(lines.join('\n')).split('\n');
    expect(out.slice(0, 8)).toEqual(lines.slice(0, 8));
    for (let i = 8; i < 12; i++) {
      expect(out[i]).toHaveLength(lines[i]?.length ?? 0);
      expect(out[i]).toBe(`${'  '.repeat(i)}  mục ${i + 1}`);
    }
  });

  it('counts a tab as reaching the next multiple of four columns', () => {
    const lines = Array.from({ length: 10 }, (_, i) => `${'\t'.repeat(i)}- x`);
    const out = defuseMarkdown(lines.join('\n')).split('\n');
    expect(out[7]).toBe(lines[7]);
    expect(out[8]).toBe(`${'\t'.repeat(8)}  x`);
  });

  it('a marker less indented closes the deeper levels: a new list starts at depth one again', () => {
    const deep = Array.from({ length: 10 }, (_, i) => `${'  '.repeat(i)}- x`);
    const text = [...deep, '- again', '  - nested'].join('\n');
    const out = defuseMarkdown(text).split('\n');
    expect(out.slice(10)).toEqual(['- again', '  - nested']);
  });

  it('leaves a plan whose lines are all indented alike', () => {
    const text = ['        - Như trên;', '        - Lưu: VT.', '          + bản chính', '        1. Mục đích'].join('\n');
    expect(defuseMarkdown(text)).toBe(text);
  });

  it('blanks inline construct characters on a line with more than 256 of them, and only there', () => {
    const at = (n: number): string => `Sở TT&TT ${'['.repeat(n - 2)}&`;
    expect(defuseMarkdown(at(256))).toBe(at(256));
    expect(defuseMarkdown(at(257))).toBe(`Sở TT TT ${' '.repeat(255)} `);
    const links = '[a](http://x.vn) '.repeat(200);
    expect(defuseMarkdown(links)).toBe(' a (http //x.vn) '.repeat(200));
    expect(defuseMarkdown('www.x.vn '.repeat(300))).toBe('www x.vn '.repeat(300));
    expect(defuseMarkdown(`${'| a '.repeat(300)}|`)).toHaveLength(1201);
    expect(defuseMarkdown(`${'| a '.repeat(300)}|`)).not.toContain('|');
  });
});
