import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { runCli } from '../setup/cli.js';
import { examplePlan } from '../../src/validate/rules/example-plan.js';
import { readRecurrence } from '../../src/format/calendar-recurrence.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';

interface Ev {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  allDay: boolean;
  rrule: string | null;
  component: ICAL.Component;
}

/** Reads an .ics back with ical.js (Mozilla's RFC 5545 parser), as a calendar would. */
function events(ics: string): Ev[] {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((c) => {
    const e = new ICAL.Event(c);
    const rule = c.getFirstPropertyValue('rrule') as ICAL.Recur | null;
    return { uid: e.uid, summary: e.summary, description: e.description, start: e.startDate.toString(), end: e.endDate.toString(), allDay: e.startDate.isDate, rrule: rule ? rule.toString() : null, component: c };
  });
}

/** The first `n` start days of a recurring event. */
function occurrences(e: Ev, n: number): string[] {
  const it = new ICAL.Event(e.component).iterator();
  const out: string[] = [];
  for (let next = it.next(); next && out.length < n; next = it.next()) out.push(next.toString());
  return out;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-calendar-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan calendar on the sample', () => {
  it('--out plan.ics: 17 tasks, all in 2020 or 2019–2020, and the report due 10/12/2020: 18 all-day events', async () => {
    const out = join(dir, 'plan.ics');
    const r = await runCli(['calendar', SAMPLE, '--out', out, '--lang', 'vi']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const list = events(readFileSync(out, 'utf8'));
    expect(list).toHaveLength(18);
    expect(list.every((e) => e.allDay)).toBe(true);
    const ii1 = list.find((e) => e.summary.startsWith('II.1 '));
    expect(ii1).toMatchObject({ start: '2020-01-01', end: '2021-01-01', rrule: null });
    expect(ii1?.description).toContain('Chủ trì: Sở Kế hoạch và Đầu tư');
    expect(ii1?.description).toContain('Phối hợp: Các sở, ngành liên quan');
    expect(list.find((e) => e.summary.startsWith('III.1 '))).toMatchObject({ start: '2019-01-01', end: '2021-01-01' });
    expect(list.find((e) => e.summary.startsWith('Báo cáo'))).toMatchObject({ start: '2020-12-10', end: '2020-12-11' });
    // Summaries are shortened; each UID is unique.
    expect(Math.max(...list.map((e) => [...e.summary].length))).toBeLessThanOrEqual(80);
    expect(new Set(list.map((e) => e.uid)).size).toBe(18);
  });

  it('lines are folded at 75 octets with CRLF (RFC 5545 §3.1), whatever the Vietnamese letters', async () => {
    const ics = (await runCli(['calendar', SAMPLE])).stdout;
    const lines = ics.split('\r\n');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(Math.max(...lines.map((l) => Buffer.byteLength(l)))).toBeLessThanOrEqual(75);
  });

  it('filters as plan tasks: --unit "Sở Giáo dục" --role lead gives II.7 and the report', async () => {
    const list = events((await runCli(['calendar', SAMPLE, '--unit', 'Sở Giáo dục', '--role', 'lead'])).stdout);
    expect(list.map((e) => e.summary.split(' ')[0])).toEqual(['II.7', 'Report']);
  });

  it('is deterministic: the same plan gives the same bytes', async () => {
    expect((await runCli(['calendar', SAMPLE])).stdout).toBe((await runCli(['calendar', SAMPLE])).stdout);
  });
});

describe('plan calendar: timeframes of every kind (a plan written for the test, issued 16/12/2025)', async () => {
  const rows = [
    '1\tTuyên truyền thường xuyên\tSở Tư pháp\t\tThường xuyên',
    '2\tTổng kết công tác năm\tSở Nội vụ\t\tHằng năm',
    '3\tBáo cáo tiến độ\tSở Tài chính\t\tHằng quý',
    '4\tBáo cáo kết quả năm\tSở Y tế\t\tĐịnh kỳ trước ngày 30/11 hằng năm',
    '5\tHội nghị sơ kết\tSở Xây dựng\tSở Nội vụ\tQuý II/2026',
    '6\tBan hành hướng dẫn\tSở Công Thương\t\tTrước ngày 15/01/2026',
    '7\tKiểm tra định kỳ\tThanh tra tỉnh\t\tHằng năm, giai đoạn 2026 - 2028',
    '8\tViệc chưa rõ hạn\tSở Tư pháp\t\tTheo tiến độ dự án',
  ];
  const text = examplePlan({ body: ['I. NỘI DUNG', '1. Các nhiệm vụ'], rows }).replace('năm 2019', 'năm 2025');
  const r = await runCli(['calendar', '-'], { input: text });
  const list = events(r.stdout);
  const byId = (id: string) => list.find((e) => e.summary.startsWith(`${id} `));

  it('six events: continuous and unreadable timeframes are left out', () => {
    expect(r.code).toBe(0);
    expect(list.map((e) => e.summary.split(' ')[0])).toEqual(['2', '3', '4', '5', '6', '7']);
  });

  it('lists the left-out tasks on stderr, with their words', () => {
    expect(r.stderr).toContain('12/KH-UBND 1: not in the calendar: continuous work (no date) ("Thường xuyên")');
    expect(r.stderr).toContain('12/KH-UBND 8: not in the calendar: the time could not be read ("Theo tiến độ dự án")');
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
  });

  it('"Hằng năm": the year of the plan, repeated yearly', () => {
    expect(byId('2')).toMatchObject({ start: '2025-01-01', end: '2026-01-01', rrule: 'FREQ=YEARLY' });
    expect(occurrences(byId('2')!, 3)).toEqual(['2025-01-01', '2026-01-01', '2027-01-01']);
  });

  it('"Hằng quý": the quarter of the plan, repeated every three months', () => {
    expect(byId('3')).toMatchObject({ start: '2025-10-01', end: '2026-01-01', rrule: 'FREQ=MONTHLY;INTERVAL=3' });
    expect(occurrences(byId('3')!, 3)).toEqual(['2025-10-01', '2026-01-01', '2026-04-01']);
  });

  it('"Định kỳ trước ngày 30/11 hằng năm": 30 November each year from the first after the plan', () => {
    expect(byId('4')).toMatchObject({ start: '2026-11-30', end: '2026-12-01', rrule: 'FREQ=YEARLY' });
    expect(occurrences(byId('4')!, 2)).toEqual(['2026-11-30', '2027-11-30']);
  });

  it('a quarter is an all-day span; a deadline is its day', () => {
    expect(byId('5')).toMatchObject({ start: '2026-04-01', end: '2026-07-01', rrule: null });
    expect(byId('6')).toMatchObject({ start: '2026-01-15', end: '2026-01-16', rrule: null });
  });

  it('"Hằng năm, giai đoạn 2026 - 2028": yearly until 2028', () => {
    expect(byId('7')?.rrule).toBe('FREQ=YEARLY;UNTIL=20281231');
    expect(occurrences(byId('7')!, 5)).toEqual(['2026-01-01', '2027-01-01', '2028-01-01']);
  });
});

describe('readRecurrence', () => {
  it.each([
    ['Hằng năm', 'YEARLY', 1, null, null],
    ['hàng năm', 'YEARLY', 1, null, null],
    ['Hằng quý', 'MONTHLY', 3, null, null],
    ['Hằng tháng, ngày 15', 'MONTHLY', 1, 15, null],
    ['Hằng tuần', 'WEEKLY', 1, null, null],
    ['định kỳ trước ngày 30/11 hằng năm', 'YEARLY', 1, 30, 11],
  ] as const)('%s', (text, freq, interval, day, month) => {
    expect(readRecurrence(text)).toMatchObject({ freq, interval, day, month });
  });
  it('"Định kỳ" alone says it repeats, not how often', () => {
    expect(readRecurrence('Định kỳ')).toBeNull();
  });
  it('a monthly day past the 28th is not read (some months lack it)', () => {
    expect(readRecurrence('Hằng tháng, ngày 31')?.day).toBeNull();
  });
});
