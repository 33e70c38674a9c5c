import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT, runCli } from '../setup/cli.js';

// CLI scenarios of issue 4: exit code, stdout and stderr, on the sample plan.
const FILE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const SAMPLE = readFileSync(join(ROOT, FILE), 'utf8');
const jsonIds = (stdout: string): string[] => (JSON.parse(stdout) as { id: string }[]).map((t) => t.id);

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-query-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan tasks', () => {
  it('--unit "Sở Giáo dục" prints a table with II.7 only', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Sở Giáo dục']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^┌/);
    expect([...r.stdout.matchAll(/^│ ([IVX]+\.\d+)/gm)].map((m) => m[1])).toEqual(['II.7']);
    // The tests run in English (test/setup/cli.ts): the column headers too.
    for (const h of ['No.', 'Task', 'Lead', 'Support', 'Timeframe']) expect(r.stdout).toContain(h);
    expect(r.stdout).not.toContain('Document');
    expect(r.stdout).not.toContain('\x1b'); // no colour without a TTY
  });

  it('--unit "Sở TT&TT" --role lead --format json → I.3, II.2 as Task objects', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Sở TT&TT', '--role', 'lead', '--format', 'json']);
    expect(r.code).toBe(0);
    const tasks = JSON.parse(r.stdout) as Record<string, unknown>[];
    expect(tasks.map((t) => t.id)).toEqual(['I.3', 'II.2']);
    expect(Object.keys(tasks[0]!)).toEqual(expect.arrayContaining(['id', 'origin', 'appendix', 'group', 'number', 'description', 'lead', 'support', 'timeframe', 'extra', 'source']));
    expect(tasks[0]).not.toHaveProperty('document'); // one file: no document field
    expect(tasks[0]).not.toHaveProperty('match');
  });

  it('"Bộ Giáo dục và Đào tạo" → nothing: exit 0, one line on stderr with close names', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Bộ Giáo dục và Đào tạo']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^plan: no unit named "Bộ Giáo dục và Đào tạo" in 446\/KH-UBND; closest: Sở Giáo dục và Đào tạo/);
    const j = await runCli(['tasks', FILE, '--unit', 'Bộ Giáo dục và Đào tạo', '-f', 'json']);
    expect([j.code, j.stdout]).toEqual([0, '[]\n']);
    expect((await runCli(['tasks', FILE, '--unit', 'Bộ Giáo dục và Đào tạo', '--quiet'])).stderr).toBe('');
  });

  it('a unit that is named but has no task in the period says so', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Sở Giáo dục', '--in', '2019']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe('plan: no task of Sở Giáo dục và Đào tạo matches the filters\n');
  });

  it('an unknown group lists the groups there are', async () => {
    const r = await runCli(['tasks', FILE, '--group', 'V']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe('plan: no group "V" in 446/KH-UBND; the groups are I, II, III, IV\n');
  });

  it('a unit the plan names but gives no task says where to look', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Trung tâm Xúc tiến Đầu tư tỉnh']);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(r.stderr).toBe('plan: Trung tâm Xúc tiến Đầu tư tỉnh has no task in 446/KH-UBND; `plan units --unit "Trung tâm Xúc tiến Đầu tư tỉnh"` shows all the plan asks of it\n');
  });

  it('"so giao duc" and "Sở Văn hoá" as people type them', async () => {
    expect(jsonIds((await runCli(['tasks', FILE, '--unit', 'so giao duc', '-f', 'json'])).stdout)).toEqual(['II.7']);
    expect(jsonIds((await runCli(['tasks', FILE, '--unit', 'Sở Văn hoá', '-f', 'json'])).stdout)).toEqual(['II.3', 'III.2']);
  });

  it('--include-collective marks the rows reached through a collective', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Sở Tài chính', '--include-collective']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('II.5 *');
    expect(r.stdout).toContain('* Given to a collective that may include the unit (--include-collective).');
    const j = JSON.parse((await runCli(['tasks', FILE, '--unit', 'Sở Tài chính', '--include-collective', '-f', 'json'])).stdout) as { id: string; match?: string }[];
    expect(j.map((t) => t.id)).toEqual(['I.1', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.7', 'II.8']);
    expect(j.every((t) => t.match === 'collective')).toBe(true);
  });

  it('--format csv: BOM, CRLF, a header; --no-bom drops the BOM', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Sở TT&TT', '--role', 'lead', '--format', 'csv']);
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith('\uFEFFNo.,Task,Lead,Support,Timeframe\r\n')).toBe(true);
    expect(r.stdout.split('\r\n')).toHaveLength(4); // header, 2 rows, final empty
    expect(r.stdout.split('\r\n')[2]).toMatch(/^II\.2,Phối hợp quảng bá/);
    const nb = await runCli(['tasks', FILE, '--unit', 'Sở TT&TT', '--format', 'csv', '--no-bom']);
    expect(nb.stdout.startsWith('No.,')).toBe(true);
  });

  it('--format md: a pipe table', async () => {
    const r = await runCli(['tasks', FILE, '--unit', 'Sở Giáo dục', '--format', 'md']);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual(['| No. | Task | Lead | Support | Timeframe |', '| --- | --- | --- | --- | --- |']);
    expect(r.stdout).toContain('| II.7 | Hưởng ứng');
  });

  it('--format yaml carries the same data as json', async () => {
    const y = await runCli(['tasks', FILE, '--unit', 'Sở TT&TT', '-f', 'yaml']);
    const j = await runCli(['tasks', FILE, '--unit', 'Sở TT&TT', '-f', 'json']);
    expect(parseYaml(y.stdout)).toEqual(JSON.parse(j.stdout));
  });

  it('several files: one query, each row says its document', async () => {
    const copy = join(dir, 'copy.txt');
    writeFileSync(copy, SAMPLE.replace('Số: 446/KH-UBND', 'Số: 447/KH-UBND'));
    const r = await runCli(['tasks', FILE, copy, '--unit', 'Sở Giáo dục', '-f', 'json']);
    const tasks = JSON.parse(r.stdout) as { id: string; document: { number: string; file: string } }[];
    expect(tasks.map((t) => [t.id, t.document.number, t.document.file])).toEqual([
      ['II.7', '446/KH-UBND', FILE],
      ['II.7', '447/KH-UBND', copy],
    ]);
    const t = await runCli(['tasks', FILE, copy, '--unit', 'Sở Giáo dục']);
    expect(t.stdout).toContain('Document');
    expect(t.stdout).toContain('447/KH-UBND');
  });

  it('reads a piped plan when FILE is left out', async () => {
    const r = await runCli(['tasks', '--unit', 'Sở Giáo dục', '-f', 'json'], { input: SAMPLE });
    expect(r.code).toBe(0);
    expect(jsonIds(r.stdout)).toEqual(['II.7']);
  });

  it('usage errors exit 2 with one line', async () => {
    for (const args of [
      ['tasks', FILE, '--role', 'lead'],
      ['tasks', FILE, '--include-collective'],
      ['tasks', FILE, '--in', '20'],
      ['tasks', FILE, '--in', '2020', '--from', '2020-01-01'],
      ['tasks', FILE, '--format', 'ods'],
      ['tasks', FILE, '--role', 'boss', '--unit', 'x'],
    ]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('--out writes the file through a rename, the format from its extension; never over an input', async () => {
    const out = join(dir, 'tasks.csv');
    const r = await runCli(['tasks', FILE, '--unit', 'Sở Giáo dục', '--out', out]);
    expect([r.code, r.stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFNo.,')).toBe(true);
    const input = join(dir, 'input.txt');
    copyFileSync(join(ROOT, FILE), input);
    const bad = await runCli(['tasks', input, '--out', input]);
    expect(bad.code).toBe(2);
    expect(readFileSync(input, 'utf8')).toBe(SAMPLE);
  });
});

describe('plan.config.yaml', () => {
  it('supplies the plans when FILE is left out, and aliases', async () => {
    const cfgDir = mkdtempSync(join(dir, 'cfg-'));
    copyFileSync(join(ROOT, FILE), join(cfgDir, 'kh-446.txt'));
    writeFileSync(join(cfgDir, 'plan.config.yaml'), 'plans:\n  - "*.txt"\naliases:\n  Sở Giáo dục và Đào tạo: [Phòng Giáo dục của tỉnh]\n');
    const r = await runCli(['tasks', '--unit', 'Phòng Giáo dục của tỉnh', '-f', 'json'], { cwd: cfgDir, noStdin: true });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(jsonIds(r.stdout)).toEqual(['II.7']);
  });

  it('a bad value exits 2 naming the file and the key', async () => {
    const cfgDir = mkdtempSync(join(dir, 'bad-'));
    writeFileSync(join(cfgDir, 'plan.config.yaml'), 'parents:\n  Trung tâm X: [a, b]\n');
    const r = await runCli(['tasks', join(ROOT, FILE)], { cwd: cfgDir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan: .*plan\.config\.yaml: parents\.Trung tâm X: expected the name of one unit\n$/);
  });

  it('without FILE, config or piped input: a one-line error on how to name a plan', async () => {
    const empty = mkdtempSync(join(dir, 'empty-'));
    const r = await runCli(['tasks'], { cwd: empty, noStdin: true });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('plan units, show, objectives, content, query', () => {
  it('units lists every unit with its counts', async () => {
    const r = await runCli(['units', FILE, '-f', 'json']);
    expect(r.code).toBe(0);
    const units = JSON.parse(r.stdout) as { name: string; lead: string[] }[];
    expect(units.find((u) => u.name === 'Sở Thông tin và Truyền thông')?.lead).toEqual(['I.3', 'II.2']);
    const t = await runCli(['units', FILE]);
    expect(t.stdout).toContain('2 (I.3, II.2)');
  });

  it('units --unit gives the dossier: duties, tasks, the report', async () => {
    const r = await runCli(['units', FILE, '--unit', 'Sở Giáo dục']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('IV.3. Sở Giáo dục và Đào tạo');
    expect(r.stdout).toContain('Lòng ghép tìm hiểu về ASEAN');
    expect(r.stdout).toContain('Tasks led (1)');
    expect(r.stdout).toContain('due 2020-12-10');
    const none = await runCli(['units', FILE, '--unit', 'Bộ Giáo dục và Đào tạo']);
    expect([none.code, none.stdout]).toEqual([0, '']);
    expect(none.stderr).toMatch(/^plan: no unit named "Bộ Giáo dục và Đào tạo".*closest: Sở Giáo dục và Đào tạo/);
  });

  it('show prints one screen: header, outline, appendix', async () => {
    const r = await runCli(['show', FILE]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Kế hoạch no. 446/KH-UBND');
    expect(r.stdout).toContain('IV. TỔ CHỨC THỰC HIỆN (7 responsibilities, 22 duties)');
    expect(r.stdout).toContain('II. Các hoạt động truyền thông quảng bá về tỉnh Hà Tĩnh (8)');
    expect(r.stdout.split('\n').length).toBeLessThan(40);
    expect((await runCli(['show', FILE, '-f', 'csv'])).code).toBe(2);
    expect((JSON.parse((await runCli(['show', FILE, '-f', 'json'])).stdout) as { counts: { tasks: number } }).counts.tasks).toBe(17);
  });

  it('objectives and content', async () => {
    expect((JSON.parse((await runCli(['objectives', FILE, '-f', 'json'])).stdout) as unknown[]).length).toBe(8);
    const c = await runCli(['content', FILE, '--grep', 'facebook', '-f', 'json']);
    expect((JSON.parse(c.stdout) as { id: string }[]).map((a) => a.id)).toEqual(['II.3']);
  });

  it('query KIND is the general form of the shorthands', async () => {
    const a = await runCli(['query', 'tasks', FILE, '--unit', 'Sở TT&TT', '-f', 'csv']);
    const b = await runCli(['tasks', FILE, '--unit', 'Sở TT&TT', '-f', 'csv']);
    expect(a).toEqual(b);
    const r = await runCli(['query', 'responsibilities', FILE, '--unit', 'Sở VH-TT&DL', '-f', 'json']);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id)).toEqual(['IV.2']);
    expect((await runCli(['query', 'bogus', FILE])).code).toBe(2);
    const wrong = await runCli(['query', 'objectives', FILE, '--role', 'lead']);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/--role does not apply to objectives/);
  });
});

describe('safe output (issue 7)', () => {
  const hostile = SAMPLE.replace(
    'Nắm bắt dư luận xã hội trong quá trình tham gia ASEAN để kịp thời',
    '\x1b]0;pwned\x07\x1b[2J\x1b[31mNắm bắt\x9b0m dư luận xã hội trong quá trình tham gia ASEAN để kịp thời',
  ).replace('Tham gia các hội thảo, tọa đàm phổ biến', '=HYPERLINK("http://evil","x") các hội thảo');

  it('no escape sequence from the document reaches the terminal', async () => {
    const file = join(dir, 'hostile.txt');
    writeFileSync(file, hostile);
    for (const args of [['tasks', file], ['show', file], ['units', file, '--unit', 'Ban Tuyên giáo Tỉnh ủy'], ['tasks', file, '-f', 'md']]) {
      const r = await runCli(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/[\x1b\x07\x9b]/);
    }
    expect((await runCli(['tasks', file])).stdout).toContain('Nắm bắt dư luận');
  });

  it('csv neutralises a formula from the document', async () => {
    const file = join(dir, 'formula.txt');
    writeFileSync(file, hostile);
    const r = await runCli(['tasks', file, '--group', 'II', '-f', 'csv']);
    const row = r.stdout.split('\r\n').find((l) => l.startsWith('II.6,'));
    expect(row).toMatch(/^II\.6,"'=HYPERLINK\(""http:\/\/evil"",""x""\) các hội thảo/);
  });

  it('a failed run leaves an existing --out file alone', async () => {
    const out = join(dir, 'keep.csv');
    writeFileSync(out, 'old content');
    const r = await runCli(['tasks', join(dir, 'missing.txt'), '--out', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old content');
    expect(existsSync(join(dir, '.keep.csv.tmp'))).toBe(false);
  });
});
