import { foldKey } from '../input/keys.js';

/**
 * A set of phrases matched as whole words at the start of a line, on folded text: built once at
 * module load from a data list, so a test costs one fold and a look-up per length.
 */
export interface HeadSet {
  readonly keys: ReadonlySet<string>;
  /** The longest phrase, in words: how many first words of a line are worth looking up. */
  readonly maxWords: number;
}

export function headSet(phrases: readonly string[]): HeadSet {
  const keys = new Set(phrases.map(foldKey));
  return { keys, maxWords: Math.max(0, ...[...keys].map((k) => k.split(' ').length)) };
}

/**
 * Whether the folded words of a line open with one of the phrases ("sở công thương" opens with
 * "sở"); with `followed`, only when more words come after the phrase ("Căn cứ" alone opens nothing).
 */
export function opensWith(set: HeadSet, text: string, followed = false): boolean {
  const words = foldKey(text).split(' ', set.maxWords + 1);
  const last = followed ? words.length - 1 : words.length;
  for (let n = 1; n <= Math.min(last, set.maxWords); n++) if (set.keys.has(words.slice(0, n).join(' '))) return true;
  return false;
}
