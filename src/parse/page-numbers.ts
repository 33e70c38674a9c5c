import type { Block } from './blocks.js';

// Page numbers as printed between the pages of a text copy (NĐ 30 Phụ lục I: Arabic numerals
// centred in the top margin, none on page 1): "- 3 -", "Trang 3", "Trang 3/12".
const DECORATED = /^[\f\s]*(?:[-–—]\s*\d{1,3}\s*[-–—]|Trang\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?)[\f\s]*$/iu;
const BARE = /^[\f\s]*(\d{1,3})[\f\s]*$/u;
// Bare figures alone on a line are page numbers only when they count pages: at least this many,
// each one more than the one before (a lone "3" could be an item number, "1" and "2" the cells
// of a broken table row).
export const MIN_BARE_PAGES = 3;

function nearTable(b: Block | undefined): boolean {
  return b !== undefined && (b.kind === 'table' || b.lines.some((l) => l.text.includes('\t')));
}

/**
 * The offsets of the lines that are page numbers: every decorated one ("- 3 -", "Trang 3/12"),
 * and figures alone on a line that count up by one through the document (2, 3, 4 …).
 */
export function findPageNumbers(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  const bare: { offset: number; value: number }[] = [];
  blocks.forEach((b, i) => {
    if (b.kind !== 'text' || b.heading) return;
    for (const l of b.lines) if (DECORATED.test(l.text)) out.add(l.offset);
    // A bare figure stands alone between blank lines, away from any table (where it is a cell).
    const m = b.lines.length === 1 ? BARE.exec(b.lines[0]?.text ?? '') : null;
    if (m?.[1] && !nearTable(blocks[i - 1]) && !nearTable(blocks[i + 1])) bare.push({ offset: b.lines[0]?.offset ?? 0, value: Number(m[1]) });
  });
  // The longest run of bare figures counting up by one (a page may lack its number).
  let run: typeof bare = [];
  let best: typeof bare = [];
  for (const b of bare) {
    const last = run[run.length - 1];
    if (last && b.value === last.value + 1) run.push(b);
    else run = [b];
    if (run.length > best.length) best = run;
  }
  if (best.length >= MIN_BARE_PAGES) for (const b of best) out.add(b.offset);
  return out;
}

// A running header or footer (the issuer and "Dự thảo lần 2" printed at the top of every page)
// is the same line beside the page number at this many page breaks at least; once is a line of
// the text that happens to stand there.
export const MIN_RUNNING = 2;

/**
 * The offsets of the running headers and footers: a line that stands right before or after a
 * page number (in the same block, with no blank line between) with the same words at
 * MIN_RUNNING page breaks or more. A table row or a numbered part is never one.
 */
export function findRunningLines(blocks: readonly Block[], pages: ReadonlySet<number>): Set<number> {
  const seen = new Map<string, number[]>();
  for (const b of blocks) {
    if (b.kind !== 'text') continue;
    b.lines.forEach((l, i) => {
      if (!pages.has(l.offset)) return;
      for (const n of [b.lines[i - 1], b.lines[i + 1]]) {
        if (!n || pages.has(n.offset) || n.text.includes('\t') || /^\s*(?:[IVXLC]+|\d+|[a-zđ])[.)]\s/u.test(n.text)) continue;
        const key = n.text.replace(/\s+/g, ' ').trim();
        seen.set(key, [...(seen.get(key) ?? []), n.offset]);
      }
    });
  }
  const out = new Set<number>();
  for (const offsets of seen.values()) if (offsets.length >= MIN_RUNNING) for (const o of offsets) out.add(o);
  return out;
}
