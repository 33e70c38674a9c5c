import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const FIXED = 'fixtures/446-corrected.txt';

describe('plan validate (exit codes, row by row)', () => {
  it('the sample fails with the centre mismatches, the reference and the signature', () => {
    const r = runCli(['validate', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(1);
    const [file] = JSON.parse(r.stdout) as [{ path: string; diagnostics: { ruleId: string; taskId?: string; line: number }[] }];
    expect(file.path).toBe(SAMPLE);
    const mismatch = file.diagnostics.filter((d) => d.ruleId === 'task-owner-mismatch').map((d) => d.taskId);
    expect(mismatch).toEqual(['II.1', 'II.2', 'III.1']);
    expect(file.diagnostics.find((d) => d.ruleId === 'appendix-reference')?.line).toBe(164);
    expect(file.diagnostics.find((d) => d.ruleId === 'signature')?.line).toBe(152);
  });
  it('the corrected copy exits 0; with --max-warnings 0 its warnings fail it, and stderr says so', () => {
    expect(runCli(['validate', FIXED]).code).toBe(0);
    const r = runCli(['validate', FIXED, '--max-warnings', '0', '--format', 'json']);
    expect(r.code).toBe(1);
    const warnings = (JSON.parse(r.stdout) as [{ warningCount: number }])[0].warningCount;
    expect(warnings).toBeGreaterThan(0);
    expect(r.stderr).toBe(`plan: ${warnings} warning${warnings === 1 ? '' : 's'} exceed${warnings === 1 ? 's' : ''} --max-warnings 0\n`);
    expect(runCli(['validate', FIXED, '--max-warnings', String(warnings)]).code).toBe(0);
  });
  it('--rule turns a rule off; a bad --rule or --max-warnings is a usage error (2)', () => {
    expect(runCli(['validate', SAMPLE, '--rule', 'task-owner-mismatch=off']).code).toBe(0);
    const bad = runCli(['validate', SAMPLE, '--rule', 'nonsense=off']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown rule "nonsense"');
    expect(runCli(['validate', SAMPLE, '--max-warnings', 'many']).code).toBe(2);
  });
  it('under GITHUB_ACTIONS, annotations follow the stylish report', () => {
    const r = runCli(['validate', SAMPLE, '--quiet'], { env: { GITHUB_ACTIONS: 'true' } });
    expect(r.stdout).toContain(`${SAMPLE}\n  111:1  error    Section IV.5`);
    expect(r.stdout).toContain(`::error file=${SAMPLE},line=111,col=1,title=task-owner-mismatch::`);
    expect(runCli(['validate', SAMPLE, '--format', 'json'], { env: { GITHUB_ACTIONS: 'true' } }).stdout).not.toContain('::error');
  });
  it('stylish is readable at 80 columns: no line is longer', () => {
    const r = runCli(['validate', SAMPLE], { env: { COLUMNS: '80' } });
    for (const line of r.stdout.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    expect(r.stdout).toContain('docs/rules.md#task-owner-mismatch');
  });
  it('--explain prints every pairing with its score', () => {
    const r = runCli(['validate', SAMPLE, '--explain', '--quiet']);
    expect(r.stdout).toMatch(/IV\.5 duty 1\s+↔ task II\.1\s+0\.80  paired/);
    expect(r.stdout).toMatch(/IV\.1 duty 1\s+↔ task II\.5\s+0\.25  below threshold/);
  });
});

describe('every file is reported (issue 13)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plan-every-file-'));
  const notPlan = join(dir, 'notes.txt');
  writeFileSync(notPlan, 'hello\nworld\n');

  it('one unreadable file among several: the others are checked, it is a fatal finding, exit 2 (every format)', () => {
    const files = [SAMPLE, 'missing.txt', notPlan, FIXED];
    const stylish = runCli(['validate', ...files]);
    expect(stylish.code).toBe(2);
    expect(stylish.stdout).toContain(`${SAMPLE}\n`);
    expect(stylish.stdout).toContain('missing.txt\n  -  error    no such file (the file was not checked)');
    expect(stylish.stdout).toContain('task-owner-mismatch');
    expect(stylish.stderr).toBe(`plan: missing.txt: no such file\nplan: ${notPlan}: no part of a plan was found (no number, title, numbered sections or task table)\n`);

    const json = runCli(['validate', ...files, '--format', 'json']);
    expect(json.code).toBe(2);
    const parsed = JSON.parse(json.stdout) as { path: string; errorCount: number; diagnostics: { fatal?: boolean }[] }[];
    expect(parsed.map((f) => f.path)).toEqual([SAMPLE, FIXED, 'missing.txt', notPlan]);
    expect(parsed[2]?.diagnostics[0]?.fatal).toBe(true);
    expect(parsed[0]?.errorCount).toBe(3);

    const github = runCli(['validate', ...files, '--format', 'github']);
    expect(github.code).toBe(2);
    expect(github.stdout).toContain('::error file=missing.txt,title=fatal::no such file');
    expect(github.stdout).toContain(`::error file=${SAMPLE},line=111`);

    const sarif = runCli(['validate', ...files, '--format', 'sarif']);
    expect(sarif.code).toBe(2);
    const run = JSON.parse(sarif.stdout).runs[0];
    expect(run.invocations[0].toolExecutionNotifications).toHaveLength(2);
    expect(run.results.some((x: { ruleId: string }) => x.ruleId === 'task-owner-mismatch')).toBe(true);
  });

  it('plan tasks, units, show and export over several files: the readable files, a line for the bad one, exit 2', () => {
    const tasks = runCli(['tasks', SAMPLE, 'missing.txt', '--unit', 'Sở Giáo dục', '--format', 'json']);
    expect(tasks.code).toBe(2);
    expect((JSON.parse(tasks.stdout) as { id: string }[]).map((t) => t.id)).toEqual(['II.7']);
    expect(tasks.stderr).toBe('plan: missing.txt: no such file\n');

    const units = runCli(['units', 'missing.txt', SAMPLE, '--format', 'json']);
    expect(units.code).toBe(2);
    expect(units.stdout).toContain('Sở Giáo dục và Đào tạo');
    expect(units.stderr).toBe('plan: missing.txt: no such file\n');

    const show = runCli(['show', SAMPLE, 'missing.txt']);
    expect(show.code).toBe(2);
    expect(show.stdout).toContain('Kế hoạch số 446/KH-UBND');

    const exp = runCli(['export', SAMPLE, 'missing.txt', FIXED]);
    expect(exp.code).toBe(2);
    const plans = JSON.parse(exp.stdout) as { source: { path: string } }[];
    expect(plans.map((p) => p.source.path)).toEqual([SAMPLE, FIXED]);
    expect(exp.stderr).toBe('plan: missing.txt: no such file\n');

    const only = runCli(['export', 'missing.txt']);
    expect(only).toMatchObject({ code: 2, stdout: '', stderr: 'plan: missing.txt: no such file\n' });
  });

  it('a file name and its error pass the terminal-safe filter; a name never starts a line with "::"', () => {
    const evil = join(dir, '::warning::x\x1b[2J.txt');
    const r = runCli(['validate', '::error::evil.txt', evil]);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('\x1b');
    expect(r.stderr).not.toContain('\x1b');
    for (const line of r.stdout.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
    expect(r.stdout).toContain('./::error::evil.txt\n');
  });

  it('--explain never starts a line with "::" either', () => {
    writeFileSync(join(dir, '::x.txt'), readFileSync(join(ROOT, SAMPLE)));
    const r = runCli(['validate', '--explain', '--quiet', '::x.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('./::x.txt: duty ↔ task pairings');
    for (const line of r.stdout.split('\n')) expect(line.trimStart().startsWith('::')).toBe(false);
  });
});
