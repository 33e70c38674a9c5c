/**
 * bin/plan.js as a process of its own, end to end: the rest of the CLI scenarios run main() in
 * this process (test/setup/cli.ts). .ci/run also runs this file under each supported Node line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnCli } from '../setup/cli.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe(`bin/plan.js on Node ${process.version}`, () => {
  it('--version prints the package version, exit 0', () => {
    const r = spawnCli(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('tasks reads the sample named on the command line: its 17 appendix tasks', () => {
    const r = spawnCli(['tasks', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id);
    expect(ids).toEqual(['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2', 'IV.3']);
  });

  it('reads a plan piped into standard input', () => {
    const r = spawnCli(['tasks', '--group', 'I', '--format', 'json'], { input: readFileSync(SAMPLE) });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id)).toEqual(['I.1', 'I.2', 'I.3']);
  });

  it('validate ends with exit 1 when it finds an error (the sample gives Trung tâm Xúc tiến Đầu tư duties no task of its own matches)', () => {
    const r = spawnCli(['validate', SAMPLE]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error +Section IV\.5 gives "Trung tâm Xúc tiến Đầu tư tỉnh" the duty/);
  });

  it("the README's first command: the sample's one task for Sở Giáo dục, in a table", () => {
    const r = spawnCli(['tasks', SAMPLE, '--unit', 'Sở Giáo dục']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    // Appendix row II.7: "Hưởng ứng và tham gia các hoạt động do Bộ Giáo dục và đào tạo …".
    expect([...r.stdout.matchAll(/^│ ([IVX]+\.\d+)/gm)].map((m) => m[1])).toEqual(['II.7']);
    expect(r.stdout).toMatch(/^│ II\.7 +│ Hưởng ứng và tham gia/m);
  });

  it('export --format json: the model of the sample, its number and 17 tasks', () => {
    const r = spawnCli(['export', SAMPLE, '--format', 'json']);
    expect(r.code).toBe(0);
    const model = JSON.parse(r.stdout) as { document: { number: string }; tasks: unknown[] };
    expect(model.document.number).toBe('446/KH-UBND');
    expect(model.tasks).toHaveLength(17);
  });

  it('reads the sample as a .docx: the same 17 tasks', () => {
    const r = spawnCli(['tasks', 'fixtures/formats/446.docx', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id)).toEqual(['I.1', 'I.2', 'I.3', 'II.1', 'II.2', 'II.3', 'II.4', 'II.5', 'II.6', 'II.7', 'II.8', 'III.1', 'III.2', 'III.3', 'IV.1', 'IV.2', 'IV.3']);
  });

  it('a missing file is one line on stderr and exit 2', () => {
    expect(spawnCli(['show', 'nope.txt'])).toEqual({ code: 2, stdout: '', stderr: 'plan: nope.txt: no such file\n' });
  });
});
