// Small statistics for the benchmark (issue 8): medians of repeated runs and the growth
// exponent of a cost, the least-squares slope of log(cost) against log(size).

/** @param {readonly number[]} xs */
export function median(xs) {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? /** @type {number} */ (s[mid]) : (/** @type {number} */ (s[mid - 1]) + /** @type {number} */ (s[mid])) / 2;
}

/**
 * The least-squares slope of log(y) against log(x): 1 for a cost that grows linearly with the
 * size, 2 for a quadratic one. Points with a non-positive value are left out (no logarithm).
 * @param {readonly { x: number, y: number }[]} points
 */
export function growthExponent(points) {
  const p = points.filter((q) => q.x > 0 && q.y > 0).map((q) => ({ x: Math.log(q.x), y: Math.log(q.y) }));
  if (p.length < 2) return Number.NaN;
  const mx = p.reduce((s, q) => s + q.x, 0) / p.length;
  const my = p.reduce((s, q) => s + q.y, 0) / p.length;
  const sxx = p.reduce((s, q) => s + (q.x - mx) ** 2, 0);
  const sxy = p.reduce((s, q) => s + (q.x - mx) * (q.y - my), 0);
  return sxx === 0 ? Number.NaN : sxy / sxx;
}
