import type { Block, Line } from './blocks.js';

// Page numbers as printed between the pages of a text copy (NĐ 30 Phụ lục I: Arabic numerals
// centred in the top margin, none on page 1): "- 3 -", "Trang 3", "Trang 3/12".
const DECORATED = /^[\f\s]*(?:[-–—]\s*\d{1,3}\s*[-–—]|Trang\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?)[\f\s]*$/iu;
const BARE = /^[\f\s]*(\d{1,3})[\f\s]*$/u;
// Bare figures alone on a line are page numbers only when they count pages: at least this many,
// each one more than the one before (a lone "3" could be an item number, "1" and "2" the cells
// of a broken table row).
export const MIN_BARE_PAGES = 3;
// A running header or footer (the issuer and "Dự thảo lần 2" printed at the top of every page)
// is the same line beside the page number at this many page breaks at least; once is a line of
// the text that happens to stand there. Figures counting up with the same line beside each
// are page numbers from this many on: the running line is the evidence a lone figure lacks.
export const MIN_RUNNING = 2;

function nearTable(b: Block | undefined): boolean {
  return b !== undefined && (b.kind === 'table' || b.lines.some((l) => l.text.includes('\t')));
}

/** A line of a text block, with the block it is in and its place there. */
interface Placed {
  readonly line: Line;
  readonly block: number;
  readonly k: number;
}

/** The lines of the text blocks (headings aside), in order. */
function placedLines(blocks: readonly Block[]): Placed[] {
  const out: Placed[] = [];
  blocks.forEach((b, block) => {
    if (b.kind === 'text' && !b.heading) b.lines.forEach((line, k) => out.push({ line, block, k }));
  });
  return out;
}

/**
 * Whether `b` stands on the line right after `a`, no blank line between. The text says so
 * across remark's blocks (an indented figure is a code block of its own; a figure after a list
 * item joins the item); without it, the two are neighbours in one block.
 */
function joined(a: Placed | undefined, b: Placed | undefined, text: string | undefined): boolean {
  if (!a || !b) return false;
  if (text === undefined) return a.block === b.block && b.k === a.k + 1;
  const end = text.indexOf('\n', a.line.offset);
  if (end < 0 || end >= b.line.offset) return false;
  const next = text.indexOf('\n', end + 1);
  return next < 0 || next >= b.line.offset;
}

/** The lines joined to the one at i, above and below it. */
function neighbours(lines: readonly Placed[], i: number, text: string | undefined): Placed[] {
  const out: Placed[] = [];
  if (joined(lines[i - 1], lines[i], text)) out.push(lines[i - 1] as Placed);
  if (joined(lines[i], lines[i + 1], text)) out.push(lines[i + 1] as Placed);
  return out;
}

interface Figure {
  readonly offset: number;
  readonly value: number;
  /** The line printed beside the figure with no blank line between (a running header), or ''. */
  readonly beside: string;
}

/**
 * The offsets of the lines that are page numbers: every decorated one ("- 3 -", "Trang 3/12");
 * figures alone between blank lines that count up by one through the document (2, 3, 4 …); and
 * figures with one line of text beside them that count up by one with the same line beside
 * each (the page number and the running header above or below it), at MIN_RUNNING page breaks.
 */
export function findPageNumbers(blocks: readonly Block[], text?: string): Set<number> {
  const out = new Set<number>();
  const alone: Figure[] = [];
  const beside: Figure[] = [];
  const lines = placedLines(blocks);
  lines.forEach((p, i) => {
    if (DECORATED.test(p.line.text)) out.add(p.line.offset);
    const m = BARE.exec(p.line.text);
    // A bare figure stands away from any table (where it is a cell).
    if (!m?.[1] || [p.block - 1, p.block, p.block + 1].some((b) => nearTable(blocks[b]))) return;
    const near = neighbours(lines, i, text);
    const value = Number(m[1]);
    if (near.length === 0) alone.push({ offset: p.line.offset, value, beside: '' });
    else if (near.length === 1) beside.push({ offset: p.line.offset, value, beside: keyOf((near[0] as Placed).line.text) });
  });
  for (const f of countingUp(alone, MIN_BARE_PAGES)) out.add(f.offset);
  for (const f of countingUp(beside, MIN_RUNNING)) out.add(f.offset);
  return out;
}

/** The longest run of figures counting up by one with the same line beside them, if `min` long. */
function countingUp(figures: readonly Figure[], min: number): Figure[] {
  // A page may lack its number: the run is of figures as printed, in order.
  let run: Figure[] = [];
  let best: Figure[] = [];
  for (const f of figures) {
    const last = run[run.length - 1];
    if (last && f.value === last.value + 1 && f.beside === last.beside) run.push(f);
    else run = [f];
    if (run.length > best.length) best = run;
  }
  return best.length >= min ? best : [];
}

function keyOf(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The offsets of the running headers and footers: a line that stands right before or after a
 * page number (no blank line between) with the same words at MIN_RUNNING page breaks or more.
 * A table row or a numbered part is never one.
 */
export function findRunningLines(blocks: readonly Block[], pages: ReadonlySet<number>, text?: string): Set<number> {
  const seen = new Map<string, number[]>();
  const lines = placedLines(blocks);
  lines.forEach((p, i) => {
    if (!pages.has(p.line.offset)) return;
    for (const { line: n } of neighbours(lines, i, text)) {
      if (pages.has(n.offset) || n.text.includes('\t') || /^\s*(?:[IVXLC]+|\d+|[a-zđ])[.)]\s/u.test(n.text)) continue;
      const key = keyOf(n.text);
      const offsets = seen.get(key);
      if (offsets) offsets.push(n.offset);
      else seen.set(key, [n.offset]);
    }
  });
  const out = new Set<number>();
  for (const offsets of seen.values()) if (offsets.length >= MIN_RUNNING) for (const o of offsets) out.add(o);
  return out;
}
