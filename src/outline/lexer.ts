/**
 * The numbering lexer: recognises the Vietnamese numbering scheme at the start of a line
 * (NĐ 30/2020 Phụ lục I, "from large to small": Phần I → A. → I. → 1. → 1.1. → a) → - → +),
 * whatever node type remark produced for the line.
 */

export type MarkerKind = 'part' | 'upper' | 'roman' | 'arabic' | 'decimal' | 'letter' | 'dash' | 'plus' | 'star';

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
}

/** Fixed rank of each kind: a smaller rank encloses a larger one. */
export function rankOf(m: Pick<Marker, 'kind' | 'depth'>): number {
  switch (m.kind) {
    case 'part': return 0;
    case 'upper': return 1;
    case 'roman': return 2;
    case 'arabic': return 3;
    case 'decimal': return 3 + (m.depth - 1);
    case 'letter': return 10;
    case 'dash': return 11;
    case 'plus': return 12;
    case 'star': return 13;
  }
}

// NĐ 30/2020, Phụ lục I: points use the Vietnamese alphabet, which has no f, j, w, z, so "i)"
// after "h)" is a letter, not Roman one.
export const VIETNAMESE_LETTERS = 'abcdđeghiklmnopqrstuvxy';

const PART = /^(?:PHẦN|Phần)\s+([IVXL]+|\d+)\s*[.:\-–]?\s*/u;
const ROMAN = /^([IVXL]{1,6})\s*[.):\-–]\s*/u;
const UPPER = /^([A-HK-UWY])\s*[.)]\s+/u;
const DECIMAL = /^(\d{1,3}(?:\.\d{1,3}){1,4})\.?(?=\s|$)\s*/u;
const ARABIC = /^(\d{1,3})\s*(?:[.)]|-(?=\s))\s*/u;
const LETTER = /^([a-zđ])\s*\)\s*/u;
const DASH = /^[-–—•·]\s*/u;
const PLUS = /^\+\s*/u;
const STAR = /^\*\s+/u;

/** The marker at the start of a line, or null. */
export function lexMarker(line: string): Marker | null {
  const s = line.trimStart();
  let m = PART.exec(s);
  if (m?.[1]) return mk('part', m[1], 1, m[0].length, romanOrNumber(m[1]));
  m = ROMAN.exec(s);
  if (m?.[1] && isRoman(m[1]) && hasTitleAfter(s, m[0].length)) return mk('roman', m[1], 1, m[0].length, romanValue(m[1]));
  m = UPPER.exec(s);
  if (m?.[1]) return mk('upper', m[1], 1, m[0].length, m[1].charCodeAt(0) - 64);
  m = DECIMAL.exec(s);
  if (m?.[1]) {
    const parts = m[1].split('.');
    return mk('decimal', m[1], parts.length, m[0].length, Number(parts[parts.length - 1]));
  }
  m = ARABIC.exec(s);
  if (m?.[1] && hasTitleAfter(s, m[0].length)) return mk('arabic', m[1], 1, m[0].length, Number(m[1]));
  m = LETTER.exec(s);
  if (m?.[1]) return mk('letter', m[1], 1, m[0].length, VIETNAMESE_LETTERS.indexOf(m[1]) + 1);
  m = PLUS.exec(s);
  if (m && s.length > m[0].length) return mk('plus', '+', 1, m[0].length, 0);
  m = STAR.exec(s);
  if (m) return mk('star', '*', 1, m[0].length, 0);
  m = DASH.exec(s);
  if (m && s.length > m[0].length && !/^[-–—]{2,}/.test(s)) return mk('dash', '-', 1, m[0].length, 0);
  return null;
}

function mk(kind: MarkerKind, number: string, depth: number, length: number, value: number): Marker {
  return { kind, number, depth, length, value };
}

/** A marker must be followed by text: "2020." alone on a line is a wrapped year, not an item. */
function hasTitleAfter(s: string, at: number): boolean {
  // "1. 100% đội ngũ …" opens with a figure: a letter soon after it is enough.
  return /\p{L}|["“(*]/u.test(s.slice(at, at + 3)) || /^[\d.,]+%?\s+\p{L}/u.test(s.slice(at));
}

function isRoman(s: string): boolean {
  return /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/.test(s) || /^XL$|^L$/.test(s);
}

export function romanValue(s: string): number {
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i] ?? ''] ?? 0;
    const next = v[s[i + 1] ?? ''] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return total;
}

function romanOrNumber(s: string): number {
  return /^\d+$/.test(s) ? Number(s) : romanValue(s);
}

/** The text after the marker. */
export function titleAfter(line: string, marker: Marker): string {
  return line.trimStart().slice(marker.length).trim();
}
