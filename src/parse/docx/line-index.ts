import type { Source } from '../../model/types.js';
import type { LineIndex } from '../../input/line-index.js';

/** One line of the synthetic text of a .docx: a paragraph or a table row. */
export interface DocxItem {
  readonly kind: 'paragraph' | 'row';
  /** Offset in the synthetic text where the item starts. */
  readonly start: number;
  /** 1-based ordinal among the document's non-empty paragraphs, or among its table rows. */
  readonly number: number;
}

/**
 * Positions for a .docx: there are no lines in a Word file, so a place is "paragraph 12" or
 * "row 5" (issue 6: diagnostics name the paragraph or table row), with the column counted from
 * the start of that paragraph or row. `lineCount` counts items of either kind,
 * in document order.
 */
export function createDocxIndex(items: readonly DocxItem[]): LineIndex {
  return {
    lineCount: items.length,
    locate(offset): Source {
      let lo = 0;
      let hi = items.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((items[mid]?.start ?? 0) <= offset) lo = mid;
        else hi = mid - 1;
      }
      const item = items[lo];
      if (!item) return { kind: 'paragraph', line: 1, column: 1 };
      return { kind: item.kind, line: item.number, column: Math.max(0, offset - item.start) + 1 };
    },
  };
}
