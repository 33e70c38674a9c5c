/**
 * foldKeyStart (issue 19): the start of a text's fold, folding only as much of the text as
 * that needs, and always the same characters as the start of foldKey of the whole text.
 */
import { describe, expect, it } from 'vitest';
import { foldKey, foldKeyStart } from '../../src/input/keys.js';

describe('foldKeyStart', () => {
  it('gives the whole fold of a text that is short', () => {
    expect(foldKeyStart('Nơi nhận:', 8)).toBe('noi nhan:');
    expect(foldKeyStart('  Phụ   lục  ', 30)).toBe('phu luc');
  });

  it('gives at least the characters asked for of a long text, and they start its fold', () => {
    const text = `NƠI NHẬN:   - Như trên;\n- Sở Giáo dục và Đào tạo; ${'Ủy ban nhân dân các huyện, thị xã, thành phố; '.repeat(50)}`;
    const start = foldKeyStart(text, 8);
    expect(start.length).toBeGreaterThanOrEqual(8);
    expect(start.length).toBeLessThan(100);
    expect(start.startsWith('noi nhan:')).toBe(true);
    expect(foldKey(text).startsWith(start)).toBe(true);
  });

  it('folds on past white space, marks and cuts that fold to nothing', () => {
    // Decomposed marks (NFD) and runs of white space make the fold far shorter than the text.
    const text = `${'a\u0301\u0323 '.repeat(3)}${' '.repeat(40)}Cộng hòa xã hội chủ nghĩa Việt Nam`;
    const start = foldKeyStart(text, 20);
    expect(start.length).toBeGreaterThanOrEqual(20);
    expect(foldKey(text).startsWith(start)).toBe(true);
    expect(start.startsWith('a a a cong hoa')).toBe(true);
  });

  it('folds a text with no white space after the first characters whole', () => {
    const text = `Phụ lục:${'Đ'.repeat(200)}`;
    expect(foldKeyStart(text, 8)).toBe(foldKey(text));
  });

  it('gives the same start as the whole fold for each length, on a text of every kind of letter', () => {
    const text = 'QUYẾT ĐỊNH:  Điều 1.\tBan hành kèm theo Quyết định này Kế hoạch thực hiện ΣΟΦΟΣ ὈΔΥΣΣΕΎΣ năm 2026 (thuỷ lợi, hoà bình).';
    const whole = foldKey(text);
    for (let length = 0; length <= whole.length + 2; length++) {
      const start = foldKeyStart(text, length);
      expect(whole.startsWith(start)).toBe(true);
      expect(start.length).toBeGreaterThanOrEqual(Math.min(length, whole.length));
    }
  });
});
