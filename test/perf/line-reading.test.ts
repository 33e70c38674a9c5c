/**
 * The paragraph and layout readers on generated plans of many lines (issue 14 item 4:
 * page-break joining re-split a growing line, 68 s for 150 KB). The inputs come from
 * bench/line-cases.mjs: here at 2,000 lines, to check what is read; `npm run bench` (section 8,
 * hostile input) reads them at 50,000 lines against a time bound, where a quadratic loop shows.
 * Each test's timeout is a hang guard, not a speed target.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { brokenParagraphs, itemsOnOneLine, lonelyHeaders, shortLines, spaceTable, tabbedPage } from '../../bench/line-cases.mjs';

const GUARD_MS = 60_000;
const N = 2_000;

describe('the paragraph reader', () => {
  it(
    `${N.toLocaleString('en')} short unpunctuated paragraphs between blank lines: each joined to the one above, once`,
    () => {
      const { plan, diagnostics } = parsePlan(brokenParagraphs(N), { path: 'x.txt' });
      // "I. MỤC TIÊU" then N pieces of one broken sentence: one section whose title runs on;
      // the first piece is on the heading's next line, the others each after a blank line.
      expect(plan.outline).toHaveLength(1);
      expect(plan.outline[0]?.title.length).toBe('MỤC TIÊU'.length + N * 3);
      expect(diagnostics.filter((d) => d.ruleId === 'repair-page-break')).toHaveLength(N - 1);
    },
    GUARD_MS,
  );

  it(
    `${N.toLocaleString('en')} short lines with no blank lines, in lower case and in capitals`,
    () => {
      expect(parsePlan(shortLines(N, false), { path: 'x.txt' }).plan.outline).toHaveLength(1);
      expect(parsePlan(shortLines(N, true), { path: 'x.txt' }).plan.outline).toHaveLength(1);
    },
    GUARD_MS,
  );

  it(
    'one line of 20,000 numbered items run together',
    () => {
      const { plan } = parsePlan(itemsOnOneLine(20_000), { path: 'x.txt' });
      expect(plan.outline[0]?.children.length).toBeGreaterThan(900);
    },
    GUARD_MS,
  );
});

describe('the readers of page layouts', () => {
  it(
    `a table laid out in spaces with ${N.toLocaleString('en')} rows, and ${(N / 2).toLocaleString('en')} header lines each over a line of prose`,
    () => {
      expect(parsePlan(spaceTable(N), { path: 'x.txt' }).plan.tasks.length).toBe(N);
      expect(parsePlan(lonelyHeaders(N / 2), { path: 'x.txt' }).plan.tasks).toEqual([]);
    },
    GUARD_MS,
  );

  it(
    `a web page whose ${N.toLocaleString('en')} lines each open with a TAB`,
    () => {
      expect(parsePlan(tabbedPage(N), { path: 'x.txt' }).plan.document.number).toBe('1/KH-UBND');
    },
    GUARD_MS,
  );
});
