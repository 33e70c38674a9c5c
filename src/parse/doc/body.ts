import type { DocxBlock, DocxParagraph, RawCell } from '../docx/body.js';
import { tableBlocks } from '../docx/body.js';
import type { ListCounters } from '../docx/numbering.js';
import type { ParagraphProperties, ParaProps, RowDefinition } from './paragraphs.js';
import type { DocStyle } from './styles.js';
import { styleProps } from './styles.js';
import type { Piece } from './text.js';
import { fcOf } from './text.js';

// Word's special characters in the text stream (MS-DOC §2.8.25).
const PARAGRAPH_END = '\r';
const CELL_END = '\x07';
const SECTION_END = '\x0c';
const LINE_BREAK = '\x0b';
const FIELD_BEGIN = '\x13';
const FIELD_SEPARATOR = '\x14';
const FIELD_END = '\x15';
const NON_BREAKING_HYPHEN = '\x1e';
// Fields nest (a PAGE inside an IF …); deeper than this is not a document Word wrote.
const MAX_FIELD_DEPTH = 64;

export interface DocBodyContext {
  readonly pieces: readonly Piece[];
  readonly properties: ParagraphProperties;
  readonly styles: ReadonlyMap<number, DocStyle>;
  readonly counters: ListCounters;
  /** How many paragraphs got a rebuilt list marker. */
  numbered: number;
}

interface OpenTable {
  rows: RawCell[][];
  definitions: (RowDefinition | null)[];
  row: string[][];
  cell: string[];
}

/**
 * Reads the main text of a .doc into the blocks the .docx reader produces: paragraphs end at
 * paragraph marks; in a table, a cell mark ends a cell and a row-end mark (a paragraph with
 * sprmPFTtp) ends a row, whose definition gives the cells' boundaries and vertical merges.
 * Fields show their result, not their code; a nested table is read into its outer cell.
 */
export function readDocBody(text: string, ctx: DocBodyContext): DocxBlock[] {
  const out: DocxBlock[] = [];
  let table: OpenTable | null = null;
  let chars = '';
  // For each open field, whether its code part is being read (code is not shown).
  const fields: boolean[] = [];
  let hiddenDepth = 0;
  // Word's marks are control characters: the text between two of them is taken in one slice.
  const special = /[\x00-\x1f]/g;
  let at = 0;
  for (let m = special.exec(text); ; m = special.exec(text)) {
    const end = m ? m.index : text.length;
    if (hiddenDepth === 0 && end > at) chars += text.slice(at, end);
    if (!m) break;
    at = end + 1;
    const ch = m[0];
    const cp = end;
    if (ch === FIELD_BEGIN) {
      if (fields.length < MAX_FIELD_DEPTH) fields.push(true);
      hiddenDepth = countCode(fields);
      continue;
    }
    if (ch === FIELD_SEPARATOR || ch === FIELD_END) {
      if (ch === FIELD_SEPARATOR && fields.length) fields[fields.length - 1] = false;
      else fields.pop();
      hiddenDepth = countCode(fields);
      continue;
    }
    const ends = ch === PARAGRAPH_END || ch === CELL_END || ch === SECTION_END;
    if (!ends) {
      if (hiddenDepth === 0) chars += visible(ch);
      continue;
    }
    const props = ctx.properties.at(fcOf(ctx.pieces, cp));
    if (props.inTable || props.itap > 0) {
      table ??= { rows: [], definitions: [], row: [], cell: [] };
      if (props.ttp) {
        endRow(table, props.row);
      } else if (!props.innerTtp) {
        const p = paragraph(chars, props, ctx);
        if (p.text.trim() !== '') table.cell.push(p.text);
        if (ch === CELL_END && props.itap <= 1) {
          table.row.push(table.cell);
          table.cell = [];
        }
      }
    } else {
      if (table) {
        out.push(...closeTable(table));
        table = null;
      }
      out.push(paragraph(chars, props, ctx));
    }
    chars = '';
  }
  if (table) out.push(...closeTable(table));
  if (chars.trim() !== '') out.push({ kind: 'paragraph', text: chars.normalize('NFC'), heading: null });
  return out;
}

/** How many open fields are in their code part (whose text is not shown). */
function countCode(fields: readonly boolean[]): number {
  let n = 0;
  for (const inCode of fields) if (inCode) n++;
  return n;
}

/** A control character as a reader sees it: line breaks kept, Word's markers and objects dropped. */
function visible(ch: string): string {
  if (ch === LINE_BREAK) return '\n';
  if (ch === NON_BREAKING_HYPHEN) return '-';
  if (ch === '\t') return ch;
  return '';
}

function paragraph(chars: string, props: ParaProps, ctx: DocBodyContext): DocxParagraph {
  const style = styleProps(ctx.styles, props.istd);
  const ilfo = props.ilfo ?? style.ilfo;
  const ilvl = Math.max(0, Math.min(8, props.ilvl ?? style.ilvl ?? 0));
  const marker = ilfo !== null && ilfo > 0 ? ctx.counters.next(ilfo, ilvl) : null;
  if (marker) ctx.numbered++;
  const text = chars.normalize('NFC');
  const heading = props.outline !== null && props.outline < 9 ? props.outline + 1 : style.heading;
  return { kind: 'paragraph', text: marker ? `${marker}${text.trimStart()}` : text, heading };
}

function endRow(table: OpenTable, definition: RowDefinition | null): void {
  if (table.cell.length) table.row.push(table.cell);
  table.cell = [];
  table.rows.push(table.row.map((paragraphs, i) => ({ gridCol: i, span: 1, vMerge: null, paragraphs })));
  table.definitions.push(definition);
  table.row = [];
}

/**
 * Places each row's cells on the table's grid: the distinct cell boundaries of all rows are
 * the grid lines (Word draws a cell merged across as one wider cell), so a cell's span is the
 * number of grid columns between its boundaries. A row without a usable definition keeps one
 * column per cell.
 */
function closeTable(table: OpenTable): DocxBlock[] {
  if (table.row.length || table.cell.length) endRow(table, null);
  const grid = [...new Set(table.definitions.flatMap((d) => d?.bounds ?? []))].sort((a, b) => a - b);
  const column = new Map(grid.map((x, i) => [x, i]));
  let columns = 0;
  const rows = table.rows.map((cells, r) => {
    const def = table.definitions[r];
    const usable = def && def.bounds.length === cells.length + 1;
    const placed = cells.map((cell, i): RawCell => {
      if (!usable) return cell;
      const from = column.get(def.bounds[i] as number) ?? i;
      const to = column.get(def.bounds[i + 1] as number) ?? from + 1;
      const merge = def.vMerge[i];
      return { ...cell, gridCol: from, span: Math.max(1, to - from), vMerge: merge === 1 ? 'continue' : merge === 3 ? 'restart' : null };
    });
    const last = placed[placed.length - 1];
    columns = Math.max(columns, last ? last.gridCol + last.span : 0);
    return placed;
  });
  return tableBlocks(rows, columns);
}
