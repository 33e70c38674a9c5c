/**
 * bin/plan.js compiles dist/cli.cjs with V8's code cache, dist/cli.cache, made by the build
 * (issue 19). The cache may only make a run faster: with it, without it, or with one V8 refuses,
 * a run writes the same bytes and nothing on standard error. Each case runs a copy of bin/ and
 * dist/ in a folder of its own, so that the package's dist/ is never changed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnCli } from '../setup/cli.js';
import { fileTempDir } from '../setup/temp.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SAMPLE = path.join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt');
const PDF = path.join(ROOT, 'fixtures/formats/446.pdf');
const TRACE = { KEHOACH_TRACE_CODE_CACHE: '1' };
// Made in beforeAll, removed after the file by test/setup/temp-cleanup.ts: made while the file
// was collected, with an afterAll of its own, the folder stayed after runs where the file
// shared its worker with others (isolate: false).
let temp = '';

/** A copy of the built CLI whose dist/cli.cache is `cache` (absent when null). */
function copyOfCli(name: string, cache: Uint8Array | 'built' | null): string {
  const dir = path.join(temp, name);
  mkdirSync(path.join(dir, 'bin'), { recursive: true });
  mkdirSync(path.join(dir, 'dist'));
  // bin/package.json makes bin/plan.js CommonJS in a package of ES modules.
  for (const f of ['bin/plan.js', 'bin/package.json']) copyFileSync(path.join(ROOT, f), path.join(dir, f));
  copyFileSync(path.join(ROOT, 'dist/cli.cjs'), path.join(dir, 'dist/cli.cjs'));
  if (cache === 'built') copyFileSync(path.join(ROOT, 'dist/cli.cache'), path.join(dir, 'dist/cli.cache'));
  else if (cache !== null) writeFileSync(path.join(dir, 'dist/cli.cache'), cache);
  writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  // pdf.js stays outside the bundle: it is found in the package's node_modules.
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function run(dir: string, args: readonly string[]): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(dir, 'bin/plan.js'), ...args], {
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_LANG: 'en', ...TRACE },
    encoding: 'utf8',
    input: '',
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the code cache of bin/plan.js', () => {
  it('is taken by V8 after a build on this Node', () => {
    const r = spawnCli(['--version'], { env: TRACE });
    expect(r.stderr).toBe('plan: code cache accepted\n');
  });

  const cases = { built: '', missing: '', refused: '' };
  beforeAll(() => {
    temp = fileTempDir('kehoach-code-cache-');
    cases.built = copyOfCli('built', 'built');
    cases.missing = copyOfCli('missing', null);
    // Bytes no V8 version would take for its cache: V8 checks a magic number first.
    cases.refused = copyOfCli('refused', new TextEncoder().encode('not a code cache\n'.repeat(64)));
  });

  it.each([
    ['the sample, tasks of one unit', ['tasks', SAMPLE, '--unit', 'Sở Giáo dục', '--format', 'json']],
    ['the sample, validate (exit 1)', ['validate', SAMPLE]],
    // pdf.js is imported by the bundle through bin/plan.js's import(): it must work with a cache too.
    ['the sample as a PDF', ['tasks', PDF, '--group', 'I', '--format', 'json']],
  ])('changes nothing in what a run writes: %s', (_, args) => {
    const built = run(cases.built, args);
    const missing = run(cases.missing, args);
    const refused = run(cases.refused, args);
    expect(built.stderr).toBe('plan: code cache accepted\n');
    expect(missing.stderr).toBe('plan: code cache missing\n');
    expect(refused.stderr).toBe('plan: code cache rejected\n');
    expect(built.stdout.length).toBeGreaterThan(0);
    expect({ code: missing.code, stdout: missing.stdout }).toEqual({ code: built.code, stdout: built.stdout });
    expect({ code: refused.code, stdout: refused.stdout }).toEqual({ code: built.code, stdout: built.stdout });
  });

  it('the PDF run reads the sample’s group I: tasks I.1 to I.3', () => {
    const r = run(cases.built, ['tasks', PDF, '--group', 'I', '--format', 'json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id)).toEqual(['I.1', 'I.2', 'I.3']);
  });
});
