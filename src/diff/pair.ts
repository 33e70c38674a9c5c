/**
 * Pairs the parts of two documents (tasks, sections, responsibilities, duties …): which part of
 * the new document is which part of the old one. Three steps, each only over what the previous
 * left unpaired:
 *
 * 1. the same part unchanged: equal keys (text and units). Several equal keys pair same ids
 *    first, then in document order. A renumbered task is found here, and is "moved";
 * 2. the rest by evidence: the caller's score (text similarity, units) plus ID_BONUS for the
 *    same id, kept at or above the caller's threshold and assigned best first, each part once.
 *    A part edited in place pairs through its id; a part moved and edited pairs through its text;
 * 3. whatever is left was removed or added.
 */

export interface PairingRule<T> {
  /** Parts with equal keys are the same part, unchanged in substance. */
  key(item: T): string;
  id(item: T): string | null;
  /** Evidence, 0 … 1, that two parts are the same (the id is not part of it). */
  score(a: T, b: T): number;
  /** Least score + id bonus for a pair. */
  readonly threshold: number;
  /** Added to the score of two parts with the same id (default ID_BONUS). */
  readonly idBonus?: number;
}

/** One entry of the pairing, in reading order: a pair, a removed part (old only) or an added part (new only). */
export interface Paired<T> {
  readonly old: T | null;
  readonly new: T | null;
}

/**
 * The same id is evidence, not proof: a task inserted before others shifts their numbers. 0.25
 * lets a part edited in place pair with a text similarity 0.25 lower than a part that moved.
 */
export const ID_BONUS = 0.25;

/**
 * Above this many candidate pairs (500 × 500 parts that changed), step 2 compares each part only
 * with parts of the same id and with those within WINDOW positions of it: a score costs a few
 * dozen word look-ups, so 250,000 of them stay under a second, and the work stays bounded for a
 * plan of thousands of rewritten rows.
 */
export const MAX_CANDIDATE_PAIRS = 250_000;
export const WINDOW = 50;

export function pairParts<T>(olds: readonly T[], news: readonly T[], rule: PairingRule<T>): Paired<T>[] {
  const newOf = new Array<number>(olds.length).fill(-1);
  const taken = new Array<boolean>(news.length).fill(false);
  pairEqualKeys(olds, news, rule, newOf, taken);
  pairByScore(olds, news, rule, newOf, taken);
  return inReadingOrder(olds, news, newOf, taken);
}

function pairEqualKeys<T>(olds: readonly T[], news: readonly T[], rule: PairingRule<T>, newOf: number[], taken: boolean[]): void {
  const byKey = new Map<string, number[]>();
  news.forEach((n, j) => {
    const k = rule.key(n);
    const list = byKey.get(k);
    if (list) list.push(j);
    else byKey.set(k, [j]);
  });
  // Same ids first, so that two equal rows ("VII.2" and its sub-row) keep their own partners.
  for (const sameIdOnly of [true, false]) {
    olds.forEach((o, i) => {
      if (newOf[i] !== -1) return;
      const list = byKey.get(rule.key(o));
      if (!list) return;
      const id = rule.id(o);
      const j = list.find((c) => !taken[c] && (!sameIdOnly || (id !== null && rule.id(news[c] as T) === id)));
      if (j === undefined) return;
      newOf[i] = j;
      taken[j] = true;
    });
  }
}

function pairByScore<T>(olds: readonly T[], news: readonly T[], rule: PairingRule<T>, newOf: number[], taken: boolean[]): void {
  const restOld = olds.map((_, i) => i).filter((i) => newOf[i] === -1);
  const restNew = news.map((_, j) => j).filter((j) => !taken[j]);
  if (restOld.length === 0 || restNew.length === 0) return;
  const all = restOld.length * restNew.length <= MAX_CANDIDATE_PAIRS;
  const bonus = rule.idBonus ?? ID_BONUS;
  const candidates: { i: number; j: number; s: number }[] = [];
  restOld.forEach((i, a) => {
    const o = olds[i] as T;
    const id = rule.id(o);
    restNew.forEach((j, b) => {
      const n = news[j] as T;
      const sameId = id !== null && rule.id(n) === id;
      if (!all && !sameId && Math.abs(a - b) > WINDOW) return;
      const s = rule.score(o, n) + (sameId ? bonus : 0);
      if (s >= rule.threshold) candidates.push({ i, j, s });
    });
  });
  candidates.sort((x, y) => y.s - x.s || x.i - y.i || x.j - y.j);
  for (const c of candidates) {
    if (newOf[c.i] !== -1 || taken[c.j]) continue;
    newOf[c.i] = c.j;
    taken[c.j] = true;
  }
}

/** New document order; a removed part comes after the pair that preceded it in the old document. */
function inReadingOrder<T>(olds: readonly T[], news: readonly T[], newOf: readonly number[], taken: readonly boolean[]): Paired<T>[] {
  const entries: { at: number; tie: number; entry: Paired<T> }[] = [];
  let anchor = -1;
  olds.forEach((o, i) => {
    const j = newOf[i] ?? -1;
    if (j !== -1) {
      anchor = Math.max(anchor, j);
      entries.push({ at: j, tie: 0, entry: { old: o, new: news[j] as T } });
    } else {
      entries.push({ at: anchor + 0.5, tie: i, entry: { old: o, new: null } });
    }
  });
  news.forEach((n, j) => {
    if (!taken[j]) entries.push({ at: j, tie: 0, entry: { old: null, new: n } });
  });
  entries.sort((a, b) => a.at - b.at || a.tie - b.tie);
  return entries.map((e) => e.entry);
}
