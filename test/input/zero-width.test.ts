/**
 * Zero-width characters a web page or an editor leaves inside words (holdout-e e12: "Ban Quản lý
 * dự án đầu tư xây dựng\u200b tỉnh" in a table cell): the normalised text drops them, so a name is
 * the same name with or without them (test/extract/responsibility-table.test.ts), and every
 * position still points into the original line.
 */
import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/input/line-index.js';

describe('zero-width characters', () => {
  it('are dropped from the text, the columns after them still those of the file', () => {
    const { text, index } = normaliseText('Số: 5/KH-UBND\nSở Xây\u200b dựng\u2060 và \ufeffSở Tài\u200cchính');
    expect(text).toBe('Số: 5/KH-UBND\nSở Xây dựng và Sở Tàichính');
    const second = text.indexOf('\n') + 1;
    // "dựng" is at column 9 of the file's line (after the zero-width space), "Sở Tài" at 19 (after the mark at 18).
    expect(index.locate(second + text.slice(second).indexOf('dựng'))).toMatchObject({ line: 2, column: 9 });
    expect(index.locate(second + text.slice(second).lastIndexOf('Sở'))).toMatchObject({ line: 2, column: 19 });
  });
});
