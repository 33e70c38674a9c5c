import { describe, expect, it } from 'vitest';
import { MAX_GROWTH_AT_DOUBLE, expectLinearGrowth } from '../setup/growth.js';

// The helper the tests use in place of a time bound (test/setup/growth.ts), on counts whose
// growth is known: it must pass what is linear and fail what is not.
describe('expectLinearGrowth', () => {
  it('passes a linear count, one with a constant part, and n log n at 10,000', () => {
    expect(expectLinearGrowth((n) => 3 * n, 1_000)).toBe(2);
    expect(expectLinearGrowth((n) => 5 * n + 400, 1_000)).toBeCloseTo(10_400 / 5_400, 10);
    expect(expectLinearGrowth((n) => n * Math.log2(n), 10_000)).toBeLessThan(MAX_GROWTH_AT_DOUBLE);
  });

  it('fails a quadratic count, and one growing as n^1.2, just over the bound', () => {
    expect(() => expectLinearGrowth((n) => n * n, 1_000)).toThrow(/grows 4\.00× from 1000 to 2000/);
    expect(2 ** 1.2).toBeGreaterThan(MAX_GROWTH_AT_DOUBLE);
    expect(() => expectLinearGrowth((n) => n ** 1.2, 1_000)).toThrow(/grows 2\.30×/);
  });

  it('fails a count that stays at zero, which measured nothing', () => {
    expect(() => expectLinearGrowth(() => 0, 1_000)).toThrow(/at 1000/);
  });
});
