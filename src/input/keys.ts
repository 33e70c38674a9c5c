import { LETTER, MARK, NUMBER } from '../model/letters.js';

const MARKS = new RegExp(String.raw`[${MARK}]`, 'gu');
const NOT_WORD = new RegExp(String.raw`[^${LETTER}${NUMBER}]+`, 'u');

/**
 * Comparison keys for Vietnamese text, in three levels. None of them rewrites the document's
 * text: they are only for comparing and searching.
 *
 * - exact: NFC, white space folded;
 * - tone: also lower case, and one tone placement (domain.md §4.2: "hoà" = "hòa", "thuỷ" =
 *   "thủy"; the two conventions differ only in the rhymes oa, oe, uy with no final consonant);
 * - folded: no marks at all, đ → d, lower case, for search as people type ("so giao duc").
 */

export function exactKey(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// New placement (tone on the second vowel) → old placement (tone on the first), the form ND 30's
// own Quốc hiệu uses ("CỘNG HÒA").
const TONE_PAIRS: Record<string, string> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
// "q" before "u" makes "qu" a consonant: "quý" is written so in both conventions.
const TONE_RE = new RegExp(String.raw`(?<![qQ])(o[àáảãạ]|o[èéẻẽẹ]|u[ỳýỷỹỵ])(?![${LETTER}${MARK}])`, 'gu');

export function toneKey(text: string): string {
  return exactKey(text)
    .toLowerCase()
    .replace(TONE_RE, (m) => TONE_PAIRS[m] ?? m);
}

export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const WHITE_SPACE = /\s/g;

/**
 * The start of foldKey(text): foldKey(text) itself, or a prefix of it at least `length`
 * characters long. For a caller that compares only the first words of the fold ("nơi nhận",
 * "phụ lục", a section's name), which folding a whole paragraph to look at them cost (issue
 * 19: the paragraph reader folds each line up to five times; in a batch of corpus plans this was
 * a tenth of the allocation of our own code). The text is cut before a white-space character:
 * there the fold of the part before is exactly the start of the whole fold (no mark, case or
 * white space folds across white space). The cut moves on, doubling, until the fold is long
 * enough: the work stays linear in the part of the text folded.
 */
export function foldKeyStart(text: string, length: number): string {
  for (let take = Math.max(1, length); take < text.length; take *= 2) {
    WHITE_SPACE.lastIndex = take;
    const cut = WHITE_SPACE.exec(text)?.index;
    if (cut === undefined) break;
    const head = foldKey(text.slice(0, cut));
    if (head.length >= length) return head;
    take = Math.max(take, cut);
  }
  return foldKey(text);
}

/** Folded syllables (words), with punctuation removed: the unit of text similarity. */
export function foldWords(text: string): string[] {
  return foldKey(text)
    .split(NOT_WORD)
    .filter((w) => w.length > 0);
}

/** Whether a string starts with a lower-case letter (after NFC); Vietnamese letters included. */
export function startsLowerCase(text: string): boolean {
  const c = text.trimStart().charAt(0);
  return c !== '' && c === c.toLowerCase() && c !== c.toUpperCase();
}
