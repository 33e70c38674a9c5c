import { foldKey } from '../../input/keys.js';

// Cells that only the header block ("Số: …", the Quốc hiệu) or the signature block
// ("Nơi nhận:") hold (NĐ 30 Điều 8, domain.md §1.2, §1.7), compared without marks.
const LAYOUT_CELL = [/^so\s*:/, /cong hoa xa hoi chu nghia/, /^noi nhan\b/];
// How much of a cell's start is compared: the Quốc hiệu line is 34 letters, after a few spaces.
const LAYOUT_CELL_PREFIX = 80;

/**
 * Whether a table only lays out the page rather than holding data: offices set the header
 * (issuer and number | Quốc hiệu, place and date) and the signature block (Nơi nhận | TM./KT.,
 * title, name) as borderless two-column tables. Such a table is read as paragraphs, cell by
 * cell, the way the corpus's text copies write it (shared/corpus/SOURCES.md), so that it is
 * never taken for the appendix. Shared by the .docx and HTML readers.
 */
export function isLayoutTable(columns: number, cellTexts: readonly string[]): boolean {
  if (columns <= 2) return true;
  return cellTexts.some((text) => {
    // The marks sit at the start of their cell; folding only the start keeps a table of
    // thousands of long task cells cheap to test.
    const key = foldKey(text.slice(0, LAYOUT_CELL_PREFIX));
    return LAYOUT_CELL.some((re) => re.test(key));
  });
}
