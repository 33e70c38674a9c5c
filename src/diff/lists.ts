import type { Source } from '../model/types.js';
import { pairParts, type Paired, type PairingRule } from './pair.js';
import { changedText, partRef, substantiveText } from './refs.js';
import { lazyBag, similarity, wordingKey, type WordBag } from './text.js';
import type { ItemChange, ListChange, TextChange } from './types.js';

/**
 * Least similarity for two texts of a list (duties, objectives, items, bases) to be one text
 * reworded rather than one removed and another added: above the 99th percentile of distinct
 * task descriptions of one plan (0.57; see tasks.ts), so a reworded text keeps most of its words.
 * With the same id (objectives "I.1.2"), the id bonus lowers it to 0.35.
 */
export const REWORD_THRESHOLD = 0.6;

/**
 * A part prepared for pairing by its words: `key` says when two parts are the same unchanged,
 * `words` is the text their similarity compares (made only when a score is needed).
 */
export interface Worded<T> {
  readonly part: T;
  readonly id: string | null;
  readonly key: string;
  readonly bag: () => WordBag;
}

export function worded<T>(part: T, id: string | null, key: string, words: string): Worded<T> {
  return { part, id, key, bag: lazyBag(words) };
}

/** Pairs worded parts by key, then by word similarity (REWORD_THRESHOLD, with the id bonus). */
export function pairWorded<T>(olds: readonly Worded<T>[], news: readonly Worded<T>[]): Paired<Worded<T>>[] {
  return pairParts(olds, news, WORDED_RULE as PairingRule<Worded<T>>);
}

const WORDED_RULE: PairingRule<Worded<unknown>> = {
  key: (t) => t.key,
  id: (t) => t.id,
  score: (a, b) => similarity(a.bag(), b.bag()),
  threshold: REWORD_THRESHOLD,
};

const text = (t: string, id: string | null = null): Worded<string> => worded(t, id, wordingKey(t), t);

/** Texts added, removed and reworded between two lists; null when the lists say the same. */
export function diffTextList(olds: readonly string[], news: readonly string[]): ListChange | null {
  const added: string[] = [];
  const removed: string[] = [];
  const reworded: TextChange[] = [];
  for (const { old, new: nu } of pairWorded(olds.map((t) => text(t)), news.map((t) => text(t)))) {
    if (old === null && nu !== null) added.push(nu.part);
    else if (nu === null && old !== null) removed.push(old.part);
    else if (old !== null && nu !== null) {
      const change = changedText(old.part, nu.part);
      if (change !== null) reworded.push(change);
    }
  }
  return added.length + removed.length + reworded.length === 0 ? null : { added, removed, reworded };
}

/** Whether a list change says more than spelling. */
export function substantiveList(change: ListChange | null): boolean {
  return change !== null && (change.added.length > 0 || change.removed.length > 0 || change.reworded.some((r) => substantiveText(r)));
}

/** An item of a document's list: a basis, an objective, a recipient, a content item. */
export interface Item {
  readonly id: string | null;
  readonly text: string;
  readonly source: Source | null;
}

/** One change per item added, removed or reworded (a renumbered item is no change: its id is the list's order). */
export function diffItems(part: ItemChange['part'], olds: readonly Item[], news: readonly Item[]): ItemChange[] {
  const wrap = (item: Item): Worded<Item> => worded(item, item.id, wordingKey(item.text), item.text);
  const out: ItemChange[] = [];
  for (const { old, new: nu } of pairWorded(olds.map(wrap), news.map(wrap))) {
    const o = old?.part ?? null;
    const n = nu?.part ?? null;
    const base = { part, old: o && partRef(o.id, o.source, o.text), new: n && partRef(n.id, n.source, n.text) };
    if (o === null || n === null) {
      out.push({ ...base, kind: o === null ? 'added' : 'removed', substantive: true, text: null });
      continue;
    }
    const text = changedText(o.text, n.text);
    if (text !== null) out.push({ ...base, kind: 'changed', substantive: substantiveText(text), text });
  }
  return out;
}
