/**
 * Issue 20, "Small things a daily user trips on": a CLI scenario per item, each recording the
 * exit code, standard output and standard error.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';
import { tempDir } from '../setup/temp.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const fresh = (): string => tempDir('kehoach-papercut-');
const ESC = '\x1b[';

describe('1. help exit codes', () => {
  it('plan help prints the help on stdout and exits 0', async () => {
    const r = await runCli(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: plan \[options\] \[command\]\n/);
    expect(r.stdout).toContain('tasks [options] [files...]');
    expect(r.stderr).toBe('');
  });

  it('plan help tasks prints the help of tasks and exits 0, as plan tasks --help does', async () => {
    const r = await runCli(['help', 'tasks']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: plan tasks \[options\] \[files\.\.\.\]\n/);
    expect(r.stdout).toBe((await runCli(['tasks', '--help'])).stdout);
    expect(r.stderr).toBe('');
  });

  it('plan help bogus says the command is unknown and lists the commands, exit 2', async () => {
    const r = await runCli(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("plan: unknown command 'bogus'; the commands are show, tasks, units, objectives, content, query, validate, export, diff, calendar, report\n");
  });

  it('plan help taks names the closest command, exit 2', async () => {
    const r = await runCli(['help', 'taks']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("plan: unknown command 'taks'\n(Did you mean tasks?)\n");
  });

  it('plan with no command still shows the help as a usage error, exit 2', async () => {
    const r = await runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: plan/);
  });
});

describe('2. one --out extension rule for every command', () => {
  it('tasks --out tasks.pdf is refused, naming the formats tasks writes; no file is made', async () => {
    const dir = fresh();
    const r = await runCli(['tasks', SAMPLE, '--out', join(dir, 'tasks.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `plan: --out ${join(dir, 'tasks.pdf')}: the extension .pdf names no format tasks writes; name one with --format (table, json, yaml, csv, md, xlsx) or end the name in .txt, .json, .yaml, .yml, .csv, .md, .markdown, .xlsx\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('export --out plan.yaml writes YAML, as tasks --out tasks.yaml does', async () => {
    const dir = fresh();
    const r = await runCli(['export', SAMPLE, '--out', join(dir, 'plan.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const yaml = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(yaml).toMatch(/^schemaVersion: 1\nsource:\n/);
    expect((await runCli(['tasks', SAMPLE, '--out', join(dir, 'tasks.yaml')])).code).toBe(0);
    expect(readFileSync(join(dir, 'tasks.yaml'), 'utf8')).toMatch(/^- id: I\.1\n/);
  });

  it('export --out plan.csv is refused: export writes json, jsonl, yaml and xlsx', async () => {
    const r = await runCli(['export', SAMPLE, '--out', join(fresh(), 'plan.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/: export does not write csv; it writes json, jsonl, yaml, xlsx \(name one with --format\)\n$/);
  });

  it('show --out overview.html is refused naming what show writes', async () => {
    const r = await runCli(['show', SAMPLE, '--out', join(fresh(), 'overview.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the extension \.html names no format show writes; name one with --format \(table, md, json, yaml\)/);
  });

  it('an explicit --format that disagrees with the extension is obeyed, with a warning', async () => {
    const dir = fresh();
    const out = join(dir, 'tasks.json');
    const r = await runCli(['tasks', SAMPLE, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`plan: warning: --format csv writes csv into ${out}, whose extension .json says json\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFNo\.,/);
  });

  it('an explicit --format with an unknown extension writes that format, without a warning', async () => {
    const dir = fresh();
    const r = await runCli(['export', SAMPLE, '--format', 'json', '--out', join(dir, 'plan.data')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'plan.data'), 'utf8')) as { tasks: unknown[] }).tasks).toHaveLength(17);
  });
});

describe('3. FORCE_COLOR=0 is honoured', () => {
  it('colours a real terminal by default (util-linux `script` gives bin/plan.js a pseudo-terminal)', () => {
    const r = spawnSync('script', ['-qec', `node bin/plan.js tasks ${SAMPLE} --group I`, '/dev/null'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm' },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${ESC}1mSTT${ESC}22m`);
  });

  /** The CLI's standard output on a terminal: colour would be on by default. */
  async function onTerminal(env: Record<string, string>, args: readonly string[] = []): Promise<string> {
    const r = await runCli(['tasks', SAMPLE, '--group', 'I', ...args], { tty: true, env: { TERM: 'xterm', NO_COLOR: '', ...env } });
    expect(r.code).toBe(0);
    return r.stdout;
  }

  it('colours a terminal by default, and not with FORCE_COLOR=0, NO_COLOR or --no-color', async () => {
    // In English, as the tests run (test/setup/cli.ts): the first header is "No.".
    expect(await onTerminal({})).toContain(`${ESC}1mNo.${ESC}22m`);
    expect(await onTerminal({ FORCE_COLOR: '0' })).not.toContain(ESC);
    expect(await onTerminal({ FORCE_COLOR: 'false' })).not.toContain(ESC);
    expect(await onTerminal({ NO_COLOR: '1' })).not.toContain(ESC);
    expect(await onTerminal({ TERM: 'dumb' })).not.toContain(ESC);
    expect(await onTerminal({}, ['--no-color'])).not.toContain(ESC);
    expect(await onTerminal({ FORCE_COLOR: '0' })).toContain('│ No. │');
  });

  it('FORCE_COLOR=1 colours a pipe too (chalk\'s convention), but never a file named with --out', async () => {
    const piped = await runCli(['tasks', SAMPLE, '--group', 'I'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain(`${ESC}1mNo.${ESC}22m`);
    const out = join(fresh(), 'tasks.txt');
    expect((await runCli(['tasks', SAMPLE, '--group', 'I', '--out', out], { env: { FORCE_COLOR: '1' } })).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain(ESC);
    expect(readFileSync(out, 'utf8')).toContain('│ No. │');
  });
});

/**
 * A small plan written for items 5 and 6: its tasks are written in the body, under section II
 * (so their ids are II.1 and II.2 and they have no appendix group), and TỔ CHỨC THỰC HIỆN asks
 * for a report by a day of every year. `reporting` is the sentence of the last bullet.
 */
function bodyPlan(reportingSentence: string): string {
  const text = [
    'ỦY BAN NHÂN DÂN',
    'TỈNH HÀ TĨNH',
    '',
    'Số: 12/KH-UBND',
    '',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    'Hà Tĩnh, ngày 05 tháng 3 năm 2025',
    '',
    'KẾ HOẠCH',
    'Chuyển đổi số năm 2025',
    '',
    'I. MỤC ĐÍCH, YÊU CẦU',
    '1. Mục đích',
    'Đẩy mạnh chuyển đổi số trên địa bàn tỉnh.',
    '',
    'II. NHIỆM VỤ VÀ GIẢI PHÁP',
    '1. Xây dựng kho dữ liệu dùng chung của tỉnh.',
    'Đơn vị chủ trì: Sở Khoa học và Công nghệ.',
    'Đơn vị phối hợp: Các sở, ban, ngành.',
    'Thời gian thực hiện: Năm 2025.',
    '2. Tổ chức tập huấn kỹ năng số cho cán bộ, công chức.',
    'Đơn vị chủ trì: Sở Nội vụ.',
    'Thời gian thực hiện: Quý II/2025.',
    '',
    'III. TỔ CHỨC THỰC HIỆN',
    '- Các sở, ban, ngành triển khai Kế hoạch này.',
    `- ${reportingSentence}`,
    '',
  ].join('\n');
  const file = join(fresh(), 'ke-hoach.txt');
  writeFileSync(file, text);
  return file;
}

describe('5. report deadlines written with a recurrence', () => {
  for (const sentence of [
    'Các sở, ban, ngành báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ trước ngày 10/12 hằng năm để tổng hợp.',
    'Các sở, ban, ngành báo cáo kết quả thực hiện về Sở Khoa học và Công nghệ định kỳ hằng năm, trước ngày 10 tháng 12.',
  ]) {
    it(`"${sentence.slice(sentence.indexOf('Công nghệ') + 10)}": recurring, month 12, day 10; show prints "hằng năm, trước 10/12"`, async () => {
      const file = bodyPlan(sentence);
      const show = await runCli(['show', file, '--lang', 'vi']);
      expect(show.code).toBe(0);
      expect(show.stderr).toBe('');
      expect(show.stdout).toMatch(/\nBáo cáo: hằng năm, trước 10\/12\n/);
      expect((await runCli(['show', file])).stdout).toMatch(/\nReport: every year, by 10\/12\n/);
      const exported = await runCli(['export', file]);
      expect(exported.code).toBe(0);
      const { reporting } = JSON.parse(exported.stdout) as { reporting: Record<string, unknown> };
      expect(reporting).toMatchObject({ deadline: null, recurring: true, month: 12, day: 10, text: sentence, source: { line: 29 } });
    });
  }

  it('a dated deadline is printed as before, as each language writes dates', async () => {
    expect((await runCli(['show', SAMPLE])).stdout).toMatch(/\nReport: 2020-12-10\n/);
    expect((await runCli(['show', SAMPLE, '--lang', 'vi'])).stdout).toMatch(/\nBáo cáo: 10\/12\/2020\n/);
  });
});

describe('6. --group matches body sections as well as appendix groups', () => {
  const file = (): string => bodyPlan('Các sở, ban, ngành báo cáo kết quả trước ngày 10/12 hằng năm.');

  it('plan tasks --group II lists the body tasks II.1 and II.2', async () => {
    const r = await runCli(['tasks', file(), '--group', 'II', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(r.stdout) as { id: string; origin: string }[]).map((t) => `${t.id} ${t.origin}`)).toEqual(['II.1 body', 'II.2 body']);
  });

  it('a section with no tasks names the sections that have some', async () => {
    const r = await runCli(['tasks', file(), '--group', 'I']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('plan: no group "I" in 12/KH-UBND; the groups are II\n');
  });

  it('appendix groups still match as before', async () => {
    const r = await runCli(['tasks', SAMPLE, '--group', 'III', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id)).toEqual(['III.1', 'III.2', 'III.3']);
  });
});
