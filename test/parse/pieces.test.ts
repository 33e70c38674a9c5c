/**
 * remark reads long text in pieces (src/parse/pieces.ts) so that the memory one parse holds is
 * bounded (issue 14, item 5). Pieces end where a reader sees a break; a Markdown table cut
 * between two pieces is put back together.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PIECE, pieceBounds } from '../../src/parse/pieces.js';
import { parsePlan } from '../../src/index.js';
import { expectAllInside } from '../robustness/file-bounds.js';

const MD = readFileSync(new URL('../../fixtures/formats/446.md', import.meta.url), 'utf8');

function pieces(text: string): string[] {
  const b = pieceBounds(text, 0, text.length);
  return b.slice(1).map((end, i) => text.slice(b[i], end));
}

describe('pieceBounds', () => {
  it('leaves text of one piece whole', () => {
    expect(pieceBounds('a\n\nb', 0, 4)).toEqual([0, 4]);
    expect(pieceBounds('x'.repeat(PIECE), 0, PIECE)).toEqual([0, PIECE]);
  });

  it('ends a piece after a blank line when the second half of the piece has one', () => {
    const para = `${'chữ '.repeat(24)}\n`;
    const text = `${para}\n`.repeat(Math.ceil((3 * PIECE) / (para.length + 1)));
    for (const p of pieces(text)) {
      expect(p.length).toBeLessThanOrEqual(PIECE);
      expect(p.endsWith('\n\n') || p === pieces(text).at(-1)).toBe(true);
    }
    expect(pieces(text).join('')).toBe(text);
  });

  it('without blank lines, ends a piece after a line that closes a sentence, else after any line', () => {
    const open = `${'a '.repeat(40)}\n`;
    const text = `${open.repeat(1000)}Hết câu.\n${open.repeat(2000)}`;
    const [first] = pieces(text);
    expect(first?.endsWith('Hết câu.\n')).toBe(true);
    const plain = open.repeat(4000);
    for (const p of pieces(plain)) expect(p.endsWith('\n') && p.length <= PIECE).toBe(true);
  });

  it('cuts a line longer than a piece after a space, never inside a surrogate pair', () => {
    const words = 'từ '.repeat(PIECE);
    for (const p of pieces(words).slice(0, -1)) expect(p.endsWith(' ')).toBe(true);
    const emoji = '😀'.repeat(PIECE);
    const parts = pieces(emoji);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(p.length % 2).toBe(0);
    expect(parts.join('')).toBe(emoji);
  });
});

describe('a Markdown table longer than a piece', () => {
  // The timeout is a hang guard: the table is long on purpose, and a busy machine is slow.
  it('reads every row, in order, with positions in the file', { timeout: 120_000 }, () => {
    const lines = MD.split('\n');
    const header = lines.findIndex((l) => l.startsWith('| STT |'));
    const end = lines.findIndex((l, i) => i > header && !l.startsWith('|'));
    const body = lines.slice(header + 2, end);
    const copies = Math.ceil((4 * PIECE) / body.join('\n').length);
    const big = [...lines.slice(0, header + 2), ...Array.from({ length: copies }, () => body).flat(), ...lines.slice(end)].join('\n');
    expect(pieceBounds(big, 0, big.length).length).toBeGreaterThan(4);
    const once = parsePlan(new TextEncoder().encode(MD), { path: '446.md' }).plan.tasks.map((t) => t.description);
    expect(once).toHaveLength(17);
    const bytes = new TextEncoder().encode(big);
    const { plan, diagnostics } = parsePlan(bytes, { path: 'big.md' });
    expect(plan.tasks.map((t) => t.description)).toEqual(Array.from({ length: copies }, () => once).flat());
    expectAllInside(bytes, plan, diagnostics);
  });
});
