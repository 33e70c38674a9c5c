import type { ReadDocument, ReaderFinding } from '../document.js';
import { msg } from '../../i18n/index.js';
import { InputError } from '../../model/errors.js';
import { buildSyntheticDocument } from '../docx/mdast.js';
import { createDocxIndex } from '../docx/line-index.js';
import { loadPdf } from './load.js';
import type { PdfPage, TextPiece } from './load.js';
import { findGrids } from './grid.js';
import { streamGrids } from './stream-table.js';
import { groupLines } from './lines.js';
import { findFurniture } from './furniture.js';
import { centreIn, gridRows, rulingsAcross } from './tables.js';
import { splitAtRulings } from './split-piece.js';
import { columnParagraphs, pageBlocks } from './page-blocks.js';
import type { Columns } from './two-columns.js';
import type { ColumnEdge, PageElement, PdfBlock } from './page-blocks.js';
import { joinAcrossPages } from './continued.js';
import { toDocxBlocks } from './docx-blocks.js';

/**
 * Reads a PDF with a text layer into the shared model of a read document: lines rebuilt from
 * positioned text, paragraphs from spacing and indentation, tables from ruling lines, the
 * two-column header and signature blocks split into their columns, page furniture dropped and
 * a table continued across pages joined. Places are a page and a line on it.
 */
export async function readPdf(bytes: Uint8Array, file: string | null): Promise<ReadDocument> {
  const pages = await loadPdf(bytes, file);
  if (pages.every((p) => p.pieces.length === 0)) throw new InputError(file, msg('input.scannedPdf'));
  const findings: ReaderFinding[] = [];
  const laid = pages.map(layPage);
  const furniture = findFurniture(laid.map((l) => ({ height: l.page.height, lines: l.lines })));
  const blocks: PdfBlock[] = [];
  // A two-column block open at the foot of a page, which the next page may go on with.
  let columns: Columns | null = null;
  laid.forEach((l, p) => {
    if (l.page.pieces.length === 0) {
      findings.push({ ruleId: 'pdf-no-text', severity: 'warning', message: msg('parse.pdfNoText', { page: l.page.number }), source: { kind: 'page', page: l.page.number, line: 1, column: 1 } });
      if (columns) blocks.push(...columnParagraphs(columns));
      columns = null;
      return;
    }
    const read = pageBlocks(l.page.number, l.page.width, elementsOf(l, furniture[p] ?? new Set()), columns);
    blocks.push(...read.blocks);
    columns = read.columns;
  });
  if (columns) blocks.push(...columnParagraphs(columns));
  const joined = joinAcrossPages(blocks, findings);
  const synthetic = buildSyntheticDocument(toDocxBlocks(joined));
  return { format: 'pdf', text: synthetic.text, index: createDocxIndex(synthetic.items), tree: synthetic.tree, notes: [], findings };
}

interface LaidPage {
  readonly page: PdfPage;
  readonly grids: ReturnType<typeof findGrids>;
  readonly gridPieces: TextPiece[][];
  readonly lines: ReturnType<typeof groupLines>;
}

/** Splits a page's text between its tables (ruled, or borderless under a header) and its free lines. */
function layPage(page: PdfPage): LaidPage {
  const ruled = findGrids(page.segments);
  const outside = page.pieces.filter((p) => !ruled.some((grid) => centreIn(p, grid)));
  const grids = [...ruled, ...streamGrids(outside)];
  const gridPieces: TextPiece[][] = grids.map(() => []);
  const free: TextPiece[] = [];
  for (const piece of page.pieces) {
    const g = grids.findIndex((grid) => centreIn(piece, grid));
    const grid = grids[g];
    if (grid) gridPieces[g]?.push(...splitAtRulings(piece, rulingsAcross(grid, piece)));
    else free.push(piece);
  }
  return { page, grids, gridPieces, lines: groupLines(free) };
}

/**
 * The page's lines and tables top to bottom, each line numbered as a reader counts lines on
 * the page (a table row counts as one line); furniture keeps its number but is left out.
 */
function elementsOf(l: LaidPage, furniture: ReadonlySet<number>): PageElement[] {
  type Item = { top: number; line?: number; grid?: number };
  const items: Item[] = [
    ...l.lines.map((line, i) => ({ top: line.y + line.size, line: i })),
    ...l.grids.map((grid, g) => ({ top: grid.top, grid: g })),
  ].sort((a, b) => b.top - a.top);
  const out: PageElement[] = [];
  let number = 0;
  for (const item of items) {
    if (item.line !== undefined) {
      number++;
      const line = l.lines[item.line];
      if (line && !furniture.has(item.line)) out.push({ kind: 'line', line, number });
      continue;
    }
    const grid = l.grids[item.grid as number];
    if (!grid) continue;
    const first = number + 1;
    const rows = gridRows(grid, l.gridPieces[item.grid as number] ?? [], l.page.number, (top) => first + grid.bands.findIndex(([t]) => t === top));
    number += grid.bands.length;
    out.push({ kind: 'table', top: grid.top, columns: grid.columns, rows, edges: columnEdges(grid) });
  }
  return out;
}

/** Each grid column's edges, from the cells that span it alone. */
function columnEdges(grid: ReturnType<typeof findGrids>[number]): ColumnEdge[] {
  const out: ColumnEdge[] = [];
  for (const cell of grid.cells) {
    if (cell.span === 1 && !out.some((e) => e.gridCol === cell.gridCol)) out.push({ gridCol: cell.gridCol, x0: cell.x0, x1: cell.x1 });
  }
  return out;
}
