import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { splitUnits } from '../../src/units/split.js';
import { canonicalUnit } from '../../src/units/canonical.js';
import { createUnitMatcher } from '../../src/units/match.js';

describe('robustness', () => {
  it('never throws, and every span starts inside the text', () => {
    const pieces = fc.constantFrom('Sở', 'sở', 'các', 'Các', ',', ';', ' và ', 'UBND', 'TT&TT', 'Đài', 'ban', 'ngành', 'tỉnh', ' ', 'Công', 'TTĐT', '(', ')', 'Hà Tĩnh', '\n');
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string()), { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        for (const u of splitUnits(text)) {
          expect(u.start).toBeGreaterThanOrEqual(0);
          expect(u.start).toBeLessThan(text.length);
          expect(u.text).not.toBe('');
        }
        canonicalUnit(text);
        createUnitMatcher(text)({ text: 'Sở Y tế', name: 'Sở Y tế', collective: false, person: false, role: null });
      }),
      { numRuns: 300 },
    );
  });
  it('gives the same units for NFC and NFD input', () => {
    const cell = 'Sở Văn hóa, Thể thao và Du lịch, Đài PT&TH tỉnh và các sở, ngành liên quan';
    expect(splitUnits(cell.normalize('NFD')).map((u) => u.name)).toEqual(splitUnits(cell).map((u) => u.name));
  });
});
