/** A horizontal or vertical line on the page, in points from the bottom-left corner. */
export interface Segment {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

type Matrix = [number, number, number, number, number, number];

// pdf.js's DrawOPS: the codes inside a constructPath's path data.
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUADRATIC_CURVE_TO = 3;
const CLOSE_PATH = 4;
// How far off the axis a line may lean and still be a ruling, and the shortest ruling kept
// (pdfplumber's defaults: 3 pt tolerances, 3 pt minimum length; shared/reference/pdf-tables.md).
const AXIS_TOLERANCE = 1;
const MIN_LENGTH = 3;
// A filled rectangle thinner than this is drawn as a line (Word draws cell borders that way).
const THIN_FILL = 2;
// Operators per page read at most: a page with more is a drawing, not a document's table.
const MAX_OPERATORS = 500_000;

interface OperatorList {
  readonly fnArray: readonly number[];
  readonly argsArray: readonly unknown[];
}

/**
 * The page's horizontal and vertical line segments from its drawing operators (pdf-tables.md
 * §1): stroked paths, and filled rectangles thin enough to be lines, transformed by the current
 * matrix (tracked through save, restore and cm). Curves are skipped.
 */
export function rulingSegments(ops: OperatorList, OPS: Readonly<Record<string, number>>, x0: number, y0: number): Segment[] {
  const strokes = new Set([OPS['stroke'], OPS['closeStroke'], OPS['fillStroke'], OPS['eoFillStroke'], OPS['closeFillStroke'], OPS['closeEOFillStroke']]);
  const fills = new Set([OPS['fill'], OPS['eoFill']]);
  const out: Segment[] = [];
  const stack: Matrix[] = [];
  let ctm: Matrix = [1, 0, 0, 1, -x0, -y0];
  const n = Math.min(ops.fnArray.length, MAX_OPERATORS);
  for (let i = 0; i < n; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS['save']) stack.push(ctm);
    else if (fn === OPS['restore']) ctm = stack.pop() ?? ctm;
    else if (fn === OPS['transform'] && args) ctm = multiply(args as Matrix, ctm);
    else if (fn === OPS['constructPath'] && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      if (!data || !(strokes.has(paint) || fills.has(paint))) continue;
      for (const s of pathSegments(data, ctm, fills.has(paint))) out.push(s);
    }
  }
  return out;
}

function pathSegments(data: ArrayLike<number>, m: Matrix, filled: boolean): Segment[] {
  const lines: Segment[] = [];
  let start: [number, number] | null = null;
  let at: [number, number] | null = null;
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE_TO || op === LINE_TO) {
      const p = apply(m, data[i] ?? 0, data[i + 1] ?? 0);
      i += 2;
      if (op === LINE_TO && at) lines.push({ x0: at[0], y0: at[1], x1: p[0], y1: p[1] });
      if (op === MOVE_TO) start = p;
      at = p;
    } else if (op === CURVE_TO) {
      at = apply(m, data[i + 4] ?? 0, data[i + 5] ?? 0);
      i += 6;
    } else if (op === QUADRATIC_CURVE_TO) {
      at = apply(m, data[i + 2] ?? 0, data[i + 3] ?? 0);
      i += 4;
    } else if (op === CLOSE_PATH) {
      if (at && start) lines.push({ x0: at[0], y0: at[1], x1: start[0], y1: start[1] });
      at = start;
    } else break;
  }
  if (filled) return thinRectangle(lines);
  return lines.map(axisAligned).filter((s): s is Segment => s !== null);
}

/** A filled path is a ruling only when it is a thin rectangle: its long middle line. */
function thinRectangle(lines: readonly Segment[]): Segment[] {
  if (lines.length < 3 || lines.length > 5) return [];
  const xs = lines.flatMap((l) => [l.x0, l.x1]);
  const ys = lines.flatMap((l) => [l.y0, l.y1]);
  const left = Math.min(...xs);
  const right = Math.max(...xs);
  const bottom = Math.min(...ys);
  const top = Math.max(...ys);
  if (top - bottom <= THIN_FILL && right - left >= MIN_LENGTH) return [{ x0: left, y0: (top + bottom) / 2, x1: right, y1: (top + bottom) / 2 }];
  if (right - left <= THIN_FILL && top - bottom >= MIN_LENGTH) return [{ x0: (left + right) / 2, y0: bottom, x1: (left + right) / 2, y1: top }];
  return [];
}

/** The segment ordered left-to-right or bottom-to-top, or null when it is neither level nor upright. */
function axisAligned(s: Segment): Segment | null {
  const dx = Math.abs(s.x1 - s.x0);
  const dy = Math.abs(s.y1 - s.y0);
  if (dy <= AXIS_TOLERANCE && dx >= MIN_LENGTH) {
    const y = (s.y0 + s.y1) / 2;
    return { x0: Math.min(s.x0, s.x1), y0: y, x1: Math.max(s.x0, s.x1), y1: y };
  }
  if (dx <= AXIS_TOLERANCE && dy >= MIN_LENGTH) {
    const x = (s.x0 + s.x1) / 2;
    return { x0: x, y0: Math.min(s.y0, s.y1), x1: x, y1: Math.max(s.y0, s.y1) };
  }
  return null;
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** The matrix `a` then `b` (PDF's cm premultiplies the current matrix). */
function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}
