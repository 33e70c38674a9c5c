import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import { toMdast } from 'hast-util-to-mdast';
import type { Handle, State } from 'hast-util-to-mdast';
import type { Element, ElementContent, Root as HastRoot, RootContent as HastContent } from 'hast';
import type { Parent, PhrasingContent, Root, RootContent, Table, TableCell, TableRow, Text } from 'mdast';
import type { Position } from 'unist';
import type { ReadDocument } from './document.js';
import type { LineIndex } from '../input/line-index.js';
import { isLayoutTable } from './docx/layout-table.js';
import { flattenContainers } from './html-flatten.js';
import { limitNesting } from './html-depth.js';

// Page furniture a saved web page carries around the document (menus, banners, scripts).
const FURNITURE = new Set(['script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'form', 'iframe', 'button', 'select', 'head']);
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu']);
// HTML Living Standard, "Processing model" of tables: colspan ≤ 1000, rowspan ≤ 65534.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'table', 'blockquote', 'section', 'article', 'center', 'pre']);

/**
 * Reads HTML, such as a plan saved from a legal-document website, into mdast whose positions
 * are offsets into the HTML source. Layout tables (the header and signature blocks) become
 * paragraphs; data tables follow the shared conventions for merged cells (document.ts);
 * <br> becomes a line break inside the text, and list items keep a visible marker.
 */
export function readHtml(text: string, index: LineIndex): ReadDocument {
  const hast = unified().use(rehypeParse).parse(limitNesting(text)) as HastRoot;
  prepare(hast);
  flattenContainers(hast);
  const tree = toMdast(hast, { handlers: { table: tableHandler, br: breakHandler } }) as Root;
  return { format: 'html', text, index, tree, notes: [] };
}

/** Strips furniture, gives list items their markers and flattens layout tables, in place. */
function prepare(parent: HastRoot | Element): void {
  const out: HastContent[] = [];
  for (const child of parent.children) {
    if (child.type !== 'element') {
      out.push(child);
      continue;
    }
    if (FURNITURE.has(child.tagName) || FURNITURE_ROLES.has(String(child.properties['role'] ?? ''))) continue;
    if (child.tagName === 'ul' || child.tagName === 'ol') addListMarkers(child);
    if (child.tagName === 'table') {
      const grid = tableRows(child);
      const columns = Math.max(0, ...grid.map((row) => row.reduce((n, cell) => n + span(cell, 'colSpan'), 0)));
      if (isLayoutTable(columns, grid.flat().map(textOf))) {
        for (const cell of grid.flat()) {
          const paragraphs = cellParagraphs(cell);
          for (const p of paragraphs) prepare(p);
          out.push(...paragraphs);
        }
        continue;
      }
    }
    prepare(child);
    out.push(child);
  }
  (parent as { children: HastContent[] }).children = out;
}

/**
 * A layout cell's paragraphs: its own block children when it has them, else its content as one
 * paragraph (one paragraph per cell paragraph, as the corpus's text copies write it).
 */
function cellParagraphs(cell: Element): Element[] {
  const blocks = cell.children.filter((c): c is Element => c.type === 'element' && BLOCK.has(c.tagName));
  const loose = cell.children.filter((c) => !(c.type === 'element' && BLOCK.has(c.tagName)));
  if (blocks.length > 0 && loose.every((c) => c.type === 'text' && c.value.trim() === '')) return blocks;
  return [{ type: 'element', tagName: 'p', properties: {}, children: cell.children, ...(cell.position ? { position: cell.position } : {}) }];
}

/** The visible list marker as text, because the numbering lexer reads markers from the text. */
function addListMarkers(list: Element): void {
  const ordered = list.tagName === 'ol';
  let n = Number(list.properties['start'] ?? 1) || 1;
  for (const li of list.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue;
    const marker = ordered ? `${n++}. ` : '- ';
    const at = li.position ? { start: li.position.start, end: li.position.start } : undefined;
    const node: ElementContent = { type: 'text', value: marker, ...(at ? { position: at } : {}) };
    const first = li.children.find((c) => !(c.type === 'text' && c.value.trim() === ''));
    if (first?.type === 'element' && first.tagName === 'p') first.children.unshift(node);
    else li.children.unshift(node);
  }
}

/** The rows of a table (thead, tbody, tfoot or bare tr), each with its td/th cells. */
function tableRows(table: Element): Element[][] {
  return rowElements(table).map((tr) => tr.children.filter((c): c is Element => c.type === 'element' && (c.tagName === 'td' || c.tagName === 'th')));
}

/** The tr elements of a table, in order, through thead, tbody and tfoot (one pass). */
function rowElements(table: Element): Element[] {
  const rows: Element[] = [];
  for (const child of table.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'tr') rows.push(child);
    else if (child.tagName === 'thead' || child.tagName === 'tbody' || child.tagName === 'tfoot') {
      for (const tr of child.children) if (tr.type === 'element' && tr.tagName === 'tr') rows.push(tr);
    }
  }
  return rows;
}

function span(cell: Element, name: 'colSpan' | 'rowSpan'): number {
  const n = Number(cell.properties[name] ?? 1);
  if (!Number.isFinite(n) || n < 0) return 1;
  // The HTML standard's table model clamps colspan to 1000 and rowspan to 65534; a larger
  // number (2^53 in a hostile page) would stop a column count from growing (issue 14).
  return Math.min(Math.floor(n), name === 'colSpan' ? MAX_COLSPAN : MAX_ROWSPAN);
}
function textOf(node: HastContent | HastRoot): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return node.children.map((c) => textOf(c as HastContent)).join(node.type === 'element' && BLOCK.has(node.tagName) ? '\n' : '');
  return '';
}

const breakHandler: Handle = (state, node) => {
  const result: Text = { type: 'text', value: '\n' };
  state.patch(node, result);
  return result;
};

/**
 * Builds the table with the shared conventions instead of hast-util-to-mdast's (which pads
 * merged cells with empty ones and adds an empty header row to a table without thead): a cell
 * merged across is one cell with data.colspan; a cell merged down is repeated in every row it
 * covers with data.merged (issue 6: the merged value applies to every row it covers).
 */
const tableHandler: Handle = (state, node) => {
  const trs = rowElements(node);
  const rows = tableRows(node);
  // For each grid row, the cells still covered by a rowspan from above, by column.
  const pending: Map<number, { cell: TableCell; left: number }>[] = [];
  const out: TableRow[] = [];
  rows.forEach((cells, r) => {
    const covered = pending[r] ?? new Map<number, { cell: TableCell; left: number }>();
    const rowCells: TableCell[] = [];
    let column = 0;
    const fillCovered = (): void => {
      let cover = covered.get(column);
      while (cover) {
        rowCells.push(mergedCopy(cover.cell));
        column += Number((cover.cell.data as { colspan?: number } | undefined)?.colspan ?? 1);
        cover = covered.get(column);
      }
    };
    for (const td of cells) {
      fillCovered();
      const cell = buildCell(state, td);
      const colspan = Math.max(1, span(td, 'colSpan'));
      const rowspan = span(td, 'rowSpan') === 0 ? rows.length - r : Math.max(1, span(td, 'rowSpan'));
      if (colspan > 1) cell.data = { ...cell.data, colspan } as TableCell['data'];
      for (let k = 1; k < rowspan && r + k < rows.length; k++) {
        const map = pending[r + k] ?? (pending[r + k] = new Map());
        map.set(column, { cell, left: rowspan - k });
      }
      rowCells.push(cell);
      column += colspan;
    }
    fillCovered();
    const row: TableRow = { type: 'tableRow', children: rowCells };
    const tr = trs[r];
    if (tr) state.patch(tr, row);
    out.push(row);
  });
  const table: Table = { type: 'table', align: [], children: out };
  state.patch(node, table);
  return table;
};

function mergedCopy(cell: TableCell): TableCell {
  const { colspan } = (cell.data ?? {}) as { colspan?: number };
  return {
    type: 'tableCell',
    children: structuredClone(cell.children),
    data: { ...(colspan ? { colspan } : {}), merged: true } as TableCell['data'],
    ...(cell.position ? { position: cell.position } : {}),
  };
}

/**
 * A cell's content as phrasing: paragraphs and other blocks inside the cell are joined with
 * line breaks. A nested table counts as text. The position points at the cell's text.
 */
function buildCell(state: State, td: Element): TableCell {
  const inTable = state.inTable;
  state.inTable = true;
  const content = state.all(td) as RootContent[];
  state.inTable = inTable;
  const children = mergeText(toPhrasing(content));
  const first = children[0]?.position;
  const last = children[children.length - 1]?.position;
  const cell: TableCell = { type: 'tableCell', children };
  if (first && last) cell.position = { start: first.start, end: last.end };
  else state.patch(td, cell);
  return cell;
}

function toPhrasing(nodes: readonly RootContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    if (isPhrasing(node)) {
      out.push(node);
      continue;
    }
    if (!('children' in node)) continue;
    const inner = toPhrasing((node as Parent).children as RootContent[]);
    if (inner.length === 0) continue;
    if (out.length > 0) out.push(newline(inner[0]?.position));
    out.push(...inner);
  }
  return out;
}

const PHRASING = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'linkReference', 'inlineCode', 'break', 'image', 'imageReference', 'html', 'footnoteReference']);

function isPhrasing(node: RootContent): node is PhrasingContent {
  return PHRASING.has(node.type);
}

function newline(at: Position | undefined): Text {
  return { type: 'text', value: '\n', ...(at ? { position: { start: at.start, end: at.start } } : {}) };
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const prev = out[out.length - 1];
    if (prev?.type === 'text' && node.type === 'text') {
      const position = prev.position && node.position ? { start: prev.position.start, end: node.position.end } : (prev.position ?? node.position);
      out[out.length - 1] = { type: 'text', value: prev.value + node.value, ...(position ? { position } : {}) };
    } else out.push(node);
  }
  return out;
}
