import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareSources } from '../../src/model/source-order.js';
import { readPlan } from '../../src/parse-plan.js';

describe('document order of places (issue 16, round 2)', () => {
  it('orders PDF places by page before line', () => {
    const places = [
      { kind: 'page' as const, page: 8, line: 2, column: 1 },
      { kind: 'page' as const, page: 7, line: 29, column: 1 },
      { kind: 'page' as const, page: 7, line: 29, column: 5 },
      { kind: 'page' as const, page: 7, line: 2, column: 1 },
    ];
    expect([...places].sort(compareSources).map((p) => `${p.page}:${p.line}:${p.column}`)).toEqual(['7:2:1', '7:29:1', '7:29:5', '8:2:1']);
  });

  it('orders places without pages by line and column', () => {
    const a = { kind: 'line' as const, line: 3, column: 9 };
    const b = { kind: 'line' as const, line: 10, column: 1 };
    expect(compareSources(a, b)).toBeLessThan(0);
    expect(compareSources(b, a)).toBeGreaterThan(0);
  });

  it('lists a PDF plan’s responsibilities in the order the pages print them', async () => {
    // Corpus 21: TỔ CHỨC THỰC HIỆN (section III) runs over pages 16–20 in this order, read by
    // hand from the PDF; whatever of it is read comes in the same order.
    const printed = ['III.1', 'III.1.1', 'III.1.2', 'III.1.3', 'III.2', 'III.2.1', 'III.2.2', 'III.2.3', 'III.2.4', 'III.3', 'III.4', 'III.5'];
    const { plan } = await readPlan(readFileSync('fixtures/corpus/21-hanoi-2280-qd-ubnd-2026/input.pdf'), { path: 'input.pdf' });
    const ids = plan.responsibilities.map((r) => r.id).filter((id) => printed.includes(id));
    expect(ids.length).toBeGreaterThanOrEqual(8);
    expect(ids).toEqual(printed.filter((id) => ids.includes(id)));
  });
});
