import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';
import { fileTempDir } from '../setup/temp.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const FIXED = 'fixtures/446-corrected.txt';

describe('plan validate (exit codes, row by row)', () => {
  it('the sample fails with the centre mismatches, the reference and the signature', async () => {
    const r = await runCli(['validate', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout) as [{ path: string; diagnostics: { ruleId: string; taskId?: string; line: number }[] }];
    expect(file.path).toBe(SAMPLE);
    const mismatch = file.diagnostics.filter((d) => d.ruleId === 'task-owner-mismatch').map((d) => d.taskId);
    expect(mismatch).toEqual(['II.1', 'II.2', 'III.1']);
    expect(file.diagnostics.find((d) => d.ruleId === 'appendix-reference')?.line).toBe(164);
    expect(file.diagnostics.find((d) => d.ruleId === 'signature')?.line).toBe(152);
  });
  it('the corrected copy exits 0; with --max-warnings 0 its warnings fail it, and stderr says so', async () => {
    expect((await runCli(['validate', FIXED])).code).toBe(0);
    const r = await runCli(['validate', FIXED, '--max-warnings', '0', '--format', 'json']);
    expect(r.code).toBe(1);
    const warnings = (JSON.parse(r.stdout) as [{ warningCount: number }])[0].warningCount;
    expect(warnings).toBeGreaterThan(0);
    expect(r.stderr).toBe(`plan: ${warnings} warning${warnings === 1 ? '' : 's'} exceed${warnings === 1 ? 's' : ''} --max-warnings 0\n`);
    expect((await runCli(['validate', FIXED, '--max-warnings', String(warnings)])).code).toBe(0);
  });
  it('--rule turns a rule off; a bad --rule or --max-warnings is a usage error (2)', async () => {
    expect((await runCli(['validate', SAMPLE, '--rule', 'task-owner-mismatch=off'])).code).toBe(0);
    const bad = await runCli(['validate', SAMPLE, '--rule', 'nonsense=off']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown rule "nonsense"');
    expect((await runCli(['validate', SAMPLE, '--max-warnings', 'many'])).code).toBe(2);
  });
  it('under GITHUB_ACTIONS, annotations follow the stylish report', async () => {
    const r = await runCli(['validate', SAMPLE, '--quiet'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.stdout).toContain(`${SAMPLE}\n  111:1  error    Section IV.5`);
    expect(r.stdout).toContain(`::error file=${SAMPLE},line=111,col=1,title=task-owner-mismatch::`);
    expect((await runCli(['validate', SAMPLE, '--format', 'json'], { env: { GITHUB_ACTIONS: 'true' } })).stdout).not.toContain('::error');
  });
  it('stylish is readable at 80 columns: no line is longer', async () => {
    const r = await runCli(['validate', SAMPLE], { env: { COLUMNS: '80' } });
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('docs/rules.md#task-owner-mismatch');
  });
  it('--explain prints every pairing with its score', async () => {
    const r = await runCli(['validate', SAMPLE, '--explain', '--quiet']);
    expect(r.stdout).toMatch(/IV\.5 duty 1\s+↔ task II\.1\s+0\.80 {2}paired/);
    expect(r.stdout).toMatch(/IV\.1 duty 1\s+↔ task II\.5\s+0\.25 {2}below threshold/);
  });
});

describe('every file is reported (issue 13)', () => {
  const dir = fileTempDir('plan-every-file-');
  const notPlan = join(dir, 'notes.txt');
  writeFileSync(notPlan, 'hello\nworld\n');

  it('one unreadable file among several: the others are checked, it is a fatal finding, exit 2 (every format)', async () => {
    const files = [SAMPLE, 'missing.txt', notPlan, FIXED];
    const stylish = await runCli(['validate', ...files]);
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toContain(`${SAMPLE}\n`);
    expect(stylish.stdout).toContain('missing.txt\n  -  error    no such file (the file was not checked)');
    expect(stylish.stdout).toContain('task-owner-mismatch');
    expect(stylish.stderr).toBe(`plan: missing.txt: no such file\nplan: ${notPlan}: no part of a plan was found (no number, title, numbered sections or task table)\n`);

    const json = await runCli(['validate', ...files, '--format', 'json']);
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.stdout) as { path: string; errorCount: number; diagnostics: { fatal?: boolean }[] }[];
    expect(parsed.map((f) => f.path)).toEqual([SAMPLE, FIXED, 'missing.txt', notPlan]);
    expect(parsed[2]?.diagnostics[0]?.fatal).toBe(true);
    expect(parsed[0]?.errorCount).toBe(3);

    const github = await runCli(['validate', ...files, '--format', 'github']);
    expect(github.code).toBe(2);
    expect(github.stdout).toContain('::error file=missing.txt,title=fatal::no such file');
    expect(github.stdout).toContain(`::error file=${SAMPLE},line=111`);

    const sarif = await runCli(['validate', ...files, '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    const run = JSON.parse(sarif.stdout).runs[0];
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(2);
    expect(run.results.some((x: { ruleId: string }) => x.ruleId === 'task-owner-mismatch')).toBe(true);
  });

  it('plan tasks, units, show and export over several files: the readable files, a line for the bad one, exit 2', async () => {
    const tasks = await runCli(['tasks', SAMPLE, 'missing.txt', '--unit', 'Sở Giáo dục', '--format', 'json']);
    expect(tasks.code).toBe(2);
    expect((JSON.parse(tasks.stdout) as { id: string }[]).map((t) => t.id)).toEqual(['II.7']);
    expect(tasks.stderr).toBe('plan: missing.txt: no such file\n');

    const units = await runCli(['units', 'missing.txt', SAMPLE, '--format', 'json']);
    expect(units.code).toBe(2);
    expect(units.stdout).toContain('Sở Giáo dục và Đào tạo');
    expect(units.stderr).toBe('plan: missing.txt: no such file\n');

    const show = await runCli(['show', SAMPLE, 'missing.txt']);
    expect(show.code).toBe(2);
    expect(show.stdout).toContain('Kế hoạch no. 446/KH-UBND');

    const exp = await runCli(['export', SAMPLE, 'missing.txt', FIXED]);
    expect(exp.code).toBe(2);
    const plans = JSON.parse(exp.stdout) as { source: { path: string } }[];
    expect(plans.map((p) => p.source.path)).toEqual([SAMPLE, FIXED]);
    expect(exp.stderr).toBe('plan: missing.txt: no such file\n');

    const only = await runCli(['export', 'missing.txt']);
    expect(only).toMatchObject({ code: 2, stdout: '', stderr: 'plan: missing.txt: no such file\n' });
  });

  it('a file name and its error pass the terminal-safe filter; a name never starts a line with "::"', async () => {
    const evil = join(dir, '::warning::x\x1b[2J.txt');
    const r = await runCli(['validate', '::error::evil.txt', evil]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stderr).not.toContain('\x1b');
    for (const line of r.stdout.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(r.stdout).toContain('./::error::evil.txt\n');
  });

  it('--explain never starts a line with "::" either', async () => {
    writeFileSync(join(dir, '::x.txt'), readFileSync(join(ROOT, SAMPLE)));
    const r = await runCli(['validate', '--explain', '--quiet', '::x.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('./::x.txt: duty ↔ task pairings');
    for (const line of r.stdout.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
  });
});
