import type { ChalkInstance } from 'chalk';
import type { Listing, ListingColumn } from './listing.js';
import { safeText } from './safe-text.js';
import { wrapText } from './wrap.js';

export interface TableOptions {
  /** Terminal width to wrap to. */
  readonly columns: number;
  /** Colour is decided once in cli/: a Chalk at level 0 prints plain text. */
  readonly chalk: ChalkInstance;
}

const PADDING = 2; // one space each side of a cell, counted in its width (as cli-table3 does).
const MIN_FLEX = 10;

/**
 * A bordered table wrapped to the terminal, every cell made safe for the terminal first. It
 * draws cli-table3's default box itself: cli-table3 re-measures and trims a cell one character
 * at a time, which took 10 s for one 50-line cell (measured), and issue 7 bounds the time a
 * hostile document may take. Here every cell is wrapped once and padded once: linear. On the
 * corpus plans' task tables cli-table3 is 100-1,000 times slower even with the cells wrapped
 * for it (bench/tables.mjs, README "Performance").
 */
export function toTable(listing: Listing, options: TableOptions): string {
  const rows = listing.rows.map((row) => listing.columns.map((_, i) => safeText(row[i] ?? '', { newlines: true })));
  const widths = columnWidths(listing.columns, rows, options.columns);
  const inner = widths.map((w) => w - PADDING);
  const rule = (left: string, mid: string, right: string): string => `${left}${widths.map((w) => '─'.repeat(w)).join(mid)}${right}`;
  const draw = (cells: readonly string[], style: (s: string) => string): string[] => {
    const wrapped = cells.map((cell, i) => wrapText(cell, inner[i] ?? 1));
    const height = wrapped.reduce((m, lines) => Math.max(m, lines.length), 1);
    const out: string[] = [];
    for (let l = 0; l < height; l++) {
      const parts = wrapped.map((lines, i) => {
        const text = lines[l] ?? '';
        const pad = ' '.repeat(Math.max(0, (inner[i] ?? 1) - codePoints(text)));
        return ` ${text === '' ? '' : style(text)}${pad} `;
      });
      out.push(`│${parts.join('│')}│`);
    }
    return out;
  };
  const lines = [rule('┌', '┬', '┐'), ...draw(listing.columns.map((c) => safeText(c.header)), (s) => options.chalk.bold(s))];
  for (const row of rows) lines.push(rule('├', '┼', '┤'), ...draw(row, (s) => s));
  lines.push(rule('└', '┴', '┘'));
  const notes = (listing.notes ?? []).map((n) => `${options.chalk.dim(safeText(n))}\n`);
  return `${lines.join('\n')}\n${notes.join('')}`;
}

function codePoints(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * 'fit' columns take their longest cell (never less than the header, never more than `max`);
 * 'flex' columns share what is left by weight. Below the minimum the table is simply wider
 * than the terminal: cutting text would hide part of a task.
 */
export function columnWidths(columns: readonly ListingColumn[], rows: readonly (readonly string[])[], total: number): number[] {
  const longest = columns.map((c, i) => rows.reduce((m, r) => Math.max(m, textWidth(r[i] ?? '')), textWidth(c.header)));
  const widths = columns.map((c, i) => (c.size === 'fit' ? Math.min(longest[i] ?? 0, c.max ?? Infinity) + PADDING : 0));
  const borders = columns.length + 1;
  const flex = columns.map((c, i) => (c.size === 'flex' ? i : -1)).filter((i) => i >= 0);
  const fixed = widths.reduce((a, b) => a + b, 0);
  let left = Math.max(0, total - borders - fixed);
  // A flex column never gets more than its content needs; what it leaves goes to the others.
  let pending = [...flex];
  while (pending.length > 0) {
    const weight = pending.reduce((a, i) => a + (columns[i]?.weight ?? 1), 0);
    const capped = pending.filter((i) => (longest[i] ?? 0) + PADDING <= (left * (columns[i]?.weight ?? 1)) / weight);
    if (capped.length === 0) {
      for (const i of pending) widths[i] = Math.max(MIN_FLEX, Math.floor((left * (columns[i]?.weight ?? 1)) / weight));
      break;
    }
    for (const i of capped) {
      widths[i] = Math.max(MIN_FLEX, (longest[i] ?? 0) + PADDING);
      left -= widths[i] ?? 0;
    }
    pending = pending.filter((i) => !capped.includes(i));
  }
  return widths.map((w) => Math.max(w, 1 + PADDING));
}

function textWidth(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) max = Math.max(max, codePoints(line));
  return max;
}
