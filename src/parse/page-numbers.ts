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
