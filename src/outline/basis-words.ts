import data from '../../data/basis-words.json' with { type: 'json' };
import { headSet, opensWith } from './word-heads.js';

const BASIS = headSet(data.words);

/**
 * A line that opens with a basis word, in any case and tone placement, and goes on ("Căn cứ
 * Luật …", "Thực hiện Kế hoạch …"): the word alone cites nothing.
 */
export function opensWithBasisWord(text: string): boolean {
  return opensWith(BASIS, text, true);
}

/** The basis words as written, with their capital, as a regular-expression alternation. */
export const BASIS_WORDS_WRITTEN = alternation(data.words);
/** The openers of a proposal ("Theo đề nghị", "Xét đề nghị") as written, as an alternation. */
export const PROPOSAL_WORDS_WRITTEN = alternation(data.proposals);

function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}
