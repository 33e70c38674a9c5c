import type { LaidBlock, Row } from '../parse/layout.js';
import type { Line } from '../parse/blocks.js';
import { lexMarker, rankOf, type Marker } from './lexer.js';
import { isLabelLine } from './labels.js';

/** A paragraph as a reader sees it: one numbered item or one run of prose, with its lines. */
export interface Para {
  readonly kind: 'para';
  readonly lines: readonly Line[];
  /** The lines joined with single spaces (hard wraps undone). */
  readonly text: string;
  readonly marker: Marker | null;
  readonly offset: number;
  /** remark read the block as a Markdown heading (# …, or text over a rule of dashes). */
  readonly heading: boolean;
}

export interface TablePart {
  readonly kind: 'table';
  readonly rows: readonly Row[];
  readonly offset: number;
}

export type Part = Para | TablePart;

const CLOSED = /[.:;!?…]["”)]?$/;
// Hard-wrapped plans wrap at about 80 characters (issue 3 §3); a line of more than 130 is a
// whole paragraph.
const UNWRAPPED = 130;

/**
 * Cuts laid-out blocks into paragraphs. Inside a hard-wrapped block a line that starts with a
 * number starts a new item only where the layout and the sequence allow it: the line before
 * closed its sentence, and the number is the next one at an open level or the first of a new
 * level. Otherwise "2030." or "1.1." at the start of a line is the wrap of a sentence.
 */
export function toParts(blocks: readonly LaidBlock[]): Part[] {
  const parts: Part[] = [];
  const open = new Map<number, number>(); // rank → last value seen at that rank
  for (const block of blocks) {
    if (block.kind === 'table') {
      parts.push({ kind: 'table', rows: block.rows, offset: block.offset });
      continue;
    }
    let current: Line[] = [];
    let marker: Marker | null = null;
    const flush = (): void => {
      if (!current.length) return;
      parts.push(makePara(current, marker, block.heading));
      if (marker) note(open, marker);
      current = [];
      marker = null;
    };
    // A block with a line far longer than a typed page is not hard-wrapped: each line is a
    // paragraph of its own (a copy from a word processor, one line per paragraph).
    const unwrapped = block.lines.some((l) => l.text.length > UNWRAPPED);
    block.lines.forEach((line, i) => {
      const m = lexMarker(line.text);
      const prev = block.lines[i - 1];
      const closed = prev !== undefined && CLOSED.test(prev.text.trimEnd());
      // A labelled line ("Đơn vị chủ trì: …") after a closed sentence is a paragraph of its own,
      // even where no blank line separates it from a bullet above.
      const startsItem = i === 0 || unwrapped || (closed && ((m !== null && fits(m, open, marker)) || (m === null && isLabelLine(line.text))));
      if (i === 0 && !block.heading && continuesWrap(parts[parts.length - 1], line.text, m, open)) {
        // Markdown read "2030. …" as an item of a list; the paragraph above is still open.
        const prevPara = parts.pop() as Para;
        current = [...prevPara.lines];
        marker = prevPara.marker;
        current.push(line);
        return;
      }
      if (startsItem && i > 0) flush();
      if (startsItem) marker = m;
      current.push(line);
    });
    flush();
  }
  return parts;
}

// A year at the start of a line ("2030. Mục tiêu …") is never a heading number (NĐ 30 numbers
// items with one to three digits).
const YEAR_START = /^\s*\d{4}[.)]\s/u;

/**
 * Whether a block's first line goes on with the paragraph before it: that paragraph did not
 * close its sentence, and the line opens with a number that cannot be the next item there (a
 * year, or a number out of sequence) — a hard wrap that Markdown took for a list item.
 */
function continuesWrap(prev: Part | undefined, text: string, m: Marker | null, open: Map<number, number>): boolean {
  if (!prev || prev.kind !== 'para' || prev.heading) return false;
  const tail = prev.lines[prev.lines.length - 1]?.text.trimEnd() ?? '';
  if (!tail || CLOSED.test(tail) || !/[\p{L}\p{N}]$/u.test(tail)) return false;
  if (m === null) return YEAR_START.test(text);
  return (m.kind === 'arabic' || m.kind === 'decimal') && !fits(m, open, null);
}

function makePara(lines: Line[], marker: Marker | null, heading: boolean): Para {
  const text = lines.map((l) => l.text.trim()).join(' ').replace(/\s+/g, ' ').trim();
  return { kind: 'para', lines, text, marker, offset: lines[0]?.offset ?? 0, heading };
}

function note(open: Map<number, number>, m: Marker): void {
  const r = rankOf(m);
  open.set(r, m.value);
  for (const k of [...open.keys()]) if (k > r) open.delete(k);
}

/** Whether a marker continues the numbering: bullets always may; numbers must be next or first. */
function fits(m: Marker, open: Map<number, number>, inBlock: Marker | null): boolean {
  if (m.kind === 'dash' || m.kind === 'plus' || m.kind === 'star') return true;
  const r = rankOf(m);
  const last = inBlock && rankOf(inBlock) === r ? inBlock.value : open.get(r);
  if (last !== undefined) return m.value === last + 1;
  return m.value === 1;
}
