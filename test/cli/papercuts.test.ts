/**
 * Issue 20, "Small things a daily user trips on": a CLI scenario per item, each recording the
 * exit code, standard output and standard error.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
const fresh = (): string => mkdtempSync(join(tmpdir(), 'kehoach-papercut-'));
const ESC = '\x1b[';

describe('1. help exit codes', () => {
  it('plan help prints the help on stdout and exits 0', () => {
    const r = runCli(['help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: plan \[options\] \[command\]\n/);
    expect(r.stdout).toContain('tasks [options] [files...]');
    expect(r.stderr).toBe('');
  });

  it('plan help tasks prints the help of tasks and exits 0, as plan tasks --help does', () => {
    const r = runCli(['help', 'tasks']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: plan tasks \[options\] \[files\.\.\.\]\n/);
    expect(r.stdout).toBe(runCli(['tasks', '--help']).stdout);
    expect(r.stderr).toBe('');
  });

  it('plan help bogus says the command is unknown and lists the commands, exit 2', () => {
    const r = runCli(['help', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("plan: unknown command 'bogus'; the commands are show, tasks, units, objectives, content, query, validate, export\n");
  });

  it('plan help taks names the closest command, exit 2', () => {
    const r = runCli(['help', 'taks']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("plan: unknown command 'taks'\n(Did you mean tasks?)\n");
  });

  it('plan with no command still shows the help as a usage error, exit 2', () => {
    const r = runCli([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: plan/);
  });
});

describe('2. one --out extension rule for every command', () => {
  it('tasks --out tasks.pdf is refused, naming the formats tasks writes; no file is made', () => {
    const dir = fresh();
    const r = runCli(['tasks', SAMPLE, '--out', join(dir, 'tasks.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `plan: --out ${join(dir, 'tasks.pdf')}: the extension .pdf names no format tasks writes; name one with --format (table, json, yaml, csv, md) or end the name in .txt, .json, .yaml, .yml, .csv, .md, .markdown\n`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('export --out plan.yaml writes YAML, as tasks --out tasks.yaml does', () => {
    const dir = fresh();
    const r = runCli(['export', SAMPLE, '--out', join(dir, 'plan.yaml')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    const yaml = readFileSync(join(dir, 'plan.yaml'), 'utf8');
    expect(yaml).toMatch(/^schemaVersion: 1\nsource:\n/);
    expect(runCli(['tasks', SAMPLE, '--out', join(dir, 'tasks.yaml')]).code).toBe(0);
    expect(readFileSync(join(dir, 'tasks.yaml'), 'utf8')).toMatch(/^- id: I\.1\n/);
  });

  it('export --out plan.csv is refused: export writes json and yaml', () => {
    const r = runCli(['export', SAMPLE, '--out', join(fresh(), 'plan.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/: export does not write csv; it writes json, yaml \(name one with --format\)\n$/);
  });

  it('show --out overview.html is refused naming what show writes', () => {
    const r = runCli(['show', SAMPLE, '--out', join(fresh(), 'overview.html')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the extension \.html names no format show writes; name one with --format \(table, md, json, yaml\)/);
  });

  it('an explicit --format that disagrees with the extension is obeyed, with a warning', () => {
    const dir = fresh();
    const out = join(dir, 'tasks.json');
    const r = runCli(['tasks', SAMPLE, '--format', 'csv', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`plan: warning: --format csv writes csv into ${out}, whose extension .json says json\n`);
    expect(readFileSync(out, 'utf8')).toMatch(/^\uFEFFSTT,/);
  });

  it('an explicit --format with an unknown extension writes that format, without a warning', () => {
    const dir = fresh();
    const r = runCli(['export', SAMPLE, '--format', 'json', '--out', join(dir, 'plan.data')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'plan.data'), 'utf8')) as { tasks: unknown[] }).tasks).toHaveLength(17);
  });
});

describe('3. FORCE_COLOR=0 is honoured', () => {
  /** Runs the CLI on a pseudo-terminal (util-linux `script`), so that colour would be on by default. */
  function onTerminal(env: Record<string, string>, args = ''): string {
    const r = spawnSync('script', ['-qec', `node bin/plan.js tasks ${SAMPLE} --group I ${args}`, '/dev/null'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm', ...env },
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    return r.stdout;
  }

  it('colours a terminal by default, and not with FORCE_COLOR=0, NO_COLOR or --no-color', () => {
    expect(onTerminal({})).toContain(`${ESC}1mSTT${ESC}22m`);
    expect(onTerminal({ FORCE_COLOR: '0' })).not.toContain(ESC);
    expect(onTerminal({ FORCE_COLOR: 'false' })).not.toContain(ESC);
    expect(onTerminal({ NO_COLOR: '1' })).not.toContain(ESC);
    expect(onTerminal({}, '--no-color')).not.toContain(ESC);
    expect(onTerminal({ FORCE_COLOR: '0' })).toContain('│ STT │');
  });

  it('FORCE_COLOR=1 colours a pipe too (chalk\'s convention), but never a file named with --out', () => {
    const piped = runCli(['tasks', SAMPLE, '--group', 'I'], { env: { FORCE_COLOR: '1', NO_COLOR: '' } });
    expect(piped.code).toBe(0);
    expect(piped.stdout).toContain(`${ESC}1mSTT${ESC}22m`);
    const out = join(fresh(), 'tasks.txt');
    expect(runCli(['tasks', SAMPLE, '--group', 'I', '--out', out], { env: { FORCE_COLOR: '1' } }).code).toBe(0);
    expect(readFileSync(out, 'utf8')).not.toContain(ESC);
    expect(readFileSync(out, 'utf8')).toContain('│ STT │');
  });
});
