import { diffWords } from 'diff';
import { foldWords, toneKey } from '../input/keys.js';
import type { TextChange, WordPart } from './types.js';
import { LETTER, NUMBER } from '../model/letters.js';

const NOT_WORD = new RegExp(String.raw`[^${LETTER}${NUMBER}]+`, 'gu');

/** A word-level diff of two texts, from the `diff` package (maintained; handles Vietnamese letters U+1E00–1EFF as word characters). */
export function textChange(oldText: string, newText: string): TextChange {
  const words: WordPart[] = [];
  for (const part of diffWords(oldText, newText)) {
    const op = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const last = words[words.length - 1];
    // diffWords can return two runs of one kind in a row; one run reads better.
    if (last !== undefined && last.op === op) words[words.length - 1] = { op, text: last.text + part.value };
    else words.push({ op, text: part.value });
  }
  return { old: oldText, new: newText, words };
}

/**
 * The key two texts share when they say the same thing in other letters: lower case, one tone
 * placement (hòa = hoà, domain.md §4.2), and only letters and digits (spacing and punctuation
 * dropped). Diacritics other than the tone placement stay: "Lòng ghép" → "Lồng ghép" is a
 * correction a reader wants to see.
 */
export function wordingKey(text: string): string {
  return toneKey(text).replace(NOT_WORD, ' ').trim();
}

/** Whether two texts differ in more than wordingKey forgives. */
export function differsInSubstance(a: string, b: string): boolean {
  return wordingKey(a) !== wordingKey(b);
}

/** The folded words of a text, counted: what similarity compares. */
export interface WordBag {
  readonly counts: ReadonlyMap<string, number>;
  readonly total: number;
}

export function wordBag(text: string): WordBag {
  const counts = new Map<string, number>();
  const words = foldWords(text);
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return { counts, total: words.length };
}

/** The word bag of a text, made on first use: most parts pair by their keys and never need it. */
export function lazyBag(text: string): () => WordBag {
  let bag: WordBag | null = null;
  return () => (bag ??= wordBag(text));
}

/**
 * Dice coefficient of two word bags: 2 × shared words / all words, 0 … 1. Word order is not
 * looked at (a reordered sentence is the same task); diacritics are folded so that an OCR slip
 * ("Công TTĐT" for "Cổng TTĐT") costs one word, not the pairing.
 */
export function similarity(a: WordBag, b: WordBag): number {
  const total = a.total + b.total;
  if (total === 0) return 1;
  let shared = 0;
  for (const [w, n] of a.counts) shared += Math.min(n, b.counts.get(w) ?? 0);
  return (2 * shared) / total;
}
