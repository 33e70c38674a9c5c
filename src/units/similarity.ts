/**
 * Characters of each string that the edit distance compares. The longest name in the
 * gazetteer has 41 characters and unit names in plans rarely pass 150; 256 keeps every real
 * name exact and bounds one comparison at 256 × 256 steps.
 */
export const MAX_EDIT_INPUT = 256;

/** Levenshtein distance over UTF-16 code units (the keys compared are folded, so ASCII-like). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  // The table below costs |a| × |b|: a 1 MB "unit name" against the gazetteer took minutes
  // (issue 14). Past MAX_EDIT_INPUT, the tails are not compared: each extra character counts
  // as one edit, so the result is an upper bound, exact for names of ordinary length.
  if (a.length > MAX_EDIT_INPUT || b.length > MAX_EDIT_INPUT) {
    return editDistance(a.slice(0, MAX_EDIT_INPUT), b.slice(0, MAX_EDIT_INPUT)) + Math.max(a.length, b.length) - MAX_EDIT_INPUT;
  }
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? Math.max(a.length, b.length);
}

/** 1 for equal strings, 0 for nothing in common: 1 − distance / longer length. */
export function editSimilarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - editDistance(a, b) / longer;
}

/** Dice coefficient over word multisets: how many words two names share. */
export function wordOverlap(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const pool = new Map<string, number>();
  for (const w of b) pool.set(w, (pool.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of a) {
    const n = pool.get(w) ?? 0;
    if (n > 0) {
      shared += 1;
      pool.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
