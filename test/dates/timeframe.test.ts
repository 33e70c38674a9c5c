import { describe, expect, it } from 'vitest';
import { parseTimeframe } from '../../src/extract/timeframe.js';
import { planYearOf } from '../../src/extract/header.js';

const tf = (text: string) => parseTimeframe(text);

describe('parseTimeframe: years and periods', () => {
  it('a year is a date spanning the year', () => {
    expect(tf('2020')).toEqual({ text: '2020', kind: 'date', start: '2020-01-01', end: '2020-12-31' });
    expect(tf('Năm 2025')).toEqual({ text: 'Năm 2025', kind: 'date', start: '2025-01-01', end: '2025-12-31' });
  });
  it('reads periods with hyphen, spaced hyphen, en dash and "Năm"', () => {
    expect(tf('2019-2020')).toEqual({ text: '2019-2020', kind: 'range', start: '2019-01-01', end: '2020-12-31' });
    expect(tf('2026 - 2030')).toMatchObject({ kind: 'range', start: '2026-01-01', end: '2030-12-31' });
    expect(tf('Năm 2025 - 2026')).toMatchObject({ kind: 'range', start: '2025-01-01', end: '2026-12-31' });
    expect(tf('giai đoạn 2021 – 2025')).toMatchObject({ kind: 'range', start: '2021-01-01', end: '2025-12-31' });
    expect(tf('Từ năm 2013 đến năm 2020')).toMatchObject({ kind: 'range', start: '2013-01-01', end: '2020-12-31' });
  });
  it('trims and folds white space in text', () => {
    expect(tf('  2026 -\n 2030 ')).toEqual({ text: '2026 - 2030', kind: 'range', start: '2026-01-01', end: '2030-12-31' });
  });
  it('returns null for empty text', () => {
    expect(tf('')).toBeNull();
    expect(tf('   \n ')).toBeNull();
  });
});

describe('parseTimeframe: quarters, months, parts of a year', () => {
  it('reads quarters in every spelling seen', () => {
    expect(tf('Quý I/2020')).toEqual({ text: 'Quý I/2020', kind: 'date', start: '2020-01-01', end: '2020-03-31' });
    expect(tf('Quý III Năm 2026')).toMatchObject({ kind: 'date', start: '2026-07-01', end: '2026-09-30' });
    expect(tf('Quí IV-2025')).toMatchObject({ kind: 'date', start: '2025-10-01', end: '2025-12-31' });
    expect(tf('quý I.2020')).toMatchObject({ kind: 'date', start: '2020-01-01', end: '2020-03-31' });
    expect(tf('QUÝ II/2027')).toMatchObject({ kind: 'date', start: '2027-04-01', end: '2027-06-30' });
  });
  it('joins two quarters into a range', () => {
    expect(tf('Quý IV/2025- Quý II/2026')).toEqual({
      text: 'Quý IV/2025- Quý II/2026', kind: 'range', start: '2025-10-01', end: '2026-06-30',
    });
  });
  it('reads months', () => {
    expect(tf('tháng 6/2025')).toMatchObject({ kind: 'date', start: '2025-06-01', end: '2025-06-30' });
    expect(tf('Tháng 2 năm 2024')).toMatchObject({ kind: 'date', start: '2024-02-01', end: '2024-02-29' });
    expect(tf('Tháng 11, 12/2013')).toMatchObject({ kind: 'date', start: '2013-11-01', end: '2013-12-31' });
  });
  it('reads the first or last months of a year', () => {
    expect(tf('6 tháng đầu năm 2026')).toMatchObject({ kind: 'date', start: '2026-01-01', end: '2026-06-30' });
    expect(tf('6 tháng cuối năm 2019')).toMatchObject({ kind: 'date', start: '2019-07-01', end: '2019-12-31' });
    expect(tf('6 tháng đầu năm năm 2016')).toMatchObject({ kind: 'date', start: '2016-01-01', end: '2016-06-30' });
  });
  it('a single day is a date', () => {
    expect(tf('15/12/2025')).toMatchObject({ kind: 'date', start: '2025-12-15', end: '2025-12-15' });
  });
});

describe('parseTimeframe: deadlines', () => {
  it('"trước ngày" gives the day as the end', () => {
    expect(tf('trước ngày 15/12/2025')).toEqual({ text: 'trước ngày 15/12/2025', kind: 'deadline', start: null, end: '2025-12-15' });
    expect(tf('Trước 31/8/2025')).toMatchObject({ kind: 'deadline', start: null, end: '2025-08-31' });
    expect(tf('Chậm nhất ngày 30 tháng 6 năm 2026')).toMatchObject({ kind: 'deadline', start: null, end: '2026-06-30' });
  });
  it('a blank deadline is a deadline without an end', () => {
    expect(tf('chậm nhất ngày …')).toEqual({ text: 'chậm nhất ngày …', kind: 'deadline', start: null, end: null });
  });
  it('"trước" a month excludes the month; "đến" a year includes it', () => {
    expect(tf('trước tháng 6/2025')).toMatchObject({ kind: 'deadline', end: '2025-05-31' });
    expect(tf('Đến năm 2025')).toMatchObject({ kind: 'deadline', start: null, end: '2025-12-31' });
  });
});

describe('parseTimeframe: continuous, recurring, open-ended, unknown', () => {
  it('"Thường xuyên" is continuous', () => {
    expect(tf('Thường xuyên')).toEqual({ text: 'Thường xuyên', kind: 'continuous', start: null, end: null });
    expect(tf('THƯỜNG XUYÊN')).toMatchObject({ kind: 'continuous' });
  });
  it('"hằng năm" / "hàng năm" / "định kỳ" are recurring', () => {
    for (const text of ['Thường xuyên, hằng năm', 'Hằng năm', 'Hàng năm', 'định kỳ trước ngày 30/11 hằng năm',
      'trước ngày 30 tháng 11 hằng năm', '6 tháng, hằng năm và định kỳ']) {
      expect(tf(text), text).toEqual({ text, kind: 'recurring', start: null, end: null });
    }
  });
  it('a start with no end is an open range', () => {
    expect(tf('Năm 2026 và các năm tiếp theo')).toEqual({
      text: 'Năm 2026 và các năm tiếp theo', kind: 'range', start: '2026-01-01', end: null,
    });
    expect(tf('Từ tháng 11/2013 trở đi')).toMatchObject({ kind: 'range', start: '2013-11-01', end: null });
    // One period naming both months, after "Từ": the span, which a reader knows ends with its last month.
    // (As the same words without "Từ": one period of several months.)
    expect(tf('Từ tháng 4 đến tháng 9/2026')).toMatchObject({ start: '2026-04-01', end: '2026-09-30' });
    expect(tf('Từ tháng 4 đến tháng 9/2026')?.kind).toBe(tf('tháng 4 đến tháng 9/2026')?.kind);
    expect(tf('từ tháng 6 - tháng 8/2024')).toMatchObject({ start: '2024-06-01', end: '2024-08-31' });
    expect(tf('Từ tháng 4/2026')).toMatchObject({ kind: 'range', start: '2026-04-01', end: null });
    expect(tf('Từ năm 2013 đến năm 2020 và tiếp theo')).toMatchObject({ kind: 'range', start: '2013-01-01', end: null });
    expect(tf('kể từ ngày 01/01/2003')).toMatchObject({ kind: 'range', start: '2003-01-01', end: null });
  });
  it('continuous or recurring work that starts at a written time keeps the start', () => {
    expect(tf('Tháng 12/2013 và thường xuyên')).toMatchObject({ kind: 'continuous', start: '2013-12-01', end: null });
    expect(tf('Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm')).toMatchObject({ kind: 'recurring', start: '2013-11-01', end: null });
  });
  it('anything unreadable is unknown with nulls', () => {
    expect(tf('Theo kế hoạch')).toEqual({ text: 'Theo kế hoạch', kind: 'unknown', start: null, end: null });
    expect(tf('Quý V/2020')).toMatchObject({ kind: 'unknown' });
    expect(tf('x')).toMatchObject({ kind: 'unknown', start: null, end: null });
  });
  it('NFD input and the other tone placement give the same result', () => {
    expect(tf('Hằng năm'.normalize('NFD'))).toEqual({ text: 'Hằng năm', kind: 'recurring', start: null, end: null });
    expect(tf('Qúy I/2020')).toMatchObject({ kind: 'date', start: '2020-01-01', end: '2020-03-31' });
    expect(tf('Quý   IV /  2025')).toMatchObject({ kind: 'date', start: '2025-10-01' });
  });
});

describe('parseTimeframe: a day written without its year, in the plan\'s year', () => {
  it('a time of day on a day and month is that day of the plan\'s year', () => {
    expect(parseTimeframe('Từ 19 giờ 30 phút - 20 giờ ngày 05 tháng 9', 2027)).toEqual({ text: 'Từ 19 giờ 30 phút - 20 giờ ngày 05 tháng 9', kind: 'date', start: '2027-09-05', end: '2027-09-05' });
    expect(parseTimeframe('Sáng ngày 12/10', 2027)).toMatchObject({ kind: 'date', start: '2027-10-12' });
  });

  it('with no year for the plan, it stays unreadable; a year written in the text is the text\'s', () => {
    expect(parseTimeframe('Từ 19 giờ 30 phút - 20 giờ ngày 05 tháng 9')?.kind).toBe('unknown');
    expect(parseTimeframe('ngày 05 tháng 9 năm 2025', 2027)).toMatchObject({ kind: 'date', start: '2025-09-05' });
  });

  it('the plan\'s year is its date\'s, or the one year a draft\'s title names', () => {
    expect(planYearOf({ date: '2025-12-20', title: 'Tuyên truyền năm 2026' })).toBe(2025);
    expect(planYearOf({ date: null, title: 'Tuyên truyền năm 2026' })).toBe(2026);
    expect(planYearOf({ date: null, title: 'Chuyển đổi số giai đoạn 2026 - 2030' })).toBeNull();
  });
});
