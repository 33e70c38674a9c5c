/** A piece of text as pdf.js places it: baseline start (x, y), width, font size. */
export interface TextPiece {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}
