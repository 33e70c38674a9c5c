import type { Source } from '../../model/types.js';
import type { LineIndex } from '../../input/line-index.js';
import { lastStartAtOrBefore } from '../../model/last-start.js';

/**
 * One line of the synthetic text of a .docx or .doc (a paragraph or a table row), or one line
 * of a PDF page.
 */
export interface DocxItem {
  readonly kind: 'paragraph' | 'row' | 'page';
  /** Offset in the synthetic text where the item starts. */
  readonly start: number;
  /**
   * 1-based ordinal among the document's non-empty paragraphs, or among its table rows; for a
   * PDF, the line on its page.
   */
  readonly number: number;
  /** 1-based page of a PDF line. */
  readonly page?: number;
}

/** Where a line of a PDF was printed: its page and its line on that page (both 1-based). */
export interface PageLine {
  readonly page: number;
  readonly line: number;
}

/**
 * Positions for a .docx or .doc: there are no lines in a Word file, so a place is "paragraph 12"
 * or "row 5" (issue 6: diagnostics name the paragraph or table row), with the column counted
 * from the start of that paragraph or row. For a PDF, a place is a line on a page (issue 16).
 * `lineCount` counts items of any kind, in document order.
 */
export function createDocxIndex(items: readonly DocxItem[]): LineIndex {
  return {
    lineCount: items.length,
    locate(offset): Source {
      const item = items[lastStartAtOrBefore(items.length, (i) => items[i]?.start ?? 0, offset)];
      if (!item) return { kind: 'paragraph', line: 1, column: 1 };
      return { kind: item.kind, line: item.number, ...(item.page !== undefined ? { page: item.page } : {}), column: Math.max(0, offset - item.start) + 1 };
    },
  };
}
