import type { Block } from './blocks.js';

// Page numbers as printed between the pages of a text copy (NĐ 30 Phụ lục I: Arabic numerals
// centred in the top margin, none on page 1): "- 3 -", "Trang 3", "Trang 3/12".
const DECORATED = /^[\f\s]*(?:[-–—]\s*\d{1,3}\s*[-–—]|Trang\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?)[\f\s]*$/iu;
const BARE = /^[\f\s]*(\d{1,3})[\f\s]*$/u;
// Bare figures alone on a line are page numbers only when they count pages: at least this many,
// each one more than the one before (a lone "3" could be an item number or a table cell).
const MIN_BARE_PAGES = 2;

/**
 * The offsets of the lines that are page numbers: every decorated one ("- 3 -", "Trang 3/12"),
 * and figures alone on a line that count up by one through the document (2, 3, 4 …).
 */
export function findPageNumbers(blocks: readonly Block[]): Set<number> {
  const out = new Set<number>();
  const bare: { offset: number; value: number }[] = [];
  for (const b of blocks) {
    if (b.kind !== 'text' || b.heading) continue;
    for (const l of b.lines) {
      if (DECORATED.test(l.text)) out.add(l.offset);
      else {
        const m = BARE.exec(l.text);
        if (m?.[1]) bare.push({ offset: l.offset, value: Number(m[1]) });
      }
    }
  }
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
