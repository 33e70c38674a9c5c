/**
 * Bounds the work remark does on hostile text, without moving any character: remark's list
 * preparation is quadratic in the depth of nested list markers, its container stack recurses
 * per nesting level, and micromark's emphasis resolution grows worse than quadratically with
 * the number of "*" and "_" runs on a line (SECURITY.md). No real plan nests deeper than a few
 * levels or strews hundreds of emphasis runs on one line, so past those bounds the marker
 * characters are replaced by spaces of the same length, and positions stay where they were.
 */

/** Nesting levels kept: Phần → A. → I. → 1. → 1.1. → a) → - → + is eight. */
const MAX_DEPTH = 8;
/** Emphasis delimiter runs kept on one line. */
const MAX_RUNS = 64;

export function defuseMarkdown(text: string): string {
  let out: string[] | null = null;
  let start = 0;
  for (let lineNo = 0; start <= text.length; lineNo++) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const safe = defuseLine(line);
    if (safe !== line) {
      out ??= text.slice(0, start).split('\n').slice(0, lineNo);
      out.push(safe);
    } else if (out) out.push(line);
    start = end + 1;
  }
  return out ? out.join('\n') : text;
}

function defuseLine(line: string): string {
  return defuseEmphasis(defuseNesting(line));
}

/** Container markers at the start of a line: "- ", "* ", "+ ", "> ", "1. ", "1) ". */
function defuseNesting(line: string): string {
  let i = 0;
  let depth = 0;
  let cut = -1;
  while (i < line.length) {
    let j = i;
    while (line[j] === ' ' || line[j] === '\t') j++;
    const c = line[j];
    let k = j;
    if (c === '-' || c === '*' || c === '+' || c === '>') k = j + 1;
    else {
      while (k < line.length && k - j < 9 && line.charCodeAt(k) >= 48 && line.charCodeAt(k) <= 57) k++;
      if (k === j || (line[k] !== '.' && line[k] !== ')')) break;
      k++;
    }
    if (c !== '>' && k < line.length && line[k] !== ' ' && line[k] !== '\t') break;
    depth++;
    if (depth === MAX_DEPTH + 1) cut = j;
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
