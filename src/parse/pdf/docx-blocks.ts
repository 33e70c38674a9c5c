import type { DocxBlock, DocxCell } from '../docx/body.js';
import type { PageLine } from '../docx/line-index.js';
import { isLayoutTable } from '../docx/layout-table.js';
import type { PdfBlock } from './page-blocks.js';
import type { PdfCell } from './tables.js';

/**
 * The PDF's blocks in the shape the .docx reader gives (so the synthetic text, the mdast and the
 * index are built the same way), each line and row carrying the page line it was printed on. A
 * ruled table that only lays out the page is read cell by cell, as the .docx reader does.
 */
export function toDocxBlocks(blocks: readonly PdfBlock[]): DocxBlock[] {
  const out: DocxBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      out.push({ kind: 'paragraph', text: block.lines.map((l) => l.text).join('\n'), heading: null, origins: block.lines.map(({ page, line }) => ({ page, line })) });
      continue;
    }
    const texts = block.rows.flatMap((r) => r.cells.map((c) => c.text));
    if (isLayoutTable(block.columns, texts)) {
      for (const row of block.rows) {
        for (const cell of row.cells) {
          if (cell.mergedFrom || cell.text === '') continue;
          out.push({ kind: 'paragraph', text: cell.text, heading: null, origins: cell.text.split('\n').map(() => ({ page: row.page, line: row.line })) });
        }
      }
      continue;
    }
    const where = new Map<PdfCell, { row: number; cell: number }>();
    const rows: DocxCell[][] = [];
    const origins: PageLine[] = [];
    block.rows.forEach((row, r) => {
      const cells: DocxCell[] = [];
      for (const cell of row.cells) {
        // Grid columns with no cell in this row (a table whose left column is ruled short).
        while (cells.reduce((n, c) => n + c.colspan, 0) < cell.gridCol) cells.push({ text: '', colspan: 1, mergedFrom: null });
        const origin = cell.mergedFrom ? where.get(cell.mergedFrom) : undefined;
        if (!cell.mergedFrom) where.set(cell, { row: r, cell: cells.length });
        cells.push({ text: cell.text, colspan: cell.span, mergedFrom: origin ?? null });
      }
      rows.push(cells);
      origins.push({ page: row.page, line: row.line });
    });
    out.push({ kind: 'table', rows, origins });
  }
  return out;
}
