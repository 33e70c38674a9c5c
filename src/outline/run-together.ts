/**
 * Parts run together on one line (issue 11, layouts 3 and 4): text flattened by a copy from a
 * web page or a converter puts the number, place and date, type word and title on one line,
 * runs a decision's signature straight into the plan it carries, or holds a whole section on one
 * line. Each part of the frame starts where its own words start (NĐ 30/2020 Điều 8 gives each
 * its own line), and in a very long line each number that continues the numbering starts an item.
 */
import type { Line } from '../parse/blocks.js';
import type { NumberingState } from './sequence.js';
import { lexMarker, MARKER_WINDOW, RANK, rankOf } from './lexer.js';
import { isCapsLine, isClosed } from './line-kinds.js';
import data from '../../data/doc-types.json' with { type: 'json' };
import { LETTER, LOWER, NUMBER, UPPER } from '../model/letters.js';

const A_WORD_CHAR = new RegExp(String.raw`[${LETTER}${NUMBER}]`, 'u');
const A_LOWER = new RegExp(String.raw`[${LOWER}]`, 'u');

export type Phase = 'header' | 'body' | 'closing';

// Type names as printed in capitals on their own line ("KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG"),
// longest first so that "CHƯƠNG TRÌNH HÀNH ĐỘNG" wins over "CHƯƠNG TRÌNH".
const TYPE_WORDS = [...data.administrative, ...data.legal]
  .flatMap((e) => [e.name, ...((e as { aliases?: string[] }).aliases ?? [])])
  .map((n) => n.toLocaleUpperCase('vi'))
  .sort((a, b) => b.length - a.length);
const TYPE_WORD = new RegExp(`(?<![${LETTER}])(${TYPE_WORDS.map((w) => w.replace(/ /g, '\\s+')).join('|')})(?![${LETTER}])`, 'gu');

// Where a header part starts inside a line: the motto, "Số:", "<place>, ngày … năm YYYY",
// "Nơi nhận:", a signing authority in capitals (domain.md §1.6).
const FRAME_STARTS: readonly RegExp[] = [
  /CỘNG\s+HÒA\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/gu,
  /Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/gu,
  new RegExp(String.raw`Số\s*:\s*(?=[${NUMBER}.…_\s]*\/\s*[${UPPER}])`, 'gu'),
  // A place is a capitalised word and up to four more ("Thành phố Hồ Chí Minh"), never a code
  // in capitals ("UBND"), so "Số: 12/KH-UBND Hà Tĩnh, ngày …" cuts before "Hà". A province
  // named from two joins them with a dash ("Bà Rịa - Vũng Tàu", "Thừa Thiên-Huế" before 2025):
  // a capitalised word after a dash is a word of the same place.
  new RegExp(String.raw`(?<![${LETTER}])[${UPPER}][${LOWER}]+(?:(?:\s+[${LETTER}]|\s*[-–]\s*[${UPPER}])[${LOWER}]*){0,4},\s*ngày\s+[${NUMBER}.…_\s]*tháng\s+[${NUMBER}.…_\s]*năm\s+[${NUMBER}]{4}`, 'gu'),
  /Nơi\s+nhận\s*:/gu,
  new RegExp(String.raw`(?<![${LETTER}])(?:TM|KT|TL|TUQ)\.\s*(?=[${UPPER}]{2})`, 'gu'),
  new RegExp(String.raw`(?<![${LETTER}])Căn\s+cứ\s+(?=[${UPPER}])`, 'gu'),
];
// Where an appendix starts inside the closing (a signature run on into "Phụ lục …", NĐ 30 Phụ
// lục I): its label, then a numeral, "số" or a title in capitals.
const APPENDIX_START = new RegExp(String.raw`(?<![${LETTER}])(?:PHỤ\s+LỤC|Phụ\s+lục)(?=\s+(?:[IVXLC]+\b|\d|số\b|[${UPPER}]{2}))`, 'gu');

// Where a header part ends inside a line: after the motto and its rule, after the date.
const FRAME_ENDS: readonly RegExp[] = [
  /Hạnh\s+phúc\s*[-–—_=]*\s*/gu,
  new RegExp(String.raw`,\s*ngày\s+[${NUMBER}.…_\s]*tháng\s+[${NUMBER}.…_\s]*năm\s+[${NUMBER}]{4}\s*[*_]*\s*`, 'gu'),
];

// A line longer than this is not one paragraph of a plan: a whole section was run together
// (the longest paragraph of the corpus plans is under 1,000 characters).
export const LONG_LINE = 1200;

/**
 * Cuts a line where a part of the frame starts or ends (in the header and the closing), and,
 * in a very long line, where a number continues the numbering. `state` is read, not changed.
 */
export function cutPoints(text: string, phase: Phase): number[] {
  // The closing can start inside a line ("… ./. Nơi nhận: - …; KT. CHỦ TỊCH …"): from there on,
  // the closing's parts are cut, in every phase.
  const closing = phase === 'closing' ? null : /Nơi\s+nhận\s*:/u.exec(text);
  const head = closing ? text.slice(0, closing.index) : text;
  const cuts = phase === 'body' ? [] : frameCuts(head, phase);
  if (closing) {
    if (closing.index > 0) cuts.push(closing.index);
    for (const c of frameCuts(text.slice(closing.index), 'closing')) cuts.push(c + closing.index);
  }
  const prose = headingProseCut(text);
  if (prose !== null) cuts.push(prose);
  // A cut leaves words on both sides ("QUYẾT ĐỊNH:" keeps its colon).
    return [...new Set(cuts)].filter((c) => c > 0 && c < text.length && A_WORD_CHAR.test(text.slice(c)) && A_WORD_CHAR.test(text.slice(0, c))).sort((a, b) => a - b);
}

/** Where the parts of a header (or, in the closing, of a closing) start and end in a text. */
function frameCuts(text: string, phase: Phase): number[] {
  const cuts: number[] = [];
  for (const re of FRAME_STARTS) for (const m of text.matchAll(re)) cuts.push(m.index);
  for (const re of FRAME_ENDS) for (const m of text.matchAll(re)) cuts.push(m.index + m[0].length);
  if (phase === 'closing') for (const m of text.matchAll(APPENDIX_START)) cuts.push(m.index);
  for (const m of text.matchAll(TYPE_WORD)) {
    const before = text.slice(0, m.index).trimEnd();
    // A type word inside a title in capitals ("KẾ HOẠCH THỰC HIỆN CHƯƠNG TRÌNH …", "… NĂM 2025
    // CHƯƠNG TRÌNH …") is part of it: only a type word after words in lower case starts a part.
    if (before && !A_LOWER.test(before.split(/\s+/).slice(-3).join(' '))) continue;
    cuts.push(m.index, m.index + m[0].length);
  }
  return cuts;
}

// A heading in capitals with its first item run on after it: "III. TỔ CHỨC THỰC HIỆN 1. Sở …".
const HEADING_RUNS_ON = new RegExp(String.raw`^\s*(?:[IVXLC]{1,6}|[A-ZĐ]|\d{1,3})[.)]\s+[${UPPER}${NUMBER}][${UPPER}${NUMBER}\s,;&-]{3,}?\s(?:\d{1,3}(?:\.\d{1,3})*\.|[a-zđ]\))\s+[${UPPER}${NUMBER}]`, 'u');

// A Roman or lettered heading in capitals (two words or more) with its first sentence run on
// after it: "III. KINH PHÍ THỰC HIỆN Ngân sách tỉnh bảo đảm …". The sentence opens with a
// capitalised word and goes on in lower case for MIN_PROSE_WORDS words at least, so that a
// heading ending in a short name ("II. GIAO CHO Sở Y tế") is not cut.
export const MIN_PROSE_WORDS = 3;
const HEADING_THEN_PROSE = new RegExp(String.raw`^(\s*(?:[IVXLC]{1,6}|[A-ZĐ])[.)]\s+(?:[${UPPER}${NUMBER}][${UPPER}${NUMBER},;&/-]*\s+){2,})(?=[${UPPER}][${LOWER}]+(?:\s+[${LOWER}${NUMBER},;]+){${MIN_PROSE_WORDS}})`, 'u');

/** Where a heading in capitals ends and the sentence run on after it begins, if one does. */
function headingProseCut(text: string): number | null {
  const m = HEADING_THEN_PROSE.exec(text);
  return m?.[1] ? m[1].length : null;
}

/** Whether a line holds items run together: it is very long, or a heading runs on into an item. */
export function runsTogether(text: string): boolean {
  return text.length > LONG_LINE || HEADING_RUNS_ON.test(text);
}

/** Splits a line at the given points, each piece keeping its place in the source. */
export function splitLine(line: Line, cuts: readonly number[]): Line[] {
  if (!cuts.length) return [line];
  const out: Line[] = [];
  let from = 0;
  for (const c of [...cuts, line.text.length]) {
    const raw = line.text.slice(from, c);
    const lead = raw.length - raw.trimStart().length;
    if (raw.trim()) out.push({ text: raw.trim(), offset: line.offset + from + lead });
    from = c;
  }
  return out;
}

// A number inside a run-together line: after white space, the number, its dot or bracket, a
// space, then a capital or a figure (the start of a title).
const INLINE_MARKER = new RegExp(String.raw`\s((?:[IVXLC]{1,6}|\d{1,3}(?:\.\d{1,3}){0,4}|[A-ZĐ]|[a-zđ])[.)])\s+(?=[${UPPER}${NUMBER}"“(])`, 'gu');
const INLINE_BULLET = new RegExp(String.raw`[.;:!?]\s+([-–+])\s+(?=[${UPPER}])`, 'gu');

/**
 * The first place after `from` where a very long line starts a new item: a number that
 * continues the numbering, after a closed sentence or a heading in capitals (a Roman or letter
 * heading in capitals may follow anything), or a bullet after a closed sentence.
 */
// Three words after a marker (or before it) tell a heading in capitals ("II. TỔ CHỨC THỰC HIỆN")
// from running text; the title's first words fit in TITLE_WINDOW characters.
const EDGE_WORDS = 3;
const TITLE_WINDOW = 60;

export function nextItemCut(text: string, from: number, state: NumberingState): number | null {
  let best: number | null = null;
  INLINE_MARKER.lastIndex = from;
  for (let m = INLINE_MARKER.exec(text); m; m = INLINE_MARKER.exec(text)) {
    const at = m.index + 1;
    const marker = lexMarker(text.slice(at, at + MARKER_WINDOW));
    if (!marker) continue;
    const fit = state.resolve(marker);
    if (!fit) continue;
    const before = text.slice(from, at).trimEnd();
    const title = text.slice(at + marker.length, at + marker.length + TITLE_WINDOW);
    const heading = rankOf(fit) <= RANK.roman && isCapsLine(title.split(/\s+/).slice(0, EDGE_WORDS).join(' '));
    if (heading || isClosed(before) || isCapsLine(before.split(/\s+/).slice(-EDGE_WORDS).join(' '))) {
      best = at;
      break;
    }
  }
  // A bullet before the number found: searched only up to it, so that the search stays within
  // the piece it cuts (a line with no bullet is not read again for each of its items).
  const window = best === null ? text : text.slice(0, best);
  INLINE_BULLET.lastIndex = from;
  const b = INLINE_BULLET.exec(window);
  if (b) return b.index + b[0].indexOf(b[1] ?? '-');
  return best;
}
