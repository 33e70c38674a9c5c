import { Bytes, DamagedError } from './binary.js';
import type { Fib } from './fib.js';
import { readSprms } from './sprm.js';
import { decodeWindows1252 } from '../../input/legacy/windows-1252.js';

// MS-DOC §2.9.177 Pcd: FcCompressed's bit 30 marks 8-bit text at half the offset.
const F_COMPRESSED = 0x40000000;
const PCD_SIZE = 8;
// The CHPX modifiers that take text out of what a reader sees (MS-DOC §2.6.1): a tracked
// deletion (sprmCFRMarkDel) and hidden text (sprmCFVanish).
const SPRM_C_F_RMARK_DEL = 0x0800;
const SPRM_C_F_VANISH = 0x083c;
const FKP_SIZE = 512;
/** Characters that stand for removed text in the main text: dropped when paragraphs are read. */
const REMOVED = '\u0000';

/** A run of the main text from the piece table: characters [cp, cpEnd) stored at fc. */
export interface Piece {
  readonly cp: number;
  readonly cpEnd: number;
  /** Byte offset in the WordDocument stream of the piece's first character. */
  readonly fc: number;
  /** 8-bit (Windows-1252) text rather than UTF-16. */
  readonly compressed: boolean;
}

/** The main document's characters, with deleted and hidden text replaced by REMOVED. */
export interface DocText {
  readonly text: string;
  readonly pieces: readonly Piece[];
}

/** Reads the piece table (the Clx, MS-DOC §2.9.38) and the text of the main document. */
export function readText(word: Bytes, table: Bytes, fib: Fib): DocText {
  const pieces = readPieces(table, fib);
  const parts: string[] = [];
  const utf16 = new TextDecoder('utf-16le');
  for (const p of pieces) {
    if (p.cp >= fib.ccpText) break;
    const count = Math.min(p.cpEnd, fib.ccpText) - p.cp;
    const bytes = word.slice(p.fc, count * (p.compressed ? 1 : 2), 'a piece of text').data;
    // Compressed text is 8-bit Windows-1252 (MS-DOC §2.4.1): 0x93 is “, not Latin-1's U+0093.
    parts.push(p.compressed ? decodeWindows1252(bytes) : utf16.decode(bytes));
  }
  let text = parts.join('');
  if (text.length < fib.ccpText) throw new DamagedError('the piece table holds less text than the FIB declares');
  text = removeRuns(text, removedRanges(word, table, fib, pieces));
  return { text, pieces };
}

function readPieces(table: Bytes, fib: Fib): Piece[] {
  const { fc, lcb } = fib.table('clx');
  const clx = table.slice(fc, lcb, 'the piece table');
  let at = 0;
  // Prc entries (property lists of pieces) come first; the Pcdt follows.
  while (at < clx.length && clx.u8(at) === 1) at += 3 + clx.u16(at + 1);
  if (clx.u8(at, 'the piece table') !== 2) throw new DamagedError('the piece table has no Pcdt');
  const size = clx.u32(at + 1);
  const plc = clx.slice(at + 5, size, 'the piece table');
  const n = Math.floor((size - 4) / (4 + PCD_SIZE));
  const pieces: Piece[] = [];
  for (let i = 0; i < n; i++) {
    const cp = plc.u32(i * 4);
    const cpEnd = plc.u32((i + 1) * 4);
    if (cpEnd < cp) throw new DamagedError('the piece table is out of order');
    const raw = plc.u32((n + 1) * 4 + i * PCD_SIZE + 2);
    const compressed = (raw & F_COMPRESSED) !== 0;
    pieces.push({ cp, cpEnd, fc: compressed ? (raw & ~F_COMPRESSED) / 2 : raw, compressed });
  }
  return pieces;
}

/** The byte offset in the WordDocument stream of a character, or -1. */
export function fcOf(pieces: readonly Piece[], cp: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as Piece;
    if (cp < p.cp) hi = mid - 1;
    else if (cp >= p.cpEnd) lo = mid + 1;
    else return p.fc + (cp - p.cp) * (p.compressed ? 1 : 2);
  }
  return -1;
}

/**
 * The character ranges (cp) that tracked deletions and hidden text cover, from the CHPX pages
 * (MS-DOC §2.9.35 ChpxFkp): runs are given by byte offset, so each is mapped back through the
 * pieces that hold it.
 */
function removedRanges(word: Bytes, table: Bytes, fib: Fib, pieces: readonly Piece[]): [number, number][] {
  const byFc: [number, number][] = [];
  for (const page of fkpPages(table, fib.table('plcfBteChpx'))) {
    const fkp = word.slice(page * FKP_SIZE, FKP_SIZE, 'a character property page');
    const crun = fkp.u8(FKP_SIZE - 1);
    for (let j = 0; j < crun; j++) {
      const rgb = fkp.u8((crun + 1) * 4 + j);
      if (rgb === 0) continue;
      const cb = fkp.u8(rgb * 2);
      const removed = readSprms(fkp, rgb * 2 + 1, rgb * 2 + 1 + cb).some(
        (s) => (s.code === SPRM_C_F_RMARK_DEL || s.code === SPRM_C_F_VANISH) && (fkp.u8(s.at) & 1) === 1,
      );
      if (removed) byFc.push([fkp.u32(j * 4), fkp.u32((j + 1) * 4)]);
    }
  }
  // Pieces by byte offset, so that each run finds its pieces by binary search.
  const byOffset = pieces.map((p) => ({ p, end: p.fc + (p.cpEnd - p.cp) * (p.compressed ? 1 : 2) })).sort((a, b) => a.p.fc - b.p.fc);
  const out: [number, number][] = [];
  for (const [start, end] of byFc) {
    let lo = 0;
    let hi = byOffset.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((byOffset[mid]?.end ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < byOffset.length && (byOffset[k]?.p.fc ?? end) < end; k++) {
      const { p, end: pEnd } = byOffset[k] as (typeof byOffset)[number];
      const width = p.compressed ? 1 : 2;
      const from = Math.max(start, p.fc);
      const to = Math.min(end, pEnd);
      if (from < to) out.push([p.cp + Math.floor((from - p.fc) / width), p.cp + Math.ceil((to - p.fc) / width)]);
    }
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** The FKP page numbers a PlcBte lists (MS-DOC §2.8.6, §2.8.7). */
export function fkpPages(table: Bytes, at: { fc: number; lcb: number }): number[] {
  if (at.lcb < 4) return [];
  const plc = table.slice(at.fc, at.lcb, 'a property page table');
  const n = Math.floor((at.lcb - 4) / 8);
  const pages: number[] = [];
  for (let i = 0; i < n; i++) pages.push(plc.u32((n + 1) * 4 + i * 4) & 0x3fffff);
  return pages;
}

/** Replaces the characters of the given ranges with REMOVED, keeping every offset. */
function removeRuns(text: string, ranges: readonly [number, number][]): string {
  if (ranges.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    const from = Math.max(at, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    parts.push(text.slice(at, from), REMOVED.repeat(to - from));
    at = to;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
