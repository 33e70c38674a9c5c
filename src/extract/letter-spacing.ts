/**
 * Letter-spaced OCR (issue 11, layout 7): a scan read by OCR spaces the letters of bold or
 * spread-out text in the header and the signature ("Q Đ - U B ND", "Ngu y ễn Văn A"). The pieces
 * are joined again only where the joined form is a Vietnamese syllable that one of the pieces
 * is not, or a code of capitals in a document symbol; a document number is never cut at an
 * inner space.
 */
import { isVietnameseSyllable } from '../input/legacy/syllable.js';
import type { ExtractContext } from './context.js';
import { LETTER, NUMBER, UPPER } from '../model/letters.js';
import { msg } from '../i18n/index.js';

const LETTERS_ONLY = new RegExp(String.raw`^[${LETTER}]+$`, 'u');
const SYMBOL_CODE = new RegExp(String.raw`^[${UPPER}${NUMBER}][${LETTER}${NUMBER}&]*(?:[-/][${LETTER}${NUMBER}&]+)*[-/]?$`, 'u');

/**
 * A line with its syllables rejoined; the repair, if any, is reported where the line is.
 * `asWritten` is the line before any other repair of its spacing.
 */
export function rejoinReported(text: string, offset: number, ctx: ExtractContext, asWritten = text): string {
  const out = rejoinSyllables(text);
  if (out !== asWritten) ctx.report({ ruleId: 'repair-letter-spacing', message: msg('parse.letterSpacing', { written: asWritten, read: out }), offset, expected: out, actual: asWritten });
  return out;
}

// The most pieces OCR splits one syllable into ("N g u y ễ n" is six, but three is what real
// scans show: "Ngu y ễn", "Ng o ại"); a bound keeps the search linear.
const MAX_PIECES = 4;

/**
 * Joins the pieces of syllables spaced apart: at each word, the longest run of up to
 * MAX_PIECES pieces that together make a syllable, when at least one piece alone is not one
 * (or is a lone letter that is no word of its own). Only the first piece may lack a vowel (an
 * onset split off: "Ng o ại"), and the last (a final consonant split off: "T Ị CH", "NH Â N"),
 * unless it opens the next syllable with the piece after it ("P HÓ C HỦ" is "PHÓ CHỦ").
 * Punctuation after the last piece stays after the word ("S ố:" is "Số:"); other words with
 * punctuation are left alone.
 */
export function rejoinSyllables(text: string): string {
  const words = text.split(/(\s+)/u);
  const tokens = words.filter((_, i) => i % 2 === 0);
  const out: string[] = [];
  let i = 0;
  while (i < tokens.length) {
    let joined = 1;
    let tail = '';
    for (let n = Math.min(MAX_PIECES, tokens.length - i); n >= 2; n--) {
      const run = tokens.slice(i, i + n);
      const last = TRAILING.exec(run[n - 1] ?? '');
      const pieces = [...run.slice(0, -1), last?.[1] ?? ''];
      if (!pieces.every((t) => LETTERS_ONLY.test(t))) continue;
      const coda = pieces[n - 1] ?? '';
      if (pieces.slice(1, -1).some((t) => !VOWEL.test(t))) continue;
      if (!VOWEL.test(coda) && opensNext(coda, tokens[i + n])) continue;
      const word = pieces.join('');
      if (!isVietnameseSyllable(word) || !sameCase(pieces)) continue;
      if (pieces.some((t) => !isVietnameseSyllable(t) || isLoneLetter(t))) {
        joined = n;
        tail = last?.[2] ?? '';
        break;
      }
    }
    out.push(joined === 1 ? (tokens[i] ?? '') : `${tokens.slice(i, i + joined - 1).join('')}${(TRAILING.exec(tokens[i + joined - 1] ?? '')?.[1] ?? '')}${tail}`);
    i += joined;
  }
  return out.join(' ');
}

// A piece and the punctuation after it ("ố:", "CH,").
const TRAILING = new RegExp(String.raw`^([${LETTER}]*)([.,:;]?)$`, 'u');

/** Whether a consonant piece starts a syllable with the piece after it ("C" + "HỦ"). */
function opensNext(piece: string, next: string | undefined): boolean {
  const word = TRAILING.exec(next ?? '')?.[1] ?? '';
  return word !== '' && isVietnameseSyllable(piece + word) && sameCase([piece, word]);
}

const VOWEL = /[aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ]/iu;

/** A single letter that is not a word of its own ("A" in "Văn A", "o" are words: they stay). */
function isLoneLetter(t: string): boolean {
  return [...t].length === 1 && !/^[aáàảãạoóòỏõọôốồổỗộơớờởỡợ]$/iu.test(t);
}

/** Pieces of one word share its case: a capital starts it, the rest follow in one case. */
function sameCase(run: readonly string[]): boolean {
  const rest = run.slice(1).join('');
  const first = run[0] ?? '';
  // A word that opens in lower case goes on in lower case ("n" + "A" is two words).
  if (first === first.toLowerCase()) return rest === rest.toLowerCase();
  return rest === rest.toLowerCase() || rest === rest.toUpperCase();
}

// A piece of a letter-spaced code: capitals without Vietnamese marks (document codes never
// carry tones; Đ is a letter of its own).
const CODE_PIECE = /^[A-ZĐ&]{1,2}$/u;

/**
 * The symbol of a document number with its letter spacing removed ("Q Đ - U B ND" →
 * "QĐ-UBND"): pieces of one or two capitals run together, and separators close up; a word
 * with marks, in lower case or longer ends the symbol.
 */
export function rejoinCode(text: string): string {
  const tokens = text.trim().split(/\s+/u);
  let out = '';
  let k = 0;
  let prevShort = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k] ?? '';
    const afterSeparator = out === '' || /[-/]$/.test(out);
    if (/^[-/]+$/.test(t)) {
      out += t;
      prevShort = false;
    } else if (CODE_PIECE.test(t) && (prevShort || afterSeparator)) {
      out += t;
      prevShort = true;
    } else if (afterSeparator && SYMBOL_CODE.test(t) && !/[^\x20-\x7EĐđ]/u.test(t)) {
      out += t;
      // "KH-U" then "B ND": the short piece after the last separator goes on with the next.
      prevShort = CODE_PIECE.test(t.split(/[-/]/).pop() ?? '');
    } else break;
  }
  const rest = tokens.slice(k).join(' ');
  return rest ? `${out} ${rest}` : out;
}
