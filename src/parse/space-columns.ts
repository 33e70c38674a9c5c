/**
 * Two columns side by side in a space-aligned layout (`pdftotext -layout`, issue 11 layout 8):
 * the header sets the issuer beside the Quốc hiệu and the number beside the place and date;
 * the closing sets Nơi nhận beside the signature. A line is cut at its widest run of spaces
 * when either side is such a part, so that each column reads as its own run of lines, as the
 * TAB-separated copies do. Body text, where a wide gap is only justification, is left whole.
 */
import type { Line } from './blocks.js';
import { LETTER, NUMBER, UPPER, lettersOf } from '../model/letters.js';

// A gutter between two columns: this many spaces at least (justified text stretches a gap to
// two or three spaces; the columns of a page stand further apart).
export const GUTTER = 4;
const GAP = new RegExp(`\\S( {${GUTTER},})\\S`, 'gu');

// The parts of a header and a closing that stand in one of two columns (NĐ 30/2020 Phụ lục I).
const FRAME_SIDE = [
  /^CỘNG\s+H[OÒ][AÀ]\s+XÃ/u,
  /^Độc\s+lập\s*[-–]/u,
  /^Số\s*:/u,
  new RegExp(String.raw`^[${UPPER}][${LETTER}\s.]{0,40},\s*ngày\b`, 'u'),
  /^Nơi\s+nhận/u,
  new RegExp(String.raw`^(?:TM|KT|TL|TUQ|Q)\.\s*[${UPPER}]`, 'u'),
  /^[-–]\s+\S/u,
  /^[-_=]{3,}$/u,
];

const BLANK_DATE = new RegExp(String.raw`^\s*[${UPPER}][${LETTER}\s.-]{0,40},\s*ngày\s+[${NUMBER}.…_\s]*tháng\s+[${NUMBER}.…_\s]*năm\s+[${NUMBER}]{4}\s*$`, 'u');
// A signing line: the prefix of an authority or a capacity (domain.md §1.6).
const SIGNING = new RegExp(String.raw`^(?:TM|KT|TL|TUQ)\.\s*[${UPPER}]`, 'u');

function isFrameSide(text: string): boolean {
  return FRAME_SIDE.some((re) => re.test(text));
}

/** Short text in capitals: an issuer's name or a signer's title beside the other column. */
function isCapsSide(text: string): boolean {
  const letters = lettersOf(text);
  return letters.length >= 2 && letters === letters.toLocaleUpperCase('vi') && text.split(/\s+/).length <= 10;
}

/**
 * The two columns of a line, or null when the line is one column. `inColumns` says the line
 * above was cut: a region of two columns goes on while its lines still have a gutter.
 */
export function splitColumns(line: Line, inColumns: boolean, indent = 0): { left: Line | null; right: Line | null } | null {
  const text = line.text;
  if (text.trim() === '') return null;
  // A draft's place and date with the day and month left blank ("Tây Ninh, ngày      tháng
  // năm 2025") is one part whose gaps are blanks, not a gutter.
  if (BLANK_DATE.test(text)) return null;
  let best: { at: number; length: number } | null = null;
  GAP.lastIndex = 0;
  for (let m = GAP.exec(text); m; m = GAP.exec(text)) {
    const length = m[1]?.length ?? 0;
    if (!best || length > best.length) best = { at: m.index + 1, length };
    GAP.lastIndex = m.index + 1;
  }
  const ownLead = text.length - text.trimStart().length;
  // How far right the line starts on the page: its own spaces, or where the source put it.
  const lead = Math.max(ownLead, indent);
  const leftText = best ? text.slice(ownLead, best.at).trim() : '';
  const rightText = best ? text.slice(best.at + best.length).trim() : '';
  if (!best || !leftText || !rightText) {
    // A line of the left column alone (the recipient list goes on below the signature's
    // title) keeps the region open.
    if (inColumns && !best && lead < GUTTER && /^[-–]\s/u.test(text.trim())) return { left: { text: text.trim(), offset: line.offset + ownLead }, right: null };
    // A line indented far to the right, under the right column (the signer's name under the
    // title while the left column has ended): the right column's. A signing line indented so
    // far opens the right column ("Nơi nhận:" / "- Bộ Công an;" then "   TM. ỦY BAN NHÂN DÂN",
    // the two columns set on lines of their own).
    const farRight = lead >= GUTTER * 4 && !best && !text.includes('\f');
    if (farRight && (inColumns || SIGNING.test(text.trim()))) return { left: null, right: { text: text.trim(), offset: line.offset + ownLead } };
    return null;
  }
  const framed = isFrameSide(leftText) || isFrameSide(rightText) || (isCapsSide(leftText) && isCapsSide(rightText));
  if (!framed && !inColumns) return null;
  return {
    left: { text: leftText, offset: line.offset + ownLead },
    right: { text: rightText, offset: line.offset + best.at + best.length },
  };
}
