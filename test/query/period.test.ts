import { describe, expect, it } from 'vitest';
import { meetsPeriod, periodOf } from '../../src/query/period.js';
import { UsageError } from '../../src/model/errors.js';
import type { Timeframe } from '../../src/model/types.js';

const tf = (kind: Timeframe['kind'], start: string | null, end: string | null, text = '…'): Timeframe => ({ text, kind, start, end });

describe('periodOf', () => {
  it('reads --in as the whole year', () => {
    expect(periodOf({ in: '2020' })).toEqual({ start: '2020-01-01', end: '2020-12-31' });
    expect(periodOf({ in: 2021 })).toEqual({ start: '2021-01-01', end: '2021-12-31' });
  });
  it('reads --from and --to, a year or a month standing for its first or last day', () => {
    expect(periodOf({ from: '2020-03-15', to: '2020-06-30' })).toEqual({ start: '2020-03-15', end: '2020-06-30' });
    expect(periodOf({ from: '2020', to: '2021' })).toEqual({ start: '2020-01-01', end: '2021-12-31' });
    expect(periodOf({ from: '2020-02', to: '2020-02' })).toEqual({ start: '2020-02-01', end: '2020-02-29' });
    expect(periodOf({ to: '2019-02' })).toEqual({ start: null, end: '2019-02-28' });
    expect(periodOf({ from: '2020-01-01' })).toEqual({ start: '2020-01-01', end: null });
  });
  it('is null without a period filter', () => {
    expect(periodOf({})).toBeNull();
  });
  it('refuses bad values with a UsageError', () => {
    expect(() => periodOf({ in: '20' })).toThrow(UsageError);
    expect(() => periodOf({ in: '2020', from: '2020-01-01' })).toThrow(/--in cannot be combined/);
    expect(() => periodOf({ from: '2020-02-30' })).toThrow(/--from takes a date/);
    expect(() => periodOf({ to: '31/12/2020' })).toThrow(/--to takes a date/);
    expect(() => periodOf({ from: '2021-01-01', to: '2020-12-31' })).toThrow(/after/);
    expect(() => periodOf({ from: '2020-13' })).toThrow(UsageError);
  });
});

describe('meetsPeriod', () => {
  const y2020 = { start: '2020-01-01', end: '2020-12-31' };
  it('matches a task whose span overlaps the period', () => {
    expect(meetsPeriod(tf('date', '2020-01-01', '2020-12-31'), y2020, null)).toBe('yes');
    expect(meetsPeriod(tf('range', '2019-01-01', '2020-12-31'), y2020, null)).toBe('yes');
    expect(meetsPeriod(tf('range', '2019-01-01', '2020-12-31'), { start: '2019-06-01', end: '2019-06-30' }, null)).toBe('yes');
    expect(meetsPeriod(tf('date', '2021-01-01', '2021-12-31'), y2020, null)).toBe('no');
    expect(meetsPeriod(tf('date', '2019-01-01', '2019-12-31'), y2020, null)).toBe('no');
  });
  it('counts the bounds as inclusive', () => {
    expect(meetsPeriod(tf('date', '2020-12-31', '2020-12-31'), y2020, null)).toBe('yes');
    expect(meetsPeriod(tf('date', '2021-01-01', '2021-01-01'), y2020, null)).toBe('no');
  });
  it('matches every period for a continuous or recurring task without dates', () => {
    expect(meetsPeriod(tf('continuous', null, null, 'Thường xuyên'), y2020, null)).toBe('yes');
    expect(meetsPeriod(tf('recurring', null, null, 'Hằng năm'), { start: '2035-01-01', end: null }, null)).toBe('yes');
  });
  it('respects the dates a recurring task does carry', () => {
    expect(meetsPeriod(tf('recurring', '2021-01-01', '2025-12-31'), y2020, null)).toBe('no');
  });
  it('runs a deadline from the plan date to the deadline', () => {
    const dl = tf('deadline', null, '2020-12-10', 'trước ngày 10/12/2020');
    expect(meetsPeriod(dl, { start: '2020-06-01', end: '2020-06-30' }, '2019-12-16')).toBe('yes');
    expect(meetsPeriod(dl, { start: '2019-01-01', end: '2019-06-30' }, '2019-12-16')).toBe('no');
    expect(meetsPeriod(dl, { start: '2021-01-01', end: null }, '2019-12-16')).toBe('no');
    // without a plan date the start is open
    expect(meetsPeriod(dl, { start: '2019-01-01', end: '2019-06-30' }, null)).toBe('yes');
  });
  it('says undated for a missing or unreadable time', () => {
    expect(meetsPeriod(null, y2020, null)).toBe('undated');
    expect(meetsPeriod(tf('unknown', null, null, 'sau khi có kinh phí'), y2020, null)).toBe('undated');
  });
});
