/**
 * The index of the last of `count` items, sorted by where they start, that starts at or before
 * `offset` (0 when none does): the line, paragraph or page that holds an offset, by binary search.
 */
export function lastStartAtOrBefore(count: number, startOf: (i: number) => number, offset: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(mid) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
