import { readFileSync, writeFileSync, existsSync, readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';
import { fileTempDir, tempDir } from '../setup/temp.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';

describe('plan export', () => {
  it('prints the model as JSON by default', async () => {
    const r = await runCli(['export', SAMPLE]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const plan = JSON.parse(r.stdout) as { schemaVersion: number; document: { number: string }; tasks: unknown[]; source: { path: string } };
    expect(plan.schemaVersion).toBe(1);
    expect(plan.document.number).toBe('446/KH-UBND');
    expect(plan.tasks).toHaveLength(17);
    expect(plan.source.path).toBe(SAMPLE);
  });

  it('prints the same data as YAML', async () => {
    const r = await runCli(['export', SAMPLE, '--format', 'yaml']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('number: 446/KH-UBND');
    expect(r.stdout).not.toMatch(/&a\d|\*a\d/); // no YAML anchors: every task carries its own group
  });

  it('reads standard input when FILE is -', async () => {
    const r = await runCli(['export', '-'], { input: readFileSync(join(ROOT, SAMPLE)) });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { source: { path: null }; tasks: unknown[] };
    expect(plan.source.path).toBeNull();
    expect(plan.tasks).toHaveLength(17);
  });

  it('writes --out through a temporary file and refuses to overwrite the input', async () => {
    const dir = tempDir('kehoach-');
    const out = join(dir, 'plan.json');
    expect((await runCli(['export', SAMPLE, '--out', out])).code).toBe(0);
    expect((JSON.parse(readFileSync(out, 'utf8')) as { tasks: unknown[] }).tasks).toHaveLength(17);
    expect(readdirSync(dir)).toEqual(['plan.json']);

    const input = join(dir, 'plan.txt');
    writeFileSync(input, readFileSync(join(ROOT, SAMPLE)));
    // --format json: .txt names the table format, which export does not write.
    const r = await runCli(['export', input, '--format', 'json', '--out', input]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite/);
    expect(readFileSync(input)).toEqual(readFileSync(join(ROOT, SAMPLE)));
  });

  it('leaves an existing output untouched when the run fails', async () => {
    const dir = tempDir('kehoach-');
    const out = join(dir, 'keep.json');
    writeFileSync(out, 'previous content');
    const r = await runCli(['export', join(dir, 'missing.txt'), '--out', out]);
    expect(r.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('previous content');
  });
});

describe('bad input: one line on stderr naming the file, exit 2, no stack trace', () => {
  const dir = fileTempDir('kehoach-bad-');
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const noPlan = join(dir, 'notes.txt');
  writeFileSync(noPlan, 'Hôm nay trời đẹp.\n\nChúng tôi đi chơi.\n');
  const binary = join(dir, 'image.png');
  writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  const folder = join(dir, 'folder');
  mkdirSync(folder);

  it.each([
    ['a missing path', join(dir, 'nope.txt'), /no such file/],
    ['a directory', folder, /is a directory/],
    ['an empty file', empty, /empty/],
    ['a file with no part of a plan', noPlan, /no part of a plan/],
    ['a binary file', binary, /binary|not a plan/],
  ])('%s', async (_what, path, message) => {
    const r = await runCli(['export', path]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^plan: /);
    expect(lines[0]).toContain(path);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('an unknown --format is a usage error', async () => {
    const r = await runCli(['export', SAMPLE, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--format/);
  });

  it('a plan without an appendix is a model with no tasks, not an error', async () => {
    const text = readFileSync(join(ROOT, SAMPLE), 'utf8');
    const cut = text.slice(0, text.indexOf('Phụ lục'));
    const r = await runCli(['export', '-'], { input: cut });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as { tasks: unknown[]; appendices: unknown[]; responsibilities: unknown[] };
    expect(plan.tasks).toEqual([]);
    expect(plan.appendices).toEqual([]);
    expect(plan.responsibilities).toHaveLength(7);
  });
});

it('the README quick start uses files that exist', () => {
  expect(existsSync(join(ROOT, SAMPLE))).toBe(true);
});

describe('usage errors speak as the tool (exit 2, "plan: …")', () => {
  it.each([
    [['foo'], /^plan: unknown command 'foo'/],
    [['tasks', SAMPLE, '--role', 'boss'], /^plan: option '-r, --role <role>' argument 'boss' is invalid/],
  ])('%j', async (args, message) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  it('no command: the help, on stderr, exit 2; --help and --version exit 0', async () => {
    const bare = await runCli([]);
    expect(bare.code).toBe(2);
    expect(bare.stderr).toMatch(/^Usage: plan/);
    expect((await runCli(['--help'])).code).toBe(0);
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: '0.1.0\n' });
  });
});
