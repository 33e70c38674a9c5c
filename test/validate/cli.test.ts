import { describe, expect, it } from 'vitest';
import { runCli } from '../setup/cli.js';

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
  it('the corrected copy exits 0; with --max-warnings 0 its warnings fail it', () => {
    expect(runCli(['validate', FIXED]).code).toBe(0);
    expect(runCli(['validate', FIXED, '--max-warnings', '0']).code).toBe(1);
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
    expect(r.stdout).toContain(`${SAMPLE}:111:1  error`);
    expect(r.stdout).toContain(`::error file=${SAMPLE},line=111,col=1,title=task-owner-mismatch::`);
    expect(runCli(['validate', SAMPLE, '--format', 'json'], { env: { GITHUB_ACTIONS: 'true' } }).stdout).not.toContain('::error');
  });
  it('--explain prints every pairing with its score', () => {
    const r = runCli(['validate', SAMPLE, '--explain', '--quiet']);
    expect(r.stdout).toMatch(/IV\.5 duty 1\s+↔ task II\.1\s+0\.80  paired/);
    expect(r.stdout).toMatch(/IV\.1 duty 1\s+↔ task II\.5\s+0\.25  below threshold/);
  });
});
