import { foldKey, toneKey } from '../input/keys.js';
import { LETTER, MARK, NUMBER } from '../model/letters.js';

/**
 * Word keys for unit names. 'tone' keeps the marks (lower case, one tone placement: "hoá" =
 * "hóa"); 'fold' drops them ("so giao duc"), for names typed without diacritics.
 */
export type KeyLevel = 'tone' | 'fold';

/**
 * Per-word comparison keys, cached. Unit names are made of Vietnamese syllables, a small set,
 * so the same word is keyed thousands of times in a large plan (issue 8). A word's key does not
 * depend on its neighbours: `toneKey`'s tone-placement rule looks only inside a syllable, and
 * NFC never composes across a word boundary. The cache holds single words, never whole cell
 * texts, and is dropped when it grows past a bound, so that an input of random words cannot
 * make it hold memory.
 */
interface Keyed {
  /** toneKey / foldKey of the word, as written by those functions. */
  readonly key: string;
  /** The words of that key: one, or none for a stray combining mark that folding removes. */
  readonly words: readonly string[];
}

// Distinct words of a large folder of plans (Vietnamese has some 7,000 syllables in use, and
// names and short forms add to them): kept within this bound, then the cache starts again.
export const LIMIT = 20000;
const CACHE: Record<KeyLevel, Map<string, Keyed>> = { tone: new Map(), fold: new Map() };

const WORD = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'gu');

function keyed(word: string, level: KeyLevel): Keyed {
  const cache = CACHE[level];
  const hit = cache.get(word);
  if (hit) return hit;
  const key = level === 'tone' ? toneKey(word) : foldKey(word);
  const out: Keyed = { key, words: key.match(WORD) ?? [] };
  if (cache.size >= LIMIT) cache.clear();
  cache.set(word, out);
  return out;
}

/** `toneKey(word)` or `foldKey(word)` of one word. */
export function wordKey(word: string, level: KeyLevel): string {
  return keyed(word, level).key;
}

/** The words of a text at a level: the same as matching words in `toneKey(text)` / `foldKey(text)`. */
export function keyWords(text: string, level: KeyLevel): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const k = keyed(m[0], level).words;
    if (k.length === 1) out.push(k[0] as string);
    else for (const w of k) out.push(w);
  }
  return out;
}
