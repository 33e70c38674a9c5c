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

describe('the readers of page layouts stay linear', () => {
  it(
    'a table laid out in spaces with 10,000 rows, and 5,000 header lines each over a line of prose',
    () => {
      const header = 'STT     Nhiệm vụ                 Đơn vị chủ trì      Thời gian\n\n';
      const rows = join(paragraphs(10_000, (i) => `${(i % 999) + 1}       Nhiệm vụ số ${i}          Sở Tài chính        2026`), '\n\n');
      const { plan } = parsePlan(`${HEAD}${header}${rows}\n`, { path: 'x.txt' });
      expect(plan.tasks.length).toBe(10_000);
      const lonely = join(paragraphs(5_000, () => `${header}Các đơn vị thực hiện theo chức năng, nhiệm vụ được giao.`), '\n\n');
      expect(parsePlan(`${HEAD}${lonely}\n`, { path: 'x.txt' }).plan.tasks).toEqual([]);
    },
    GUARD_MS,
  );

  it(
    'a web page whose 20,000 lines each open with a TAB',
    () => {
      const { plan } = parsePlan(`Trang chủ\n\tSố: 1/KH-UBND\tHuế, ngày 1 tháng 2 năm 2025\n\tKẾ HOẠCH\n${join(paragraphs(20_000, (i) => `\t${i + 1}. Mục ${i} ${'chữ '.repeat(45)}`), '\n')}\n`, { path: 'x.txt' });
      expect(plan.document.number).toBe('1/KH-UBND');
    },
    GUARD_MS,
  );
});
