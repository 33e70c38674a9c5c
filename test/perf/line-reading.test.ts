/**
 * Hang guards for the paragraph reader (issue 14 item 4: page-break joining re-split a growing
 * line, 68 s for 150 KB). The inputs are generated here; each test's timeout is the guard: it
 * catches a quadratic loop, not slowness (scripts/bench.mjs measures speed).
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';

const GUARD_MS = 60_000;
const HEAD = 'Số: 1/KH-UBND\nKẾ HOẠCH\nThử nghiệm\nI. MỤC TIÊU\n';

function* paragraphs(count: number, text: (i: number) => string): Generator<string> {
  for (let i = 0; i < count; i++) yield text(i);
}

const join = (parts: Iterable<string>, sep: string): string => [...parts].join(sep);

describe('the paragraph reader stays linear', () => {
  it(
    '50,000 short unpunctuated paragraphs between blank lines: each joined to the one above, once',
    () => {
      const { plan, diagnostics } = parsePlan(HEAD + join(paragraphs(50_000, () => 'ab'), '\n\n'), { path: 'x.txt' });
      // "I. MỤC TIÊU" then 50,000 pieces of one broken sentence: one section whose title runs on;
      // the first piece is on the heading's next line, the others each after a blank line.
      expect(plan.outline).toHaveLength(1);
      expect(plan.outline[0]?.title.length).toBe('MỤC TIÊU'.length + 50_000 * 3);
      expect(diagnostics.filter((d) => d.ruleId === 'repair-page-break')).toHaveLength(49_999);
    },
    GUARD_MS,
  );

  it(
    '50,000 short lines with no blank lines, in lower case and in capitals',
    () => {
      const lower = parsePlan(HEAD + join(paragraphs(50_000, (i) => `đoạn ${i}`), '\n'), { path: 'x.txt' });
      expect(lower.plan.outline).toHaveLength(1);
      const upper = parsePlan(HEAD + join(paragraphs(50_000, (i) => `Đoạn ${i} kết thúc.`), '\n'), { path: 'x.txt' });
      expect(upper.plan.outline).toHaveLength(1);
    },
    GUARD_MS,
  );

  it(
    'one line of 20,000 numbered items run together',
    () => {
      const line = join(paragraphs(20_000, (i) => `${(i % 999) + 1}. Mục số ${i}.`), ' ');
      const { plan } = parsePlan(`${HEAD.trimEnd()} ${line}\n`, { path: 'x.txt' });
      expect(plan.outline[0]?.children.length).toBeGreaterThan(900);
    },
    GUARD_MS,
  );
});
