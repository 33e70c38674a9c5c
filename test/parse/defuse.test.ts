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
});
