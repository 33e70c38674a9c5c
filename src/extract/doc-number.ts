import { typeAbbrevOf, typeNameOf } from '../outline/document-types.js';
import { rejoinCode } from './letter-spacing.js';
import { LETTER, NUMBER, UPPER, hasLetter } from '../model/letters.js';

export { typeAbbrevOf, typeNameOf };

/**
 * Document numbers and symbols (domain.md §1.4): "446/KH-UBND" is the running number, "/", the
 * type abbreviation, "-", the issuer's code. Legal normative documents put the year in the
 * middle ("20/2022/QĐ-UBND"); Party documents join number and symbol with a hyphen
 * ("12-NQ/TU"); a draft leaves the number blank ("     /KH-SCT").
 */
export interface DocumentNumber {
  /** The whole number without stray spaces ("57 /QĐ-LĐTBXH" → "57/QĐ-LĐTBXH"); null when blank. */
  number: string | null;
  /** The symbol: type and issuer, without number and year ("KH-UBND", "NQ/TU"). */
  symbol: string;
  /** Type abbreviation ("KH"), when the symbol names a known type; null for a công văn. */
  type: string | null;
  typeName: string | null;
  /** The issuer's code ("UBND", "TU", "BNN-KHCN", "TTg"). */
  issuerCode: string | null;
  /** The year a legal normative number carries ("20/2022/QĐ-UBND" → 2022). */
  year: number | null;
}

// One segment of a symbol: a code starting with a capital or a digit ("KH", "TTg", "QH15",
// "TB&XH", "2022"). Lower-case words ("nay", "ngày") never start one, so a sentence after the
// number is left alone even when a hyphen follows.
const SEGMENT = String.raw`(?:[${UPPER}][${LETTER}${NUMBER}&]*|[${NUMBER}]+)`;
// Number, then segments joined by "/" or "-". Spaces are tolerated around a separator
// ("57 /QĐ-LĐTBXH", "223/KH- UBND"), never between two letters. A blank number is dots,
// ellipses, underscores or spaces.
const NUMBER_RE = new RegExp(
  String.raw`^(?:Số\s*:?)?\s*(?:([${NUMBER}]+)\s*|[.…_][\s.…_]*|)([/-])\s*(${SEGMENT}(?:\s*[/-]\s*${SEGMENT})*)`,
  'u',
);

/**
 * Characters of the text read for a number. The longest real numbers are a few dozen
 * characters ("1234/2024/QĐ-UBND-SNNPTNT"); NUMBER_RE backtracks over the segments it matched,
 * and on a 10 MB line V8's matcher overflows its stack (issue 14), so it never sees more.
 */
const MAX_NUMBER_TEXT = 256;

// A document's symbol after its "/" is short ("KH-UBND", "QĐ-BCĐASEAN", "KH-SCT" with a year at
// most): letter spacing is looked for in this many characters after the slash.
const SYMBOL_LENGTH = 40;

/** "12/Q Đ - U B ND" (letter-spaced OCR) → "12/QĐ-UBND": the symbol after the first "/" closed up. */
function withoutLetterSpacing(text: string): string {
  const slash = text.indexOf('/');
  if (slash < 0 || !/\s/.test(text.slice(slash, slash + SYMBOL_LENGTH))) return text;
  return `${text.slice(0, slash + 1)}${rejoinCode(text.slice(slash + 1))}`;
}

/** Parses the text after "Số:" ("446/KH-UBND", "12-NQ/TU", "20/2022/QĐ-UBND", "     /KH-SCT"). */
export function parseDocumentNumber(text: string): DocumentNumber | null {
  const m = NUMBER_RE.exec(withoutLetterSpacing(text.trimStart().slice(0, MAX_NUMBER_TEXT).normalize('NFC')));
  if (!m) return null;
  const digits = m[1] ?? null;
  const joiner = m[2] ?? '/';
  const segments = (m[3] ?? '').replace(/\s+/g, '');
  // The year of a QPPL number sits between number and symbol; a Party number ("12-NQ/TU")
  // has none.
  let year: number | null = null;
  let symbol = segments;
  const withYear = /^(\d{4})\/(.+)$/u.exec(segments);
  if (joiner === '/' && withYear && withYear[2] !== undefined) {
    year = Number(withYear[1]);
    symbol = withYear[2];
  }
  if (!hasLetter(symbol)) return null;
  const parts = symbol.split(/[/-]/);
  const head = parts[0] ?? '';
  const typeName = typeNameOf(head);
  const type = typeName === null ? null : head;
  return {
    number: digits === null ? null : `${digits}${joiner}${segments}`,
    symbol,
    type,
    typeName,
    // A công văn has no type: its symbol opens with the body's code (domain.md §1.4).
    issuerCode: type === null ? head || null : symbol.slice(head.length + 1) || null,
    year,
  };
}
