/**
 * The lines of one block of a space-aligned table grouped into rows. Two layouts put the STT
 * in different places: a bordered table printed by `pdftotext -layout` sets it on the middle
 * line of its row (cells centred vertically), a table typed in a text file sets it on the first
 * line, every cell starting there and wrapping onto the lines below with the STT column empty.
 */
import { pieceColumn, type Column, type Seg } from './column-edges.js';

const ROW_NUMBER = /^\d{1,3}\.?$/u;

function numberedAt(line: readonly Seg[], columns: readonly Column[], numberCol: number): boolean {
  return line.some((p) => pieceColumn(p, columns) === numberCol && ROW_NUMBER.test(p.text));
}

/**
 * The lines of a block grouped by row: one row, or, when several lines hold a row number in
 * the number column, one row per number. When the block's first line holds a number the rows
 * are set from the top (a typed table): a line goes with the number at or above it, so a
 * wrapped cell's lines stay with the row above. Otherwise each line goes with the number
 * nearest to it (the STT stands on the middle line of its row).
 */
export function byRowNumber(lines: readonly Seg[][], columns: readonly Column[], numberCol: number): Seg[][][] {
  if (numberCol < 0) return [[...lines]];
  const numbered = lines.map((s, i) => (numberedAt(s, columns, numberCol) ? i : -1)).filter((i) => i >= 0);
  if (numbered.length <= 1) return [[...lines]];
  const fromTop = numbered[0] === 0;
  const out: Seg[][][] = numbered.map(() => []);
  lines.forEach((s, i) => {
    let best = 0;
    numbered.forEach((n, k) => {
      if (fromTop ? n <= i : Math.abs(n - i) < Math.abs((numbered[best] as number) - i)) best = k;
    });
    (out[best] as Seg[][]).push(s);
  });
  return out;
}
