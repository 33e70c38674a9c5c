/**
 * `--jobs N` (issue 19): validate, export and tasks read many files on every core, and write
 * exactly what one thread writes, in the order of the arguments, every file reported.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../setup/cli.js';

// Every plan of the corpus (text, Markdown, .docx, .doc and the PDF).
const CORPUS = readdirSync('fixtures/corpus', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => `fixtures/corpus/${d.name}/${readdirSync(`fixtures/corpus/${d.name}`).find((f) => f.startsWith('input.'))}`)
  .sort();
// Three text and Markdown plans (quick to read), with a file that does not exist and one that is
// no plan in the middle, so that failures keep their place too: with two workers each command
// has files in flight on both sides of the failures (a worker takes up to four files ahead, so
// more plans add time, not cases). A plan of every format goes through --jobs in the jsonl test.
const TEXTS = CORPUS.filter((f) => /\.(txt|md)$/.test(f));
const FILES = [...TEXTS.slice(0, 2), 'missing.txt', 'package.json', ...TEXTS.slice(2, 3)];
// One plan of each format (text, Markdown, .docx, .doc, PDF) and two more texts: every reader
// goes through the workers, with files of other formats in flight on both sides (the whole
// corpus took 8 s of the suite's time for nothing more).
const EACH_FORMAT = [...new Map(CORPUS.map((f) => [f.slice(f.lastIndexOf('.')), f])).values(), ...TEXTS.slice(0, 2)];
const GUARD_MS = 240_000;

describe('--jobs 2 writes what --jobs 1 writes, byte for byte', () => {
  it('has the corpus to work on', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(13);
    expect(CORPUS.some((f) => f.endsWith('.pdf'))).toBe(true);
    expect(TEXTS.length).toBeGreaterThanOrEqual(8);
  });

  it(
    'export --format jsonl of a corpus plan of every format, in reverse order: the models in the order of the arguments',
    async () => {
      const reversed = [...EACH_FORMAT].reverse();
      expect(new Set(reversed.map((f) => f.slice(f.lastIndexOf('.'))))).toEqual(new Set(['.txt', '.md', '.docx', '.doc', '.pdf']));
      const one = await runCli(['export', ...reversed, '--format', 'jsonl', '--jobs', '1']);
      const two = await runCli(['export', ...reversed, '--format', 'jsonl', '--jobs', '2']);
      expect(one.code).toBe(0);
      expect(two).toEqual(one);
      const paths = two.stdout
        .trimEnd()
        .split('\n')
        .map((line) => (JSON.parse(line) as { source: { path: string } }).source.path);
      expect(paths).toEqual(reversed);
    },
    GUARD_MS,
  );

  it.each([
    ['validate (stylish)', ['validate']],
    ['validate --format json', ['validate', '--format', 'json']],
    ['validate --format sarif', ['validate', '--format', 'sarif']],
    ['export (a JSON array)', ['export']],
    ['export --format yaml', ['export', '--format', 'yaml']],
    ['tasks --format json', ['tasks', '--format', 'json']],
    ['tasks --unit "Sở Tư pháp" (table)', ['tasks', '--unit', 'Sở Tư pháp']],
  ])(
    '%s',
    async (_name, args) => {
      const [command, ...options] = args as [string, ...string[]];
      const one = await runCli([command, ...FILES, ...options, '--jobs', '1']);
      const two = await runCli([command, ...FILES, ...options, '--jobs', '2']);
      expect(one.code).toBe(2);
      expect(two).toEqual(one);
      // Each unreadable file has its one line on stderr, in argument order.
      expect(one.stderr.split('\n').filter((l) => /^plan: (missing\.txt|package\.json): /.test(l))).toHaveLength(2);
    },
    GUARD_MS,
  );
});

describe('--jobs and --format jsonl on the command line', () => {
  const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
  const FIXED = 'fixtures/446-corrected.txt';

  it.each(['0', '-1', 'two', '1.5', '257'])('--jobs %s is a usage error', async (n) => {
    const r = await runCli(['validate', SAMPLE, '--jobs', n]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(n.startsWith('-') ? /^plan: / : /^plan: --jobs takes a whole number from 1 to 256, not ".*"\n$/);
  });

  it('--jobs is refused by a query kind other than tasks', async () => {
    const r = await runCli(['query', 'units', SAMPLE, '--jobs', '2']);
    expect(r).toMatchObject({ code: 2, stderr: 'plan: --jobs applies to tasks; units reads its files in one thread\n' });
  });

  it('export --format jsonl: one line per plan, each the model export writes', async () => {
    const r = await runCli(['export', SAMPLE, FIXED, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0] ?? '')).toEqual(JSON.parse((await runCli(['export', SAMPLE])).stdout));
    expect(JSON.parse(lines[1] ?? '')).toEqual(JSON.parse((await runCli(['export', FIXED])).stdout));
  });

  it('a .jsonl --out picks JSON Lines', async () => {
    const r = await runCli(['export', SAMPLE, '--out', '-', '--format', 'jsonl']);
    const dir = await runCli(['export', SAMPLE, '--out', '/dev/null/x.jsonl']);
    expect(r.stdout.split('\n')).toHaveLength(2);
    // The extension chose jsonl: the error is about the path, not the format.
    expect(dir.stderr).not.toMatch(/format/);
  });

  it('a single file that cannot be read writes nothing, whatever --jobs says', async () => {
    expect(await runCli(['export', 'missing.txt', '--jobs', '4'])).toEqual({ code: 2, stdout: '', stderr: 'plan: missing.txt: no such file\n' });
  });
});
