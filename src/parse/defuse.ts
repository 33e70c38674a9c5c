/**
 * Bounds the work remark does on hostile text, without moving any character: past the bounds
 * below, the characters that make remark work are replaced by spaces, so every position stays
 * where it was (SECURITY.md, "Hostile text"). No real plan comes near a bound.
 *
 * - Nesting: remark's list preparation is quadratic in the depth of nested containers, and its
 *   container stack recurses per level. Depth comes from markers on one line ("- - - x") and
 *   from indentation over several lines (each line's "- " two columns further in), so the
 *   depth is followed across lines with a stack of the columns where open containers' content
 *   starts, as CommonMark nests them.
 * - Emphasis: micromark's resolution of "*" and "_" runs grows worse than quadratically with
 *   the number of runs on a line.
 * - Inline constructs: every "[", "]", "<", "`", "\", "&", "!", "~" and "|" is a token of its
 *   own that remark holds until it returns (1.6 GB per MB of "["), and a line full of links,
 *   code spans or table cells leaves a node per construct.
 */

/** Nesting levels kept: Phần → A. → I. → 1. → 1.1. → a) → - → + is eight. */
const MAX_DEPTH = 8;
/** Emphasis delimiter runs kept on one line. */
const MAX_RUNS = 64;
/**
 * Inline construct characters kept on one line. A long paragraph of a real plan has a few
 * dozen ("Sở TT&TT", "[1]", a table row's "|"); 256 is far above that.
 */
const MAX_INLINE = 256;

const TAB_STOP = 4;

export function defuseMarkdown(text: string): string {
  let out: string[] | null = null;
  let start = 0;
  // Columns where the content of each open container starts, innermost last (at most MAX_DEPTH).
  const open: number[] = [];
  for (let lineNo = 0; start <= text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const safe = defuseInline(defuseEmphasis(defuseNesting(line, open)));
    if (safe !== line) {
      out ??= text.slice(0, start).split('\n').slice(0, lineNo);
      out.push(safe);
    } else if (out) out.push(line);
    start = end + 1;
  }
  return out ? out.join('\n') : text;
}

/**
 * Container markers at the start of a line: "- ", "* ", "+ ", "> ", "1. ", "1) ". A marker at
 * column c closes the open containers whose content starts after c (it cannot be inside them)
 * and opens one; the depth of a marker is the number of containers open around it. Markers
 * past MAX_DEPTH are blanked and open nothing, so `open` never holds more than MAX_DEPTH.
 * The estimate is never below remark's depth: it keeps containers a blank line may have
 * closed, and takes the narrowest content column a marker allows.
 */
function defuseNesting(line: string, open: number[]): string {
  let i = 0;
  let col = 0;
  let first = true;
  let cut = -1;
  while (i < line.length) {
    let j = i;
    for (; line[j] === ' ' || line[j] === '\t'; j++) col = line[j] === '\t' ? col + TAB_STOP - (col % TAB_STOP) : col + 1;
    const c = line[j];
    let k = j;
    if (c === '-' || c === '*' || c === '+' || c === '>') k = j + 1;
    else {
      while (k < line.length && k - j < 9 && line.charCodeAt(k) >= 48 && line.charCodeAt(k) <= 57) k++;
      if (k === j || (line[k] !== '.' && line[k] !== ')')) break;
      k++;
    }
    if (c !== '>' && k < line.length && line[k] !== ' ' && line[k] !== '\t') break;
    if (first) {
      while (open.length > 0 && (open[open.length - 1] as number) > col) open.pop();
      first = false;
    }
    const markerCol = col;
    col += k - j;
    if (open.length >= MAX_DEPTH) {
      if (cut < 0) cut = j;
    } else open.push(markerCol + (k - j) + (c === '>' ? 0 : 1));
    i = k;
  }
  if (cut < 0) return line;
  return line.slice(0, cut) + line.slice(cut, i).replace(/[^ \t]/g, ' ') + line.slice(i);
}

function defuseEmphasis(line: string): string {
  let runs = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if ((c === '*' || c === '_') && line[i - 1] !== c) runs++;
  }
  return runs > MAX_RUNS ? line.replace(/[*_]/g, ' ') : line;
}

const INLINE = /[[\]<`\\&!~|@]/g;

function defuseInline(line: string): string {
  if (line.length <= MAX_INLINE) return line;
  let count = 0;
  for (let i = 0; i < line.length && count <= MAX_INLINE; i++) {
    const c = line.charCodeAt(i);
    // [ ] < ` \ & ! ~ | @
    if (c === 91 || c === 93 || c === 60 || c === 96 || c === 92 || c === 38 || c === 33 || c === 126 || c === 124 || c === 64) count++;
    // GFM autolink literals ("www.x.vn", "https://…", "a@b.vn") each become a link node.
    else if (c === 46 && i >= 3 && line.startsWith('www', i - 3)) count++;
    else if (c === 58 && line.startsWith('//', i + 1)) count++;
  }
  if (count <= MAX_INLINE) return line;
  return line.replace(INLINE, ' ').replace(/www\./g, 'www ').replace(/:\/\//g, ' //');
}
