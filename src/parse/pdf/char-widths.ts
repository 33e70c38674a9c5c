import { UPPER } from '../../model/letters.js';

const CAPITAL_OR_DIGIT = new RegExp(String.raw`[${UPPER}]|\d`, 'u');
// pdf.js gives no glyph positions inside a piece of text: a character's share of the piece's
// width is estimated from its kind (a space about half a letter, capitals and digits wider).
const SPACE_WIDTH = 0.5;
const CAPITAL_WIDTH = 1.35;

/** The estimated width of each character of a text, relative to a lower-case letter. */
export function charWeights(text: string): number[] {
  return [...text].map((ch) => (ch === ' ' ? SPACE_WIDTH : CAPITAL_OR_DIGIT.test(ch) ? CAPITAL_WIDTH : 1));
}

/** The estimated width of a text's characters from `from` to `to`, as a share of the whole. */
export function widthShare(weights: readonly number[], from: number, to: number): number {
  let part = 0;
  let total = 0;
  weights.forEach((w, i) => {
    total += w;
    if (i >= from && i < to) part += w;
  });
  return total ? part / total : 0;
}
