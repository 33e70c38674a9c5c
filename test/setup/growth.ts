import { expect } from 'vitest';

/**
 * How much a count of work may grow when the input doubles and still be called linear: a
 * linear count doubles (2×), a quadratic one quadruples (4×). The 10% over 2× allows for a
 * binary search's log factor (n log n grows by 2 × 15/14 = 2.14× from 2^14 to 2^15 items) and
 * for costs that do not grow at all; a count growing as n^1.2 (2.30×) is already over it.
 */
export const MAX_GROWTH_AT_DOUBLE = 2.2;

/**
 * Asserts that the work `countAt(n)` reports grows linearly: at 2n it is at most
 * MAX_GROWTH_AT_DOUBLE times the work at n. A count of work, not a time, so that it says the
 * same on any machine (speed is measured by `npm run bench`). Returns the ratio.
 */
export function expectLinearGrowth(countAt: (n: number) => number, n: number, what = 'the work'): number {
  return expectLinearCounts(countAt(n), countAt(2 * n), n, what);
}

/** The same, on counts already taken at n and at 2n (where taking them is asynchronous). */
export function expectLinearCounts(once: number, twice: number, n: number, what = 'the work'): number {
  expect(once, `${what} at ${n}`).toBeGreaterThan(0);
  const ratio = twice / once;
  expect(ratio, `${what} grows ${ratio.toFixed(2)}× from ${n} to ${2 * n}`).toBeLessThanOrEqual(MAX_GROWTH_AT_DOUBLE);
  return ratio;
}
