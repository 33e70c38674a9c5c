import { describe, expect, it } from 'vitest';
import { axisTicks, MAX_YEARS_WITH_QUARTERS, timelineAxis, timelineMark } from '../../src/format/report/timeline.js';
import { planPeriod } from '../../src/format/report/header-card.js';
import { reportLabels } from '../../src/format/report/labels.js';
import type { Timeframe } from '../../src/model/types.js';
import { plan, task } from '../query/plan-builder.js';

const VI = reportLabels('vi');
const tf = (kind: Timeframe['kind'], start: string | null, end: string | null, text = 'x'): Timeframe => ({ text, kind, start, end });
const span = (a: string, b: string) => task('1', 'x', [], [], tf('range', a, b));

describe('timeline', () => {
  // 2019 and 2020: 731 days, from 2019-01-01 to the end of 2020-12-31.
  const axis = timelineAxis([span('2019-01-01', '2019-12-31'), task('2', 'y', [], [], tf('date', '2020-01-01', '2020-12-31', '2020'))]);

  it('runs the axis from the first start to the end of the last day', () => {
    expect(axis).toEqual({ start: Date.UTC(2019, 0, 1), end: Date.UTC(2021, 0, 1) });
    expect(timelineAxis([task('1', 'x', [], [], tf('continuous', null, null))])).toBeNull();
  });

  it('places a year as a bar from its first day to the end of its last', () => {
    // 2020 starts on day 365 of 731: 49.93 %, and runs 366 days: 50.07 %
    expect(timelineMark(tf('date', '2020-01-01', '2020-12-31'), axis)).toEqual({ kind: 'bar', left: 49.93, width: 50.07 });
  });

  it('marks a deadline at its day, and draws continuous and recurring tasks as bands', () => {
    expect(timelineMark(tf('deadline', null, '2019-01-01'), axis)).toEqual({ kind: 'deadline', left: 0 });
    expect(timelineMark(tf('continuous', null, null), axis)).toEqual({ kind: 'band' });
    expect(timelineMark(tf('recurring', null, null), null)).toEqual({ kind: 'band' });
    expect(timelineMark(tf('unknown', null, null), axis)).toEqual({ kind: 'none' });
    expect(timelineMark(null, axis)).toEqual({ kind: 'none' });
  });

  it('keeps a one-day task visible', () => {
    const mark = timelineMark(tf('date', '2020-05-01', '2020-05-01'), axis);
    expect(mark.kind === 'bar' && mark.width).toBe(0.6);
  });

  it(`ticks quarters up to ${MAX_YEARS_WITH_QUARTERS} years, years alone past that`, () => {
    const years = (n: number) => timelineAxis([span('2020-01-01', `${2020 + n - 1}-12-31`)]);
    const three = axisTicks(years(MAX_YEARS_WITH_QUARTERS)!, VI);
    expect(three.map((t) => t.label)).toEqual(['2020', 'Quý2', 'Quý3', 'Quý4', '2021', 'Quý2', 'Quý3', 'Quý4', '2022', 'Quý2', 'Quý3', 'Quý4']);
    const four = axisTicks(years(MAX_YEARS_WITH_QUARTERS + 1)!, VI);
    expect(four.map((t) => t.label)).toEqual(['2020', '2021', '2022', '2023']);
    // 2020 is a leap year: 2021 starts on day 366 of 1461 (25.05 %), 2022 on 731, 2023 on 1096
    expect(four.map((t) => t.left)).toEqual([0, 25.05, 50.03, 75.02]);
  });

  it('gives the plan its period from the tasks: earliest start, latest end', () => {
    const p = plan({ tasks: [span('2020-03-01', '2020-06-30'), task('2', 'y', [], [], tf('deadline', null, '2021-01-15')), task('3', 'z', [], [], null)] });
    expect(planPeriod(p)).toEqual({ start: '2020-03-01', end: '2021-01-15' });
    expect(planPeriod(plan({ tasks: [task('1', 'x', [], [], null)] }))).toBeNull();
  });
});
