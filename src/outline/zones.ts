import { foldKeyStart } from '../input/keys.js';
import { typeAbbrevOf } from './document-types.js';
import { RANK, rankOf } from './lexer.js';
import { APPENDIX_HEADING_LENGTH, frameLineKind } from './line-kinds.js';
import { opensWithBasisWord } from './basis-words.js';
import { opensWithIssuingBody } from './issuers.js';
import type { Para, Part } from './paras.js';
import { UPPER } from '../model/letters.js';

const NUMBER_SYMBOL = new RegExp(String.raw`\d+\s*\/\s*[${UPPER}]`, 'u');

/**
 * The parts of a plan in reading order (NĐ 30/2020 Điều 8): header (issuer, Quốc hiệu,
 * number, place and date, type and title), preamble (Căn cứ … / Thực hiện …), body (the
 * numbered sections), closing (Nơi nhận, signature), appendices, and what is printed after
 * them. A Quyết định that issues a plan carries a second header, preamble and body.
 */
export interface Zones {
  readonly header: Para[];
  readonly preamble: Para[];
  readonly body: Part[];
  readonly closing: Para[];
  readonly appendices: Part[][];
  readonly trailing: Para[];
  /** The attached plan of a decision: its own header paragraphs (type line, title). */
  readonly carriedHeader: Para[];
  /** The decision's own articles, when the body belongs to a carried plan. */
  readonly decisionBody: Part[];
}

type State = 'header' | 'preamble' | 'body' | 'closing' | 'appendix' | 'carried';

export function splitZones(parts: readonly Part[]): Zones {
  const z: Zones = { header: [], preamble: [], body: [], closing: [], appendices: [], trailing: [], carriedHeader: [], decisionBody: [] };
  let state: State = 'header';
  let sawType = false;
  // The paragraph right after the type line is the title, even when it opens with words that
  // open a basis ("KẾ HOẠCH" / "Thực hiện Đề án số 08 về …").
  let afterType = false;
  for (const part of parts) {
    if (part.kind === 'table') {
      if (state === 'appendix') z.appendices[z.appendices.length - 1]?.push(part);
      else if (state === 'closing') {
        // A table after the signature with no "Phụ lục" heading is still an appendix.
        state = 'appendix';
        z.appendices.push([part]);
      } else z.body.push(part);
      continue;
    }
    if (state !== 'appendix' && isAppendixStart(part, state)) {
      state = 'appendix';
      z.appendices.push([part]);
      continue;
    }
    switch (state) {
      case 'header':
        if (isBasis(part) && !(afterType && isTitleLike(part))) {
          state = 'preamble';
          z.preamble.push(part);
        } else if (sawType && isSectionStart(part)) {
          state = 'body';
          z.body.push(part);
        } else {
          afterType = isTypeLine(part) && part.lines.length === 1;
          if (afterType) sawType = true;
          z.header.push(part);
        }
        break;
      case 'preamble':
        if (isSectionStart(part)) {
          state = 'body';
          z.body.push(part);
        } else if (isClosingStart(part)) {
          state = 'closing';
          z.closing.push(part);
        } else if (isArticle(part) || (isTypeLine(part) && part.text.trim().endsWith(':'))) {
          // A decision's operative words ("QUYẾT ĐỊNH:") and articles ("Điều 1. …", NĐ 30 Phụ
          // lục I) are its own body, not bases.
          z.decisionBody.push(part);
        } else if (z.decisionBody.length) z.decisionBody.push(part);
        else z.preamble.push(part);
        break;
      case 'body':
        if (isClosingStart(part)) {
          state = 'closing';
          z.closing.push(part);
        } else z.body.push(part);
        break;
      case 'closing':
        if (isReferenceNote(part)) {
          // An appendix with no "Phụ lục" heading: its title in capitals, then "(Kèm theo Kế
          // hoạch số …)", after the signature (NĐ 30 Phụ lục I: the note names the plan).
          state = 'appendix';
          z.appendices.push([...takeTitle(z.closing), part]);
        } else if (isTypeLine(part) || isMotto(part)) {
          // A decision's closing is followed by the plan it issues (Điều 1 … ban hành kèm theo),
          // with its own header: issuer and Quốc hiệu, or the type word alone.
          state = 'carried';
          for (const b of z.body) z.decisionBody.push(b);
          z.body.length = 0;
          for (const p of isMotto(part) ? takeIssuer(z.closing) : []) z.carriedHeader.push(p);
          z.carriedHeader.push(part);
        } else z.closing.push(part);
        break;
      case 'carried':
        if (isSectionStart(part)) {
          state = 'body';
          z.body.push(part);
        } else z.carriedHeader.push(part);
        break;
      case 'appendix':
        if (isAppendixStart(part, state)) z.appendices.push([part]);
        else if (isIssuerLine(part) && z.appendices.length) z.trailing.push(part);
        else z.appendices[z.appendices.length - 1]?.push(part);
        break;
    }
  }
  return z;
}

/**
 * A title, not a basis: a basis cites a document by its number and ends with ";" or ":" (NĐ 30
 * Phụ lục I); a title names the plan's subject and ends without punctuation.
 */
function isTitleLike(p: Para): boolean {
  const t = p.text.trim();
  return !/[;:,.]$/.test(t) && !NUMBER_SYMBOL.test(t);
}

const REFERENCE_NOTE = /^\(?\s*(?:ban hanh )?kem theo\b/;
// What REFERENCE_NOTE reads of the fold: "( ban hanh kem theo" and the letter \b looks at.
const REFERENCE_NOTE_LENGTH = 24;

/** "(Kèm theo Kế hoạch số …)", "(Ban hành kèm theo …)": the note under an appendix's title. */
function isReferenceNote(p: Para): boolean {
  return REFERENCE_NOTE.test(foldKeyStart(p.text, REFERENCE_NOTE_LENGTH));
}

/**
 * The title of an appendix printed right after the signature: the paragraphs in capitals at
 * the end of the closing that are neither a signing authority nor a signer's title (a title
 * names its subject in several words).
 */
function takeTitle(closing: Para[]): Para[] {
  let k = closing.length;
  while (k > 0) {
    const p = closing[k - 1] as Para;
    const t = p.text.trim();
    if (t !== t.toUpperCase() || CAPACITY.test(t) || t.split(/\s+/).length < MIN_TITLE_WORDS) break;
    k--;
  }
  return closing.splice(k);
}

/** The Quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") or the Tiêu ngữ under it. */
function isMotto(p: Para): boolean {
  const kind = frameLineKind(p.lines[0]?.text ?? '');
  return kind === 'motto' || kind === 'motto-end';
}

/**
 * The issuer's name printed above a carried plan's Quốc hiệu: the paragraphs in capitals at the
 * end of the closing, after the signer's name (the last paragraph that is not in capitals).
 */
function takeIssuer(closing: Para[]): Para[] {
  let k = closing.length;
  while (k > 0) {
    const t = (closing[k - 1] as Para).text.trim();
    if (t !== t.toUpperCase() || CAPACITY.test(t)) break;
    k--;
  }
  return k > 0 ? closing.splice(k) : [];
}

// A signer's title has at most three words ("PHÓ CHỦ TỊCH", "PHÓ GIÁM ĐỐC"); an appendix's
// title has more ("PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC …").
export const MIN_TITLE_WORDS = 4;

/** An article of a decision: "Điều 1. Ban hành kèm theo …". */
function isArticle(p: Para): boolean {
  return /^Điều\s+\d+\s*[.:]/u.test(p.text.trim());
}

export function isBasis(p: Para): boolean {
  if (p.marker && p.marker.kind !== 'star') return false;
  const t = p.text.replace(/^[*_\s]+/, '');
  // A title in capitals can open with the same words ("TRIỂN KHAI THỰC HIỆN QUYẾT ĐỊNH …").
  if (t === t.toUpperCase()) return false;
  return opensWithBasisWord(t);
}

/** The first numbered heading of the body: Phần / A. / I. / 1. */
export function isSectionStart(p: Para): boolean {
  return p.marker !== null && rankOf(p.marker) <= RANK.arabic && p.marker.kind !== 'decimal';
}

/** A type name standing alone on its line, in capitals: "KẾ HOẠCH", "QUYẾT ĐỊNH". */
export function isTypeLine(p: Para): boolean {
  const first = p.lines[0]?.text.trim() ?? '';
  if (!first || first !== first.toUpperCase() || p.marker) return false;
  return typeAbbrevOf(first) !== null;
}

// Signature capacity prefixes (domain.md §1.6): TM., KT., TL., TUQ., Q., and K/T, T/M.
const CAPACITY = new RegExp(String.raw`^(?:TM|KT|TL|TUQ|Q|K\/T|T\/M)\s*[.:]?\s+[${UPPER}]`, 'u');

const CLOSING_WORDS = 'noi nhan';

function isClosingStart(p: Para): boolean {
  if (foldKeyStart(p.text, CLOSING_WORDS.length).startsWith(CLOSING_WORDS)) return true;
  const first = p.lines[0]?.text.trim() ?? '';
  return CAPACITY.test(first) && first === first.toUpperCase();
}

// The words that open an appendix fit in this many characters of the fold ("bieu mau so 01").
const APPENDIX_WORDS = 16;

function isAppendixStart(p: Para, state: State): boolean {
  const first = p.lines[0]?.text.trim() ?? '';
  const f = foldKeyStart(first, APPENDIX_WORDS);
  // "Biểu 01: …" (a report form) opens an appendix after the signature, or after another appendix.
  if (!f.startsWith('phu luc') && !((state === 'closing' || state === 'appendix') && /^bieu( mau)?( so)? ?\d/.test(f))) return false;
  if (state === 'header' || state === 'preamble') return false;
  // In the body, "Phụ lục" opens an appendix only as a heading line, not inside a sentence.
  return state !== 'body' || first.length <= APPENDIX_HEADING_LENGTH || first === first.toUpperCase();
}

// An issuer's name is a line or two of the header's left column ("ỦY BAN NHÂN DÂN TỈNH BÀ RỊA -
// VŨNG TÀU" is 38 characters; NĐ 30 Phụ lục I sets it in a column about 6 cm wide): a line in
// capitals longer than this is a title or a heading, not a misplaced issuer.
export const ISSUER_LINE_LENGTH = 80;

/** An issuer's name in capitals, printed out of place ("ỦY BAN NHÂN DÂN TỈNH" after the appendix). */
export function isIssuerLine(p: Para): boolean {
  const t = p.text.trim();
  if (p.marker || t !== t.toUpperCase() || t.length > ISSUER_LINE_LENGTH) return false;
  return opensWithIssuingBody(t);
}
