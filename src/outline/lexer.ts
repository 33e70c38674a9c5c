/**
 * The numbering lexer: recognises the Vietnamese numbering scheme at the start of a line
 * (NĐ 30/2020 Phụ lục I, "from large to small": Phần I → A. → I. → 1. → 1.1. → a) → - → +),
 * whatever node type remark produced for the line. What a number is worth and which comes next
 * is the numbering lexicon's (model/numbering.ts), shared with the appendix reader and validate.
 */
import { isRoman, letterValue, romanValue, toRoman, VIETNAMESE_LETTERS } from '../model/numbering.js';
import { LETTER, MARK, NUMBER, UPPER as CAPITAL } from '../model/letters.js';
import ordinals from '../../data/ordinals.json' with { type: 'json' };

const ORDINALS = new Map(Object.entries(ordinals.ordinals));

const A_WORD_CHAR = new RegExp(String.raw`[${LETTER}${NUMBER}]`, 'u');
const A_CAPITAL = new RegExp(String.raw`^[${CAPITAL}]`, 'u');

const TEXT_START = new RegExp(String.raw`[${LETTER}]|["“(*]`, 'u');
const FIGURE_THEN_WORD = new RegExp(String.raw`^[\d.,]+%?\s+[${LETTER}]`, 'u');

export { romanValue, VIETNAMESE_LETTERS };

/**
 * 'heading': a Markdown heading with no number of its own, in a plan structured by heading
 * levels only (issue 11 layout 6); its number is its place among its siblings.
 */
export type MarkerKind = 'part' | 'upper' | 'roman' | 'arabic' | 'decimal' | 'letter' | 'dash' | 'plus' | 'star' | 'heading';

export interface Marker {
  readonly kind: MarkerKind;
  /** The number as a reader says it: "IV", "5", "1.2", "a", "-". */
  readonly number: string;
  /** For decimal numbers, how many parts ("1.2" → 2); 1 otherwise. */
  readonly depth: number;
  /** Length of the marker and the space after it, to cut the title from the line. */
  readonly length: number;
  /** The numeric value used to check a sequence (IV → 4, c → 3, 1.2 → 2). */
  readonly value: number;
  /**
   * The other reading of a number that is both a letter and a Roman numeral ("C." is the third
   * letter, or Roman 100; "I." is Roman one, or the letter after H): its siblings decide.
   */
  readonly alt?: Marker;
  /** The marker stands alone on its line ("3.", "III."): its title is on the next line. */
  readonly bare?: boolean;
  /**
   * The numeral as printed when a scan misread it ("Il." for II): `number` is the numeral meant.
   * It stands for that numeral only where it continues the numbering (the reader checks).
   */
  readonly written?: string;
  /**
   * A Roman numeral written without its dot ("IV TỔ CHỨC THỰC HIỆN"): it stands for that
   * numeral only where it continues the numbering (the reader checks, as for `written`).
   */
  readonly undotted?: boolean;
}

/**
 * Fixed rank of each kind, in the order NĐ 30/2020 Phụ lục I nests them (Phần → A. → I. → 1. →
 * 1.1. → a) → - → +): a smaller rank encloses a larger one. Decimals take the ranks between
 * "1." and "a)", one per level ("1.2" is 4, "1.2.3" is 5), so letters start at 10.
 */
export const RANK = { part: 0, upper: 1, roman: 2, arabic: 3, letter: 10, dash: 11, plus: 12, star: 13 } as const;

export function rankOf(m: Pick<Marker, 'kind' | 'depth'>): number {
  switch (m.kind) {
    case 'part': return RANK.part;
    case 'upper': return RANK.upper;
    case 'roman': return RANK.roman;
    case 'arabic': return RANK.arabic;
    case 'decimal': return RANK.arabic + (m.depth - 1);
    case 'letter': return RANK.letter;
    case 'dash': return RANK.dash;
    case 'plus': return RANK.plus;
    case 'star': return RANK.star;
    // Heading levels enclose every numbered level, and "#" encloses "##".
    case 'heading': return m.depth / 10;
  }
}

const PART = /^(?:PHẦN|Phần)\s+([IVXL]+|\d+)\s*[.:\-–]?\s*/u;
// "Phần thứ nhất" alone on its line, before a separator, or before its title in capitals
// ("Phần thứ hai: …", "Phần thứ nhất KẾT QUẢ"): in running text the words go on in lower case
// ("Phần thứ nhất của Kế hoạch …", "Phần thứ hai gồm …").
const PART_ORDINAL = new RegExp(String.raw`^(?:PHẦN|Phần)\s+(?:THỨ|thứ)\s+([${LETTER}]+)(?![${LETTER}${MARK}])\s*[.:\-–]?\s*`, 'u');
// Roman numerals and capital letters share I, V, X, L, C, D, M: both read "C." (see alt).
const ROMAN = /^([IVXLCDM]{1,7})\s*[.):\-–]\s*/u;
const UPPER = /^([A-ZĐ])\s*[.)]\s*/u;
// OCR reads the capital I of a Roman numeral as a lower-case l or a figure 1 ("Il.", "IIl.",
// "I1."): a run of I, V, X with l or 1 mixed in, a dot, then a heading's title in capitals.
const OCR_ROMAN = /^([IVXl1]{2,7})\.\s+/u;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3}){1,4})\.?(?=\s|$)\s*/u;
const ARABIC = /^(\d{1,3})\s*(?:[.)]|-(?=\s))\s*/u;
const LETTER_MARKER = /^([a-zđ])\s*\)\s*/u;
// NĐ 30/2020 writes "a)"; many plans write "a." as Word's list style does. A letter and a dot
// open an item only before a space and a capital, a figure or a quote: "v.v." and an initial
// that a wrap put at the start of a line do not.
const LETTER_DOT = new RegExp(String.raw`^([a-zđ])\.\s+(?=[${CAPITAL}${NUMBER}"“(])`, 'u');

/** Whether a line opens with a lettered point ("a) …", "b. Xây dựng …"). */
export function opensLetterItem(line: string): boolean {
  const s = line.trimStart();
  return LETTER_MARKER.test(s) || LETTER_DOT.test(s);
}
const DASH = /^[-–—•·]\s*/u;
const PLUS = /^\+\s*/u;
const STAR = /^\*\s+/u;

// A marker and the words the lexer reads after it ("Phần I.", "1.2.3.", "- " and a word) fit
// in this many characters: callers pass a slice this long, which bounds the match on a long line.
export const MARKER_WINDOW = 200;

/** The marker at the start of a line, or null. */
export function lexMarker(line: string): Marker | null {
  const s = line.trimStart();
  let m = PART.exec(s);
  if (m?.[1]) return mk('part', m[1], 1, m[0].length, /^\d+$/.test(m[1]) ? Number(m[1]) : romanValue(m[1]));
  m = PART_ORDINAL.exec(s);
  const ordinal = ORDINALS.get(m?.[1]?.normalize('NFC').toLocaleLowerCase('vi') ?? '');
  const rest = m ? s.slice(m[0].length) : '';
  // Phần numbers take Roman numerals (NĐ 30/2020): "Phần thứ ba" is cited as Phần III.
  if (m && ordinal && (!rest || /[.:\-–]\s*$/u.test(m[0]) || rest === rest.toLocaleUpperCase('vi'))) return mk('part', toRoman(ordinal), 1, m[0].length, ordinal, !rest);
  m = ROMAN.exec(s);
  if (m?.[1] && isRoman(m[1]) && opens(s, m[0].length)) {
    const roman = mk('roman', m[1], 1, m[0].length, romanValue(m[1]), s.length === m[0].length);
    const upperLength = UPPER.exec(s)?.[0].length;
    if (m[1].length === 1 && upperLength !== undefined && (upperLength < s.length ? /\s/.test(s[upperLength - 1] ?? '') : true)) {
      const upper = mk('upper', m[1], 1, upperLength, letterValue(m[1]), s.length === upperLength);
      // I, V, X alone are Roman first; L, C, D, M alone are letters first (model/numbering.ts).
      return /^[IVX]$/.test(m[1]) ? { ...roman, alt: upper } : { ...upper, alt: roman };
    }
    return roman;
  }
  const ocr = ocrRoman(s) ?? undottedRoman(s);
  if (ocr) return ocr;
  m = UPPER.exec(s);
  if (m?.[1] && letterValue(m[1]) > 0 && (m[0].length === s.length || /\s$/.test(m[0]))) return mk('upper', m[1], 1, m[0].length, letterValue(m[1]), m[0].length === s.length);
  m = DECIMAL.exec(s);
  if (m?.[1]) {
    const parts = m[1].split('.');
    return mk('decimal', m[1], parts.length, m[0].length, Number(parts[parts.length - 1]), m[0].length === s.length);
  }
  m = ARABIC.exec(s);
  if (m?.[1] && opens(s, m[0].length)) return mk('arabic', m[1], 1, m[0].length, Number(m[1]), m[0].length === s.length);
  m = LETTER_MARKER.exec(s) ?? LETTER_DOT.exec(s);
  if (m?.[1]) return mk('letter', m[1], 1, m[0].length, letterValue(m[1]), m[0].length === s.length);
  // A bullet is followed by words: "* *" and "- -" are the remains of emptied emphasis or rules.
  const words = (at: number): boolean => A_WORD_CHAR.test(s.slice(at));
  m = PLUS.exec(s);
  if (m && words(m[0].length)) return mk('plus', '+', 1, m[0].length, 0);
  m = STAR.exec(s);
  if (m && words(m[0].length)) return mk('star', '*', 1, m[0].length, 0);
  m = DASH.exec(s);
  if (m && words(m[0].length) && !/^[-–—]{2,}/.test(s)) return mk('dash', '-', 1, m[0].length, 0);
  return null;
}

/**
 * A Roman numeral a scan misread ("Il. NHIỆM VỤ"), as the numeral meant. Only before a title in
 * capitals, where a heading of the top level stands: "Il." in a sentence, or a list's "l.", is
 * not one.
 */
function ocrRoman(s: string): Marker | null {
  const m = OCR_ROMAN.exec(s);
  const written = m?.[1];
  if (!m || !written || !/[l1]/u.test(written) || !/[IVX]/u.test(written)) return null;
  const numeral = written.replace(/[l1]/gu, 'I');
  const title = s.slice(m[0].length);
  if (!isRoman(numeral) || !capitalTitle(title)) return null;
  return { ...mk('roman', numeral, 1, m[0].length, romanValue(numeral)), written };
}

/** A heading's title in capitals: it opens with a capital and has no lower-case letter. */
function capitalTitle(title: string): boolean {
  return A_CAPITAL.test(title) && title === title.toLocaleUpperCase('vi');
}

// A Roman numeral with no dot before a heading's title in capitals (a slip of typing, or a dot
// lost in conversion).
const UNDOTTED_ROMAN = /^([IVX]{1,7})\s+(?=\S)/u;
const TWO_CAPITALS = new RegExp(String.raw`[${CAPITAL}].*[${CAPITAL}]`, 'u');

/** "IV TỔ CHỨC THỰC HIỆN": the numeral, before a title in capitals only (see `undotted`). */
function undottedRoman(s: string): Marker | null {
  const m = UNDOTTED_ROMAN.exec(s);
  const numeral = m?.[1];
  if (!m || !numeral || !isRoman(numeral)) return null;
  const title = s.slice(m[0].length);
  // At least two letters of title, all in capitals: "V HOẠT ĐỘNG", not "V" before a word.
  if (!capitalTitle(title) || !TWO_CAPITALS.test(title)) return null;
  return { ...mk('roman', numeral, 1, m[0].length, romanValue(numeral)), undotted: true };
}

function mk(kind: MarkerKind, number: string, depth: number, length: number, value: number, bare = false): Marker {
  return bare ? { kind, number, depth, length, value, bare } : { kind, number, depth, length, value };
}

/**
 * A marker must be followed by text, or stand alone on its line (its title on the next line):
 * "2020." ends a wrapped sentence, but "3." alone is an item number apart from its text.
 */
function opens(s: string, at: number): boolean {
  if (at >= s.length) return true;
  // "1. 100% đội ngũ …" opens with a figure: a letter soon after it is enough.
  return TEXT_START.test(s.slice(at, at + 3)) || FIGURE_THEN_WORD.test(s.slice(at));
}

/** The text after the marker. */
export function titleAfter(line: string, marker: Marker): string {
  return line.trimStart().slice(marker.length).trim();
}

