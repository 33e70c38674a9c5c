import type { TextPiece } from './text-piece.js';
import { isVietnameseSyllable } from '../../input/legacy/syllable.js';
import { LETTER, LOWER } from '../../model/letters.js';

/** A run of text on one baseline with no wide gap inside. */
export interface Span {
  readonly x0: number;
  readonly x1: number;
  readonly text: string;
}

/** A line of text: the spans on one baseline, left to right. */
export interface PdfLine {
  /** Baseline, in points from the bottom of the page. */
  readonly y: number;
  /** The font size most of the line is set in. */
  readonly size: number;
  readonly spans: readonly Span[];
}

// Pieces whose baselines differ by less than this share a line (a fraction of the font size:
// superscripts and mixed fonts sit a little off the baseline).
const SAME_LINE = 0.5;
// A gap wider than this many font sizes between two pieces is a word space (pdf.js gives
// syllables and words as separate pieces; the usual space is 0.25 em).
const WORD_GAP = 0.12;
// A gap wider than this many font sizes separates columns (issuer | motto, Nơi nhận |
// signature, table cells without borders); a tab after a list marker is joined back.
const COLUMN_GAP = 2.5;
// Pieces closer than this many font sizes are one run of text (pdf.js cuts a line at a change
// of font); table cells stand further apart, by their padding on both sides.
export const RUN_GAP = 0.4;
// A list marker that Word sets apart from its text with a tab ("I.", "1.", "a)", "-", "+").
const MARKER = /^(?:[IVXLCDM]+|\d{1,3}(?:\.\d{1,3})*|[a-zđ]|[-+•–*])[.)]?$/u;

/**
 * Groups the pieces of a page into lines, top to bottom: pieces are sorted by baseline, joined
 * while their baselines stay within half a font size, and each line is cut into spans at wide
 * gaps. Text is normalised to NFC after joining (pdf.js may give a combining mark apart).
 */
export function groupLines(pieces: readonly TextPiece[]): PdfLine[] {
  return pieceLines(pieces).map(toLine);
}

/** The pieces of a page by line, top to bottom (baselines within half a font size). */
export function pieceLines(pieces: readonly TextPiece[]): TextPiece[][] {
  const sorted = [...pieces].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextPiece[][] = [];
  let current: TextPiece[] = [];
  let baseline = Number.NaN;
  for (const p of sorted) {
    if (current.length && Math.abs(p.y - baseline) > SAME_LINE * Math.max(p.size, 1)) {
      lines.push(current);
      current = [];
    }
    if (!current.length) baseline = p.y;
    current.push(p);
  }
  if (current.length) lines.push(current);
  return lines;
}

function toLine(pieces: TextPiece[]): PdfLine {
  const row = [...pieces].sort((a, b) => a.x - b.x);
  const size = medianSize(row);
  const spans: { x0: number; x1: number; text: string }[] = [];
  for (const p of row) {
    const last = spans[spans.length - 1];
    const gap = last ? p.x - last.x1 : 0;
    if (!last || gap > COLUMN_GAP * size) {
      spans.push({ x0: p.x, x1: p.x + p.width, text: p.text });
      continue;
    }
    const space = gap > WORD_GAP * size && !/\s$/.test(last.text) && !/^\s/.test(p.text) ? ' ' : '';
    last.text += space + p.text;
    last.x1 = Math.max(last.x1, p.x + p.width);
  }
  // A list marker set apart by a tab belongs to the text after it.
  const joined: Span[] = [];
  for (const s of spans) {
    const prev = joined[joined.length - 1];
    const text = joinSplitSyllables(s.text.replace(/\s+/g, ' ').trim().normalize('NFC'));
    if (prev && joined.length === 1 && MARKER.test(prev.text)) joined[0] = { x0: prev.x0, x1: s.x1, text: `${prev.text} ${text}` };
    else joined.push({ x0: s.x0, x1: s.x1, text });
  }
  return { y: row[0]?.y ?? 0, size, spans: joined.filter((s) => s.text !== '') };
}

function medianSize(pieces: readonly TextPiece[]): number {
  const sizes = pieces.map((p) => p.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/** The line's text, spans joined by a space. */
export function lineText(line: PdfLine): string {
  return line.spans.map((s) => s.text).join(' ');
}

// A lone fragment: a few lower-case letters, maybe followed by punctuation.
const FRAGMENT = new RegExp(String.raw`^([${LOWER}]{1,3})([^${LETTER}]*)$`, 'u');
// A fragment is at most three letters and a few marks of punctuation after them.
const MAX_FRAGMENT = 8;
const WORD_END = new RegExp(String.raw`([${LETTER}]+)$`, 'u');

/**
 * Joins a syllable that the PDF's spacing split ("Nơi nhậ n:"): a few letters after a space
 * that are no Vietnamese syllable, and make one with the letters before them, are the end of
 * that syllable (Word's justification can leave a gap inside a word that pdf.js reads as a
 * space).
 */
export function joinSplitSyllables(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (const word of words) {
    const prev = out[out.length - 1];
    // Tested cheapest first: most words are no short fragment, and most fragments are syllables.
    const fragment = prev === undefined || word.length > MAX_FRAGMENT ? null : FRAGMENT.exec(word);
    const letters = fragment?.[1];
    const before = letters && !isSyllable(letters) ? WORD_END.exec(prev as string)?.[1] : undefined;
    if (letters && before && isSyllable(before) && isSyllable(before + letters)) out[out.length - 1] = (prev as string) + word;
    else out.push(word);
  }
  return out.join(' ');
}

// Syllables already tested, by their text: a document repeats a few thousand syllables, and the
// test (decomposition, a regular expression, composition) is the cost of rebuilding its lines.
// The memo is emptied when it holds this many, so that it stays bounded on any input.
const MEMO_LIMIT = 10_000;
const syllables = new Map<string, boolean>();

function isSyllable(word: string): boolean {
  let known = syllables.get(word);
  if (known === undefined) {
    if (syllables.size >= MEMO_LIMIT) syllables.clear();
    known = isVietnameseSyllable(word);
    syllables.set(word, known);
  }
  return known;
}
