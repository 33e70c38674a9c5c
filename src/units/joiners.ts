import data from '../../data/joiners.json' with { type: 'json' };
import { foldKey, toneKey } from '../input/keys.js';

// The joining words of data/joiners.json, keyed once at load: in lower case with one tone
// placement ("và"), and for the name connectors also folded ("va"), the two levels words are
// compared at.

const toned = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(toneKey));

/** "và", "cùng", "với": join two units in a list without naming one. */
export const UNIT_JOINERS = toned(data.unitJoiners.words);
/** "và", "&", "cùng": where a list of units may be cut. */
export const LIST_CUTS = toned(data.listCuts.words);
/** "và" (and "va" folded): joins the parts of one name, never counted when names are compared. */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(data.nameConnectors.words.flatMap((w) => [toneKey(w), foldKey(w)]));
/** "thuộc", "của": the name after them is the owner's, part of the unit's name. */
export const BELONGING = toned(data.belonging.words);
/** "và", "hoặc": join the plural nouns of one collective. */
export const LIST_CONJUNCTIONS = toned(data.listConjunctions.words);
