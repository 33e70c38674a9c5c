/**
 * Issue 14, item 1: `--out` writes only regular files (src/cli/write-out.ts). Before, a device
 * or a named pipe given as --out was replaced by an ordinary file (rename over it), the
 * temporary file had a predictable name (.NAME.PID.tmp) opened without O_EXCL, a hard link to
 * the input was overwritten, a replaced file lost its permission bits, and an interrupted
 * write left its temporary file behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';
import { generateLargePlan } from '../../scripts/gen-large-plan.mjs';
import { tempDir } from '../setup/temp.js';

const SAMPLE = join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt');
const fresh = (): string => tempDir('kehoach-out-');
const refusal = (out: string, kind: string): string =>
  `plan: --out ${out} is ${kind}, not a regular file; refusing to replace it (use --out - and the shell's > to write into it)\n`;

describe('--out replaces only a regular file', () => {
  it('refuses /dev/null instead of replacing the device with a file', async () => {
    const r = await runCli(['export', SAMPLE, '--format', 'json', '--out', '/dev/null']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal('/dev/null', 'a character device'));
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('refuses a named pipe and leaves it a pipe', async () => {
    const dir = fresh();
    const fifo = join(dir, 'out.json');
    spawnSync('mkfifo', [fifo]);
    const r = await runCli(['export', SAMPLE, '--out', fifo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal(fifo, 'a named pipe'));
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('refuses a folder', async () => {
    const dir = fresh();
    const folder = join(dir, 'out.json');
    mkdirSync(folder);
    const r = await runCli(['export', SAMPLE, '--out', folder]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(refusal(folder, 'a folder'));
  });

  it('writes a new file, leaving nothing else in the folder', async () => {
    const dir = fresh();
    const r = await runCli(['tasks', SAMPLE, '--out', join(dir, 'tasks.csv')]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir)).toEqual(['tasks.csv']);
    expect(readFileSync(join(dir, 'tasks.csv'), 'utf8')).toMatch(/^\uFEFFNo\.,Task,/);
  });
});

describe('--out never writes over an input', () => {
  /** A copy of the sample as the input, and a second name for it made by `link`; returns both. */
  function inputAndLink(link: (input: string, other: string) => void): { input: string; other: string } {
    const dir = fresh();
    const input = join(dir, 'plan.txt');
    writeFileSync(input, readFileSync(SAMPLE));
    link(input, join(dir, 'other.json'));
    return { input, other: join(dir, 'other.json') };
  }

  it('refuses a hard link to the input', async () => {
    const { input, other } = inputAndLink(linkSync);
    const r = await runCli(['export', input, '--out', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: --out ${other} is one of the input files; refusing to overwrite it\n`);
    expect(readFileSync(other)).toEqual(readFileSync(SAMPLE));
  });

  it('refuses a symbolic link to the input', async () => {
    const { input, other } = inputAndLink((target, path) => symlinkSync(target, path));
    const r = await runCli(['export', input, '--out', other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: --out ${other} is one of the input files; refusing to overwrite it\n`);
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));
  });

  it('refuses the file standard input was redirected from', () => {
    const dir = fresh();
    const input = join(dir, 'plan.json');
    writeFileSync(input, readFileSync(SAMPLE));
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', `node bin/plan.js export - --out '${input}' < '${input}'`], { cwd: ROOT, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_LANG: 'en' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is one of the input files; refusing to overwrite it\n$/);
    expect(readFileSync(input)).toEqual(readFileSync(SAMPLE));
  });
});

describe('what a replaced file keeps', () => {
  it('keeps the permission bits of the file it replaces', async () => {
    const dir = fresh();
    const out = join(dir, 'tasks.json');
    writeFileSync(out, 'old');
    chmodSync(out, 0o640);
    expect((await runCli(['tasks', SAMPLE, '--out', out])).code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o640);
    expect((JSON.parse(readFileSync(out, 'utf8')) as unknown[]).length).toBe(17);
  });

  it('follows a symbolic link: the file it points to is replaced, the link stays', async () => {
    const dir = fresh();
    const real = join(dir, 'real.json');
    writeFileSync(real, 'old');
    symlinkSync('real.json', join(dir, 'link.json'));
    expect((await runCli(['tasks', SAMPLE, '--out', join(dir, 'link.json')])).code).toBe(0);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('real.json');
    expect((JSON.parse(readFileSync(real, 'utf8')) as unknown[]).length).toBe(17);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'real.json']);
  });
});

describe('the temporary file', () => {
  /**
   * Starts `plan export BIG --out DIR/out.json`, and calls `onTemp` with the temporary file's
   * name as soon as it appears in DIR. The plan is large (its JSON is about 20 MB), so the
   * write lasts long enough for the watcher to see it.
   */
  function exportWatched(onTemp: (name: string, child: ReturnType<typeof spawn>) => void): Promise<{ code: number | null; signal: NodeJS.Signals | null; dir: string; temp: string | null }> {
    const dir = fresh();
    const input = join(fresh(), 'plan.txt');
    writeFileSync(input, generateLargePlan(12_000));
    return new Promise((done) => {
      const child = spawn(process.execPath, [join(ROOT, 'bin/plan.js'), 'export', input, '--out', join(dir, 'out.json')], { stdio: 'ignore' });
      let temp: string | null = null;
      const watcher = watch(dir, (_event, name) => {
        if (temp === null && name !== null && name !== 'out.json') {
          temp = name;
          onTemp(name, child);
        }
      });
      child.on('exit', (code, signal) => {
        watcher.close();
        done({ code, signal, dir, temp });
      });
    });
  }

  it('has an unpredictable name, beside the target', async () => {
    const names: string[] = [];
    for (let i = 0; i < 2; i++) {
      const r = await exportWatched((name) => names.push(name));
      expect(r.code).toBe(0);
      expect(readdirSync(r.dir)).toEqual(['out.json']);
    }
    for (const name of names) expect(name).toMatch(/^\.out\.json\.[0-9a-f]{16}\.tmp$/);
    expect(names[0]).not.toBe(names[1]);
  }, 120_000);

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    it(`is removed when ${signal} interrupts the write, and the process ends by that signal`, async () => {
      const r = await exportWatched((_name, child) => child.kill(signal));
      expect(r.temp).not.toBeNull();
      expect(r.signal).toBe(signal);
      expect(readdirSync(r.dir)).toEqual([]);
    }, 120_000);
  }
});
