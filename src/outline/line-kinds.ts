/**
 * What a single line is, from its own words: the evidence the paragraph reader weighs when no
 * blank line says where a paragraph ends (NĐ 30/2020 Điều 8: each part of the header stands on
 * its own line; the closing opens with "Nơi nhận" or a signing authority).
 */
import { foldKey, foldKeyStart, startsLowerCase } from '../input/keys.js';
import { typeAbbrevOf } from './document-types.js';
import lineEnds from '../../data/line-ends.json' with { type: 'json' };
import motto from '../../data/motto.json' with { type: 'json' };
import { LETTER, NUMBER, UPPER } from '../model/letters.js';
import { opensLetterItem } from './lexer.js';

const NOT_LETTER = new RegExp(String.raw`[^${LETTER}]`, 'gu');

const OPEN_WORDS = new Set(lineEnds.words);
const OPEN_HEADS = new Set(lineEnds.heads);

/**
 * A line that ends with a word that needs what follows (data/line-ends.json: "và", "của", a
 * unit head "Sở" that needs its name): its paragraph goes on, whatever the next line's case.
 */
export function endsOpen(text: string): boolean {
  const words = text.trimEnd().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const two = words.slice(-2).join(' ');
  // Function words are compared in lower case ("4. Các" / "Sở, ban, ngành …" opens a heading).
  return OPEN_WORDS.has(last.toLocaleLowerCase('vi')) || OPEN_HEADS.has(last) || OPEN_HEADS.has(two);
}

// Closing punctuation of a sentence or of a heading-like line ("…như sau:", "./.", "(…)").
const CLOSED = /[.:;!?…]["”»'’)*_]*$/u;

export function isClosed(text: string): boolean {
  const t = text.trimEnd();
  // A note in brackets from start to end ("(Ban hành kèm theo … Lào Cai)") is complete.
  return CLOSED.test(t) || (/^\s*\(/u.test(t) && t.endsWith(')'));
}

/** Letters only, for case tests: markers, figures and punctuation do not count. */
function letters(text: string): string {
  return text.replace(NOT_LETTER, '');
}

/** A line written in capitals: at least two letters and none of them lower case. */
export function isCapsLine(text: string): boolean {
  const l = letters(text);
  return l.length >= 2 && l === l.toLocaleUpperCase('vi');
}

/** A line that begins with a lower-case letter (a lettered point "a) …", "a. …" does not count). */
export function startsLower(text: string): boolean {
  return startsLowerCase(text) && !opensLetterItem(text);
}

/** The length of the first word of a line (what a wrap would have had to fit). */
export function firstWordLength(text: string): number {
  return /^\s*(\S*)/u.exec(text)?.[1]?.length ?? 0;
}

// "Số: 446/KH-UBND", "Số:    /KH-SCT", "Số 12/QĐ-UBND", "Số:" alone (the number on the next line).
const NUMBER_LINE = new RegExp(String.raw`^[*_\s]*S[ốo]\s*(?:[:.]\s*(?:[${NUMBER}.…_\s]*\/\s*[${UPPER}]|$)|\s+[${NUMBER}.…_]+\s*\/\s*[${UPPER}])`, 'u');
// "Hà Tĩnh, ngày 16 tháng 12 năm 2019" (or "ngày …/…/2019"): the whole line is place and date.
// The place is a province's or a commune's name ("Thành phố Hồ Chí Minh" is 21 characters, "Bà
// Rịa - Vũng Tàu" 17); a longer run before ", ngày" is a sentence that gives a date.
export const PLACE_LENGTH = 40;
const DATE_LINE = new RegExp(String.raw`^[*_\s]*[${UPPER}][${LETTER}.\s-]{0,${PLACE_LENGTH}},\s*ngày\s+[${NUMBER}.…_\s]*(?:tháng\s+[${NUMBER}.…_\s]*năm\s+[${NUMBER}]{4}|\/[${NUMBER}.…_\s]*\/\s*[${NUMBER}]{4})[\s.*_]*$`, 'u');
// The Quốc hiệu and the Tiêu ngữ, folded (data/motto.json). A line is the Quốc hiệu when it
// opens with the name's first four words ("CỘNG HÒA XÃ HỘI", which no other line of a plan opens
// with), or is a start of the name two words long or more: a wrap cut it ("CỘNG HÒA XÃ" / "HỘI
// CHỦ NGHĨA VIỆT NAM"), and one word alone ("CỘNG") says too little.
const MOTTO = foldKey(motto.nationalName);
const MOTTO_OPENING_WORDS = 4;
const MOTTO_SHORTEST_WORDS = 2;
const MOTTO_OPENING = MOTTO.split(' ').slice(0, MOTTO_OPENING_WORDS).join(' ');
const MOTTO_SHORTEST = MOTTO.split(' ').slice(0, MOTTO_SHORTEST_WORDS).join(' ');
// The Tiêu ngữ's first two words, whatever joins them ("Độc lập - Tự do", "Độc lập, Tự do").
const MOTTO_END = new RegExp(String.raw`^${foldKey(motto.slogan[0] ?? '')}\s*[-–,]?\s*${foldKey(motto.slogan[1] ?? '')}`);
// Signature capacity prefixes (domain.md §1.6): TM., KT., TL., TUQ., Q., and K/T, T/M.
// The prefix and the first two words of the authority or capacity after it ("TM. ỦY BAN").
const CAPACITY_WORDS = 3;
export const CAPACITY = new RegExp(String.raw`^(?:TM|KT|TL|TUQ|Q|K\/T|T\/M)(?:\s*[.:]\s*|\s+)[${UPPER}]`, 'u');
const APPENDIX = /^phu luc\b/;
// "Phụ lục" opens an appendix as a heading: in capitals, or a short line (the corpus's appendix
// headings are under 20 characters, "Phụ lục số 01:"; 60 leaves room for a title on the same
// line, "Phụ lục 01: Danh mục nhiệm vụ năm 2026"), not a sentence that cites an appendix ("Phụ
// lục kèm theo Kế hoạch này quy định chi tiết …" runs on past it).
export const APPENDIX_HEADING_LENGTH = 60;
const ARTICLE = /^Điều\s+\d+\s*[.:]/u;
// A rule: three marks or more ("-----", "___", "* * *"), not the two stars of emptied emphasis.
const RULE = /^(?:[-_=*–—.]\s*){3,}$/u;

/** A type name standing alone in capitals ("KẾ HOẠCH", "QUYẾT ĐỊNH:"). */
export function isTypeWordLine(text: string): boolean {
  const t = text.trim().replace(/[*_]/g, '').replace(/:$/, '').trim();
  return t !== '' && isCapsLine(t) && typeAbbrevOf(t) !== null;
}

export type HeaderLineKind = 'number' | 'date' | 'motto' | 'motto-end' | 'type' | 'basis' | 'closing' | 'appendix' | 'article' | 'rule';

// Each basis of the preamble opens its own line (NĐ 30 Phụ lục I: "Căn cứ …;"), with a capital.
const BASIS = /^[*_]*Căn\s+cứ\s/u;

/** A line that is one part of a document's frame: it always starts a paragraph of its own. */
export function frameLineKind(text: string): HeaderLineKind | null {
  const t = text.trim();
  if (!t) return null;
  if (RULE.test(t)) return 'rule';
  if (NUMBER_LINE.test(t)) return 'number';
  if (DATE_LINE.test(t)) return 'date';
  const f = foldedStart(t);
  const motto = mottoKindOfKey(f);
  if (motto) return motto;
  if (isTypeWordLine(t)) return 'type';
  if (f.startsWith('noi nhan')) return 'closing';
  // The signing line, or the whole block flattened onto it ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH
  // PHÓ CHỦ TỊCH Nguyễn Văn A"): its first words are in capitals.
  if (CAPACITY.test(t) && isCapsLine(t.split(/\s+/).slice(0, CAPACITY_WORDS).join(' '))) return 'closing';
  if (APPENDIX.test(f) && (isCapsLine(t) || t.length <= APPENDIX_HEADING_LENGTH)) return 'appendix';
  if (ARTICLE.test(t)) return 'article';
  if (BASIS.test(t)) return 'basis';
  return null;
}

function mottoKindOfKey(f: string): 'motto' | 'motto-end' | null {
  if (f.startsWith(MOTTO_OPENING) || (f.length >= MOTTO_SHORTEST.length && MOTTO.startsWith(f))) return 'motto';
  return MOTTO_END.test(f) ? 'motto-end' : null;
}

/** The Quốc hiệu ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM") or the Tiêu ngữ ("Độc lập - Tự do - …"). */
export function isMottoLine(text: string): boolean {
  return mottoKindOfKey(foldedStart(text.trim())) !== null;
}

/**
 * The start of a line's fold, emphasis marks aside: what the tests of a frame line read. The
 * longest thing they compare is the Quốc hiệu, and a fold longer than it is not it (the
 * paragraph reader asks this of every line, up to five times: folding a paragraph-long line
 * whole each time cost a tenth of our own allocation in a batch, issue 19).
 */
function foldedStart(line: string): string {
  return foldKeyStart(line.replace(/^[*_\s]+/, ''), MOTTO.length + 1);
}

/** Whether the line after this one starts a paragraph of its own (the end of a header part). */
export function endsFramePart(text: string): boolean {
  const k = frameLineKind(text);
  return k === 'number' || k === 'date' || k === 'motto-end' || k === 'type' || k === 'rule';
}

/** A field label opening a line ("Cơ quan thực hiện:"), from the label vocabulary. */
export { isLabelLine } from './labels.js';
