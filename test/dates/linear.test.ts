import { describe, expect, it } from 'vitest';
import { findCitations } from '../../src/extract/citation.js';
import { findDates, parseVietnameseDate } from '../../src/extract/dates.js';
import { findDeadline } from '../../src/extract/deadline.js';
import { parseDocumentNumber } from '../../src/extract/doc-number.js';
import { parseTimeframe } from '../../src/extract/timeframe.js';

// No catastrophic backtracking: every reader must return on long hostile lines. Only that
// they return is asserted; timing belongs to the benchmark.
const digitsAndSlashes = '12/3/'.repeat(20_000).slice(0, 100_000);
const spaces = `Số:${' '.repeat(100_000)}x`;
const words = 'Quyết định số 1/QĐ-UBND ngày 1/1/2020 của Ủy ban nhân dân tỉnh '.repeat(1_600);
const hyphens = '2020-'.repeat(20_000);

describe('long lines', () => {
  for (const [name, line] of [['digits and slashes', digitsAndSlashes], ['spaces', spaces], ['citations', words], ['hyphens', hyphens]] as const) {
    it(`every reader returns on 100 kB of ${name}`, () => {
      expect(line.length).toBeGreaterThanOrEqual(100_000);
      expect(() => {
        parseVietnameseDate(line);
        findDates(line);
        parseTimeframe(line);
        findDeadline(line);
        parseDocumentNumber(line);
        findCitations(line);
        parseTimeframe(`tháng 6${line}`);
        findDeadline(`trước ngày${line}`);
      }).not.toThrow();
    }, 20_000);
  }
});
