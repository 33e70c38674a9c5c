/**
 * remark (micromark) keeps every token of what it parses in memory until it returns, and a
 * token costs hundreds of bytes: measured on Node 20, plan prose costs about 250 MB per MB
 * parsed, one-character paragraphs 4.4 GB per MB, a line of "[" 1.6 GB per MB (issue 14: 3 MB
 * of "[" took 3.4 GB), a GFM pipe table 400 MB per MB. So long text goes to remark in pieces,
 * each parsed on its own, and the memory one parse holds is bounded by the piece, not by the
 * file.
 *
 * A piece ends after a blank line where there is one, so that no paragraph, list or table is
 * cut; else after a line that closes a sentence; else after any line. Only a line longer than
 * a piece, which no real plan has, is cut inside, after a space: its parts become paragraphs
 * of their own. A piece that ends inside a Markdown pipe table is continued by the next one
 * (markdown.ts repeats the table's header for it).
 */

/**
 * Characters per piece. At the worst measured cost (4.4 KB of tokens per character) a piece
 * holds about 580 MB while it is parsed; ordinary prose about 35 MB. Real plans have blank
 * lines far closer together than this, so they are cut only where a reader sees a break.
 */
export const PIECE = 1 << 17;

// Where a piece may end, best first; each pattern is linear (one run of blanks per match).
const BLANK_LINE = /\n[ \t]*\n/g;
const SENTENCE_END = /[.;:!?…)"”][ \t]*\n/g;
const LINE_END = /\n/g;

/**
 * The boundaries of the pieces of text[start, end): increasing offsets from `start` to `end`,
 * no two more than 1.5 × PIECE apart.
 */
export function pieceBounds(text: string, start: number, end: number): number[] {
  const bounds = [start];
  let at = start;
  while (end - at > PIECE) {
    const from = at + PIECE / 2;
    const to = at + PIECE;
    const cut = lastMatchEnd(BLANK_LINE, text, from, to) ?? lastMatchEnd(SENTENCE_END, text, from, to) ?? lastMatchEnd(LINE_END, text, from, to) ?? insideLine(text, from, to);
    if (cut >= end) break;
    bounds.push(cut);
    at = cut;
  }
  bounds.push(end);
  return bounds;
}

/** End of the last match of `re` that ends within [from, to], or null. */
function lastMatchEnd(re: RegExp, text: string, from: number, to: number): number | null {
  const window = text.slice(from, to);
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(window); m !== null; m = re.exec(window)) last = m.index + m[0].length;
  return last < 0 ? null : from + last;
}

/**
 * No line ends in [from, to): the next line end if the line is no longer than a piece; else a
 * cut after the last space before `to`, or at `to` when there is none (never between the two
 * halves of a surrogate pair).
 */
function insideLine(text: string, from: number, to: number): number {
  const nl = text.indexOf('\n', to);
  if (nl >= 0 && nl < from + PIECE) return nl + 1;
  const space = text.lastIndexOf(' ', to - 1);
  let cut = space >= from ? space + 1 : to;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  return cut;
}
