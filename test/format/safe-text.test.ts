import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { safeText } from '../../src/format/safe-text.js';

describe('safeText', () => {
  it('keeps Vietnamese text untouched', () => {
    const s = 'Sở Văn hóa, Thể thao và Du lịch — “ASEAN” 2020 (Đài PT&TH tỉnh)';
    expect(safeText(s)).toBe(s);
  });

  it('removes colour and cursor sequences (CSI)', () => {
    expect(safeText('a\x1b[31mred\x1b[0m b')).toBe('ared b');
    expect(safeText('x\x1b[2J\x1b[1;1Hy')).toBe('xy');
    expect(safeText('x\x9b31my')).toBe('xy'); // 8-bit CSI
  });

  it('removes OSC strings such as a window title or a hyperlink, up to BEL or ST', () => {
    expect(safeText('a\x1b]0;pwned\x07b')).toBe('ab');
    expect(safeText('a\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\b')).toBe('alinkb');
  });

  it('removes other escapes, a lone ESC, C0 and C1 controls and DEL', () => {
    expect(safeText('a\x1b(Bb')).toBe('ab');
    expect(safeText('a\x1b')).toBe('a');
    expect(safeText('a\x00b\x07c\x08d\x7fe\x85f')).toBe('abcdef');
  });

  it('removes bidi overrides that reorder what the reader sees', () => {
    expect(safeText('abc\u202edcba\u202c')).toBe('abcdcba');
    expect(safeText('x\u2066y\u2069')).toBe('xy');
  });

  it('turns tabs and line breaks into spaces unless the format keeps them', () => {
    expect(safeText('a\tb\r\nc\rd\ne')).toBe('a b c d e');
    expect(safeText('a\tb\r\nc', { newlines: true, tabs: true })).toBe('a\tb\nc');
  });

  it('never lets ESC or another control character through (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = safeText(s, { newlines: true, tabs: true });
        expect(out).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
      }),
    );
  });

  it('is idempotent (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(safeText(safeText(s))).toBe(safeText(s));
      }),
    );
  });

  // A hang guard (the timeout), not a speed target: backtracking over these would not return.
  it('returns on a long run of escape starts', { timeout: 10_000 }, () => {
    const evil = '\x1b['.repeat(200_000) + '\x1b]'.repeat(200_000);
    expect(safeText(evil)).not.toContain('\x1b');
  });
});
