/** The statistics the benchmark prints (issue 8): medians of runs and the growth exponent. */
import { describe, expect, it } from 'vitest';
import { growthExponent, median } from '../../bench/stats.mjs';

describe('median', () => {
  it('takes the middle run, or the mean of the two middle runs', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
    expect(median([])).toBeNaN();
  });
});

describe('growthExponent', () => {
  it('is 1 for a cost proportional to the size, whatever the factor', () => {
    expect(growthExponent([{ x: 1000, y: 5 }, { x: 8000, y: 40 }, { x: 32000, y: 160 }])).toBeCloseTo(1, 10);
  });

  it('is 2 for a quadratic cost and 0.5 for a square-root one', () => {
    expect(growthExponent([{ x: 10, y: 100 }, { x: 20, y: 400 }, { x: 40, y: 1600 }])).toBeCloseTo(2, 10);
    expect(growthExponent([{ x: 4, y: 2 }, { x: 16, y: 4 }, { x: 64, y: 8 }])).toBeCloseTo(0.5, 10);
  });

  it('fits the least-squares line through points that are not on one line', () => {
    // log2 sizes 0, 1, 2 and log2 costs 0, 1, 3: slope = Σ(dx·dy) / Σdx² = (−1·−4/3 + 1·5/3) / 2 = 1.5.
    expect(growthExponent([{ x: 1, y: 1 }, { x: 2, y: 2 }, { x: 4, y: 8 }])).toBeCloseTo(1.5, 10);
  });

  it('leaves out points with no logarithm, and needs two points', () => {
    expect(growthExponent([{ x: 1, y: 0 }, { x: 10, y: 10 }])).toBeNaN();
    expect(growthExponent([{ x: 1, y: -3 }, { x: 10, y: 10 }, { x: 100, y: 100 }])).toBeCloseTo(1, 10);
  });
});
