import { couldBeInShortForm, shortFormSlack } from './abbreviations.js';
import type { Word } from './collective.js';
import { GAZETTEER } from './data.js';
import { keyShape } from './gazetteer.js';
import { lazy } from './lazy.js';
import { NAME_CONNECTORS } from './joiners.js';
import { levelWords, longestNamedHead, longestQualifier, namedHeadFirstWords, qualifierWords, singleWordHeads } from './name-key.js';

/**
 * Which word prefixes of a text could be a known body's name, decided from the words alone and
 * without the full lookup (issue 8: splitUnits tried canonicalUnit on every prefix). The test is
 * only a necessary condition: a prefix it keeps may still be unknown, but one it drops can never
 * be known, so the split is the same as trying every prefix.
 *
 * A prefix is known through the gazetteer's index (its key, short forms expanded, "và" and a
 * trailing "tỉnh <Province>" dropped, is a key of the index) or through a named head ("Báo Hà
 * Tĩnh", "UBND huyện Kỳ Anh"; gazetteer.ts namedBody). For the index, the first and last words
 * must be first and last words of some key, unless short forms, "và", a lead-in or a qualifier
 * could stand there; and the prefix cannot have more words than the longest key plus what may be
 * dropped. For a named head, the text must start with one, and it stops being a named body once a
 * capitalised head word follows the proper name ("Báo Hà Tĩnh Đài PT&TH tỉnh").
 */

const CONNECTORS = NAME_CONNECTORS;

const LEAD_IN_WORDS = lazy(() => new Set(GAZETTEER.leadIns.flatMap((l) => levelWords(l, 'fold'))));
const LONGEST_LEAD_IN = lazy(() => Math.max(0, ...GAZETTEER.leadIns.map((l) => levelWords(l, 'tone').length)));

/** Words a name's key may lose before it is looked up: a lead-in and a doubled head. */
const droppedAtStart = lazy(() => LONGEST_LEAD_IN() + 1);

function capitalised(word: Word): boolean {
  const c = word.text.normalize('NFC').charAt(0);
  return c !== c.toLowerCase();
}

/** Index of the first word that a lead-in or "và" does not account for. */
function firstNameWord(list: readonly Word[]): number {
  let i = 0;
  while (i < list.length && (LEAD_IN_WORDS().has(list[i]?.fold ?? '') || CONNECTORS.has(list[i]?.fold ?? ''))) i += 1;
  return i;
}

/**
 * A predicate over prefix lengths k (the first k words of `list`): false when the first k words
 * cannot be a known body's name.
 */
export function knownPrefixFilter(list: readonly Word[]): (k: number) => boolean {
  const shape = keyShape();
  const slack = shortFormSlack();
  // Words of a short form before each position: each may stand for fewer expanded words (slack).
  const shortBefore: number[] = [0];
  const connectorsBefore: number[] = [0];
  list.forEach((w, i) => {
    shortBefore.push((shortBefore[i] ?? 0) + (couldBeInShortForm(w.text) ? 1 : 0));
    connectorsBefore.push((connectorsBefore[i] ?? 0) + (CONNECTORS.has(w.fold) ? 1 : 0));
  });

  // The name starts at the first word a lead-in or "và" does not account for, or earlier when
  // those words are the name's own: any of them may be its first word.
  const starts = list.slice(0, firstNameWord(list) + 1);
  const named = namedHeadFirstWords('tone');
  const indexStart = starts.some((w) => shape.firstWords.has(w.fold) || couldBeInShortForm(w.text));
  const namedStart = starts.some((w) => named.has(w.tone) || couldBeInShortForm(w.text));
  // Past a capitalised head word far enough into the text, no prefix is a named body.
  let namedUntil = namedStart ? list.length : 0;
  if (namedStart) {
    const heads = singleWordHeads('tone');
    for (let j = 0; j < list.length; j += 1) {
      const w = list[j] as Word;
      if (couldBeInShortForm(w.text) || !capitalised(w) || !heads.has(w.tone)) continue;
      const leastIndex = j - droppedAtStart() - slack * (shortBefore[j] ?? 0);
      if (leastIndex >= longestNamedHead() + 1) {
        namedUntil = j;
        break;
      }
    }
  }
  const longest = shape.longest + longestQualifier() + droppedAtStart();
  const lastWords = shape.lastWords;
  const qualifiers = qualifierWords('fold');

  return (k) => {
    if (k <= namedUntil) return true;
    if (!indexStart) return false;
    const keyWordsAtLeast = k - (connectorsBefore[k] ?? 0) - slack * (shortBefore[k] ?? 0);
    if (keyWordsAtLeast > longest) return false;
    const last = list[k - 1];
    if (!last) return false;
    return lastWords.has(last.fold) || qualifiers.has(last.fold) || CONNECTORS.has(last.fold) || couldBeInShortForm(last.text);
  };
}
