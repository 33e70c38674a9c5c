import { Bytes } from './binary.js';
import type { Fib } from './fib.js';
import { readSprms } from './sprm.js';
import { fkpPages } from './text.js';

// Paragraph and table modifiers this reader uses (MS-DOC §2.6.2, §2.6.4).
const SPRM = {
  ilvl: 0x260a,
  ilfo: 0x460b,
  inTable: 0x2416,
  ttp: 0x2417,
  outline: 0x2640,
  innerCell: 0x244b,
  innerTtp: 0x244c,
  itap: 0x6649,
  defTable: 0xd608,
} as const;
const FKP_SIZE = 512;
const BX_SIZE = 13;
const TC80_SIZE = 20;

/** A table row's definition from its row-end mark (sprmTDefTable, MS-DOC §2.9.328). */
export interface RowDefinition {
  /** Cell boundaries in twips, one more than the cells. */
  readonly bounds: readonly number[];
  /** Per cell: 0 not merged, 1 continues the cell above, 3 starts a vertical merge. */
  readonly vMerge: readonly number[];
}

/** The properties of a paragraph this reader uses. */
export interface ParaProps {
  readonly istd: number;
  readonly ilfo: number | null;
  readonly ilvl: number | null;
  readonly outline: number | null;
  readonly inTable: boolean;
  /** The paragraph is a table row's end mark. */
  readonly ttp: boolean;
  /** Table depth (1 for a table in the body, 2 for a table in a cell …). */
  readonly itap: number;
  readonly innerCell: boolean;
  readonly innerTtp: boolean;
  readonly row: RowDefinition | null;
}

interface Run {
  readonly fc: number;
  readonly fcEnd: number;
  readonly props: ParaProps;
}

/** Paragraph properties by byte offset, from the PAPX pages (MS-DOC §2.9.175 PapxFkp). */
export class ParagraphProperties {
  private readonly runs: Run[] = [];

  constructor(word: Bytes, table: Bytes, fib: Fib) {
    for (const page of fkpPages(table, fib.table('plcfBtePapx'))) {
      const fkp = word.slice(page * FKP_SIZE, FKP_SIZE, 'a paragraph property page');
      const crun = fkp.u8(FKP_SIZE - 1);
      for (let j = 0; j < crun; j++) {
        const fc = fkp.u32(j * 4);
        const fcEnd = fkp.u32((j + 1) * 4);
        const bOffset = fkp.u8((crun + 1) * 4 + j * BX_SIZE);
        this.runs.push({ fc, fcEnd, props: bOffset === 0 ? DEFAULT_PROPS : readPapx(fkp, bOffset * 2) });
      }
    }
    this.runs.sort((a, b) => a.fc - b.fc);
  }

  /** The properties of the paragraph that holds the byte at `fc`. */
  at(fc: number): ParaProps {
    let lo = 0;
    let hi = this.runs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const run = this.runs[mid] as Run;
      if (fc < run.fc) hi = mid - 1;
      else if (fc >= run.fcEnd) lo = mid + 1;
      else return run.props;
    }
    return DEFAULT_PROPS;
  }
}

const DEFAULT_PROPS: ParaProps = { istd: 0, ilfo: null, ilvl: null, outline: null, inTable: false, ttp: false, itap: 0, innerCell: false, innerTtp: false, row: null };

/** A PapxInFkp (MS-DOC §2.9.176): a count, the style index, then the modifiers. */
function readPapx(fkp: Bytes, at: number): ParaProps {
  const cb = fkp.u8(at);
  const start = cb !== 0 ? at + 1 : at + 2;
  const size = cb !== 0 ? 2 * cb - 1 : 2 * fkp.u8(at + 1);
  if (size < 2 || start + size > fkp.length) return DEFAULT_PROPS;
  return { ...DEFAULT_PROPS, istd: fkp.u16(start), ...applySprms(fkp, start + 2, start + size) };
}

/** The paragraph properties a list of modifiers sets (also used for styles and list levels). */
export function applySprms(bytes: Bytes, start: number, end: number): Partial<ParaProps> {
  const out: { -readonly [K in keyof ParaProps]?: ParaProps[K] } = {};
  for (const s of readSprms(bytes, start, end)) {
    switch (s.code) {
      case SPRM.ilvl:
        out.ilvl = bytes.u8(s.at);
        break;
      case SPRM.ilfo:
        out.ilfo = bytes.i16(s.at);
        break;
      case SPRM.outline:
        out.outline = bytes.u8(s.at);
        break;
      case SPRM.inTable:
        out.inTable = bytes.u8(s.at) !== 0;
        break;
      case SPRM.ttp:
        out.ttp = bytes.u8(s.at) !== 0;
        break;
      case SPRM.innerCell:
        out.innerCell = bytes.u8(s.at) !== 0;
        break;
      case SPRM.innerTtp:
        out.innerTtp = bytes.u8(s.at) !== 0;
        break;
      case SPRM.itap:
        out.itap = bytes.i32(s.at);
        break;
      case SPRM.defTable:
        out.row = readRowDefinition(bytes, s.at + 2, s.at + s.size);
        break;
    }
  }
  return out;
}

/** TDefTableOperand: itcMac, the cell boundaries, then one TC80 per cell (MS-DOC §2.9.322). */
function readRowDefinition(bytes: Bytes, start: number, end: number): RowDefinition | null {
  if (start >= end) return null;
  const cells = bytes.u8(start);
  const boundsAt = start + 1;
  if (boundsAt + (cells + 1) * 2 > end) return null;
  const bounds: number[] = [];
  for (let i = 0; i <= cells; i++) bounds.push(bytes.i16(boundsAt + i * 2));
  const tcAt = boundsAt + (cells + 1) * 2;
  const vMerge: number[] = [];
  for (let i = 0; i < cells; i++) {
    const at = tcAt + i * TC80_SIZE;
    // TCGRF: horzMerge (2 bits), textFlow (3 bits), vertMerge (2 bits) …
    vMerge.push(at + 2 <= end ? (bytes.u16(at) >> 5) & 3 : 0);
  }
  return { bounds, vMerge };
}
