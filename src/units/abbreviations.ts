import { GAZETTEER } from './data.js';
import { lazy } from './lazy.js';
import { LIMIT as TOKEN_CACHE } from './word-keys.js';
import { LETTER, MARK, NUMBER } from '../model/letters.js';

const SHORT_FORM_SHAPE = new RegExp(String.raw`^[&-]?[${LETTER}](?:[${LETTER}&.,-]*[${LETTER}])?[&-]?$`, 'u');
const WORDS = new RegExp(String.raw`[${LETTER}${MARK}${NUMBER}]+`, 'gu');

// domain.md §2.4: inside a short form the separators & - , . and spaces vary ("TT&TT",
// "LĐ-TB", "VH,TT&DL", "LĐTB &XH", "VHTTDL"), so they are ignored; Đ stays distinct from D.
function abbreviationKey(text: string): string {
  return text.normalize('NFC').replace(/[&\-.,\s]/g, '').toUpperCase();
}

// Built on first use, not at import (start-up time, issue 8).
const TABLE = lazy(
  () => new Map<string, string>(Object.entries(GAZETTEER.abbreviations).map(([short, long]) => [abbreviationKey(short), long])),
);

const EDGE_OPEN = /^[("“'‘[]+/u;
const EDGE_CLOSE = /[)"”'’\];:.,]+$/u;

interface Piece { readonly before: string; readonly core: string; readonly after: string }

function piece(token: string): Piece {
  const open = EDGE_OPEN.exec(token)?.[0] ?? '';
  const rest = token.slice(open.length);
  const close = EDGE_CLOSE.exec(rest)?.[0] ?? '';
  return { before: open, core: rest.slice(0, rest.length - close.length), after: close };
}

/**
 * Whether a token looks like a short form: letters with optional & - , . between them, either
 * all in capitals ("UBND", "VH-TT&DL", "&XH"), or typed in lower case with a separator or at
 * least four letters ("tt&tt", "ubnd"), so that ordinary words are never read as abbreviations.
 */
function looksAbbreviated(core: string): boolean {
  const hit = LOOKS.get(core);
  if (hit !== undefined) return hit;
  const out = readLooksAbbreviated(core);
  // Tokens repeat across a plan (syllables, short forms); bounded like the word keys.
  if (LOOKS.size >= TOKEN_CACHE) LOOKS.clear();
  LOOKS.set(core, out);
  return out;
}
const LOOKS = new Map<string, boolean>();

function readLooksAbbreviated(core: string): boolean {
  if (!SHORT_FORM_SHAPE.test(core)) return false;
  const letters = core.replace(/[&.,-]/g, '');
  if (letters.length < 2) return false;
  if (letters === letters.toUpperCase()) return true;
  if (letters !== letters.toLowerCase()) return false;
  return (/[&-]/.test(core) || letters.length >= 4) && TABLE().has(abbreviationKey(core));
}

/**
 * Replaces the short forms listed in the gazetteer by their full words ("Sở VH-TT&DL" →
 * "Sở Văn hóa, Thể thao và Du lịch"); everything else is left as written. A run of short
 * tokens ("LĐTB &XH", "BQL KKT") is tried whole first, then in parts.
 */
export function expandAbbreviations(text: string): string {
  const parts = text.split(/(\s+)/);
  const out: string[] = [];
  let i = 0;
  while (i < parts.length) {
    const token = parts[i] ?? '';
    if (i % 2 === 1 || !looksAbbreviated(piece(token).core)) {
      out.push(token);
      i += 1;
      continue;
    }
    // Collect the run of short tokens starting here (only white space between them).
    let end = i;
    while (end + 2 < parts.length && looksAbbreviated(piece(parts[end + 2] ?? '').core)) end += 2;
    let done = false;
    for (let last = end; last >= i; last -= 2) {
      const first = piece(token);
      const final = piece(parts[last] ?? '');
      const cores: string[] = [];
      for (let k = i; k <= last; k += 2) cores.push(piece(parts[k] ?? '').core);
      const long = TABLE().get(abbreviationKey(cores.join('')));
      if (long !== undefined) {
        out.push(first.before + long + final.after);
        i = last + 1;
        done = true;
        break;
      }
    }
    if (!done) {
      out.push(token);
      i += 1;
    }
  }
  return out.join('');
}

/**
 * Whether a word (letters between separators) could be part of a short form the table expands:
 * its letters, in capitals, appear in some short form's key ("TT" of "PT&TH", "ubnd"). Used to
 * rule out names cheaply: a word that is not such a piece is never changed by the expansion.
 */
export function couldBeInShortForm(word: string): boolean {
  const hit = PIECES.get(word);
  if (hit !== undefined) return hit;
  const upper = word.normalize('NFC').toUpperCase();
  let out = false;
  for (const key of TABLE().keys()) {
    if (key.includes(upper)) {
      out = true;
      break;
    }
  }
  if (PIECES.size >= TOKEN_CACHE) PIECES.clear();
  PIECES.set(word, out);
  return out;
}
const PIECES = new Map<string, boolean>();

/**
 * How many more words a short form may be written with than its expansion has words other than
 * "và" (0 for the shipped table: "UBND" has four letters and "Ủy ban nhân dân" four words). A
 * short form written letter by letter ("V-H-T-T-D-L") has at most one word per letter.
 */
export const shortFormSlack = lazy(() => {
  let slack = 0;
  for (const [key, long] of TABLE()) {
    const words = (long.match(WORDS) ?? []).filter((w) => w.toLowerCase() !== 'và');
    slack = Math.max(slack, [...key].length - words.length);
  }
  return slack;
});
