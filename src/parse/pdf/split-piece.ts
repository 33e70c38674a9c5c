import type { TextPiece } from './text-piece.js';
import { charWeights, widthShare } from './char-widths.js';

// A ruling line this many font sizes inside a piece's ends cuts it (less is a piece that only
// touches the line, its padding or a rounding).
const CROSSING = 0.5;

/**
 * Cuts a piece that runs across the vertical ruling lines of a table into one piece per cell.
 * pdf.js joins the text of two cells into one piece where the gap between them is narrow (a
 * cell's text ending at its padding, "Quý II/2023" beside "Tọa đàm"), with a space where the
 * gap was: the piece is cut at the space whose estimated place is nearest each line it crosses.
 */
export function splitAtRulings(piece: TextPiece, edges: readonly number[]): TextPiece[] {
  const margin = CROSSING * piece.size;
  const inside = edges.filter((e) => e > piece.x + margin && e < piece.x + piece.width - margin);
  if (inside.length === 0 || !piece.text.includes(' ')) return [piece];
  const chars = [...piece.text];
  const weights = charWeights(piece.text);
  const at = (i: number): number => piece.x + piece.width * widthShare(weights, 0, i);
  // The estimated x of the middle of each space.
  const spaces = chars.flatMap((ch, i) => (ch === ' ' ? [{ index: i, x: (at(i) + at(i + 1)) / 2 }] : []));
  const cuts = [...new Set(inside.map((e) => spaces.reduce((a, b) => (Math.abs(b.x - e) < Math.abs(a.x - e) ? b : a)).index))].sort((a, b) => a - b);
  const out: TextPiece[] = [];
  let start = 0;
  for (const cut of [...cuts, chars.length]) {
    const text = chars.slice(start, cut).join('');
    if (text.trim() !== '') out.push({ ...piece, text, x: at(start), width: at(cut) - at(start) });
    start = cut + 1;
  }
  return out;
}
