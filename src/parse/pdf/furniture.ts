import type { PdfLine } from './lines.js';
import { lineText } from './lines.js';

// Running headers, footers and page numbers sit in the margins: among the first and last
// lines of a page, within this share of the page height from its edge.
const EDGE_LINES = 2;
const MARGIN_SHARE = 0.15;
// A margin line that recurs (digits aside) on at least this share of the pages is a running
// header or footer; a lone page number is recognised by its shape.
const RECURRING_SHARE = 0.5;
const MIN_RECURRING_PAGES = 2;
const PAGE_NUMBER = /^(?:trang\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:\/|trên)\s*\d{1,4})?$/iu;

export interface PageLines {
  readonly height: number;
  readonly lines: readonly PdfLine[];
}

/**
 * For each page, the indexes of the lines that are page furniture: page numbers ("2", "- 2 -",
 * "Trang 2", "2/20") in the margin, and margin lines that recur on most pages (a running
 * header: the document's number or name). The document's own first lines, which appear once,
 * are never furniture.
 */
export function findFurniture(pages: readonly PageLines[]): Set<number>[] {
  const keyOf = (line: PdfLine): string => lineText(line).replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
  const candidates = pages.map((page) => marginLines(page));
  const pagesWith = new Map<string, number>();
  candidates.forEach((indexes, p) => {
    const keys = new Set([...indexes].map((i) => keyOf(pages[p]?.lines[i] as PdfLine)));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  });
  const recurring = Math.max(MIN_RECURRING_PAGES, Math.ceil(pages.length * RECURRING_SHARE));
  return candidates.map((indexes, p) => {
    const out = new Set<number>();
    for (const i of indexes) {
      const line = pages[p]?.lines[i] as PdfLine;
      if (PAGE_NUMBER.test(lineText(line)) || (pagesWith.get(keyOf(line)) ?? 0) >= recurring) out.add(i);
    }
    return out;
  });
}

function marginLines(page: PageLines): Set<number> {
  const out = new Set<number>();
  const n = page.lines.length;
  const margin = page.height * MARGIN_SHARE;
  for (let i = 0; i < Math.min(EDGE_LINES, n); i++) if ((page.lines[i]?.y ?? 0) >= page.height - margin) out.add(i);
  for (let i = Math.max(0, n - EDGE_LINES); i < n; i++) if ((page.lines[i]?.y ?? page.height) <= margin) out.add(i);
  return out;
}
