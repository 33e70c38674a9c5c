/**
 * Where a paragraph ends when lines follow each other with no blank line between them. Files
 * lay plans out two ways (issue 11, layout 0): hard-wrapped text, where a blank line ends a
 * paragraph and a line break is a wrap; and one line per paragraph (text copied out of Word or
 * a PDF viewer, `pdftotext`), where a line break ends a paragraph unless the line was cut by a
 * wrap. The document itself says which: this module measures it, and decides per line.
 */
import { endsOpen, isCapsLine, isClosed, startsLower, firstWordLength } from './line-kinds.js';

/** One line as the paragraph reader meets it: its text and what separates it from the line before. */
export interface FlowLine {
  readonly text: string;
  /** A blank line (or, in .docx and HTML, a paragraph boundary) stands before the line. */
  readonly hard: boolean;
}

export type BreakMode = 'wrapped' | 'lines';

export interface FlowLayout {
  /** 'wrapped': a blank line ends a paragraph; 'lines': a line break does, unless a wrap cut it. */
  readonly mode: BreakMode;
  /** The width lines are wrapped at, when the document is wrapped; null when nothing says so. */
  readonly width: number | null;
}

// A width needs this many lines that were certainly wrapped (cut mid-sentence before a word in
// lower case) before it is trusted: two or three could be page breaks.
export const MIN_WRAPS = 5;
// The width is the 90th percentile of those lines' lengths: justified and proportional text
// (PDF) does not cut every line at one column, and a few long lines are outliers.
const WIDTH_PERCENTILE = 0.9;
// A line "fills" the width when it and the next word would reach this share of it: lines of
// justified PDF text vary by about a tenth around the column width.
export const FULL_SHARE = 0.9;

/**
 * Measures a run of lines: the mode is 'lines' when more paragraphs end at a bare line break
 * (a closed sentence, then a capital or a number) than at a blank line.
 */
export function measureLayout(lines: readonly FlowLine[]): FlowLayout {
  let hard = 0;
  let paragraphBreaks = 0;
  const wrapped: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1] as FlowLine;
    const line = lines[i] as FlowLine;
    if (line.hard) {
      hard++;
      continue;
    }
    const prevText = prev.text.trimEnd();
    if (isClosed(prevText) && !startsLower(line.text)) paragraphBreaks++;
    else if (!isClosed(prevText) && startsLower(line.text)) wrapped.push(prevText.trimStart().length);
  }
  return { mode: paragraphBreaks > hard ? 'lines' : 'wrapped', width: widthOf(wrapped) };
}

// Hard wraps are made at a page's or an editor's width (60–100 columns); lines shorter than this
// that go on in lower case were broken by something else (a cell, a list of short phrases).
export const MIN_WIDTH = 40;

function widthOf(lengths: number[]): number | null {
  if (lengths.length < MIN_WRAPS) return null;
  const sorted = [...lengths].sort((a, b) => a - b);
  const width = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * WIDTH_PERCENTILE))] ?? 0;
  return width >= MIN_WIDTH ? width : null;
}

/**
 * Whether a line was cut by a wrap: it and the next line's first word would not have fitted in
 * the width. `strict` asks for the whole width (for a line that ends a sentence, which a wrap
 * cuts only when the line is full).
 */
export function filledLine(layout: FlowLayout, prev: string, next: string, strict: boolean): boolean {
  if (layout.width === null) return false;
  const need = prev.trim().length + 1 + firstWordLength(next);
  return strict ? need > layout.width : need >= layout.width * FULL_SHARE;
}

/**
 * In a layout of one line per paragraph, whether an ordinary line (no number, label or header
 * part) goes on with the line before: the line before left its sentence open and this one goes
 * on in lower case, or the line before was cut by a wrap, or a heading in capitals goes on in
 * capitals.
 */
export function continuesLine(layout: FlowLayout, prev: string, next: string): boolean {
  if (!isClosed(prev)) {
    // A figure that is no item number goes on with the sentence ("Trong năm" / "2025, các sở …"),
    // and so does whatever follows a word that needs it ("1. Sở" / "Khoa học và Công nghệ").
    if (startsLower(next) || /^\s*\d/u.test(next) || endsOpen(prev) || filledLine(layout, prev, next, false)) return true;
    return isCapsLine(prev) && isCapsLine(next);
  }
  return filledLine(layout, prev, next, true);
}
