/**
 * Issue 14, item 2: the size limit holds for every input, read through one chunked, capped
 * reader (src/cli/read-input.ts): devices, named pipes, process substitution, files named
 * under `plans:` in the config, and the config file itself. Before, `plan export /dev/zero`
 * grew without end, because stat() says 0 bytes for a device and the file was read whole.
 * Each case would hang or exhaust memory if the limit were not applied while reading; the
 * test's timeout is the hang guard.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli, ROOT } from '../setup/cli.js';
import { tempDir } from '../setup/temp.js';

const SAMPLE = join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt');
const overLimit = (file: string, what: string, limit: string): string =>
  `plan: ${file}: ${what} is over the limit of ${limit}; raise it with --max-size if this is really a plan\n`;

/** Runs a command line in bash, for its process substitution; NO_COLOR as runCli does. */
function bash(script: string): { code: number; stdout: string; stderr: string } {
  const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_LANG: 'en' }, encoding: 'utf8', maxBuffer: 1 << 26 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

describe('the size limit for inputs that are not regular files', () => {
  it('stops reading /dev/zero at the default limit of 50 MB (bin/plan.js, a process of its own)', () => {
    const r = spawnCli(['export', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(overLimit('/dev/zero', 'the device', '50.0 MB'));
    expect(r.stdout).toBe('');
  });

  it('stops reading /dev/zero at --max-size', async () => {
    const r = await runCli(['export', '/dev/zero', '--max-size', '100000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(overLimit('/dev/zero', 'the device', '97.7 KB'));
  });

  it('applies the limit to process substitution (a pipe under /dev/fd)', () => {
    const r = bash(`node bin/plan.js export <(head -c 200000 /dev/zero) --max-size 100000`);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^plan: \/dev\/fd\/\d+: the pipe is over the limit of 97\.7 KB; raise it with --max-size if this is really a plan\n$/);
  });

  it('reads a plan through process substitution when it is under the limit', () => {
    const r = bash(`node bin/plan.js tasks <(cat fixtures/446-KH-UBND-2019-ha-tinh.txt) --format json`);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(17);
  });

  it('applies the limit to a named pipe', () => {
    const dir = tempDir('kehoach-fifo-');
    const fifo = join(dir, 'plan.txt');
    const r = bash(`mkfifo '${fifo}' && (head -c 200000 /dev/zero > '${fifo}' 2>/dev/null &) && node bin/plan.js export '${fifo}' --max-size 100000`);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(overLimit(fifo, 'the pipe', '97.7 KB'));
  });

  it('applies the limit to standard input from a device', () => {
    const r = bash('node bin/plan.js export - --max-size 100000 < /dev/zero');
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(overLimit('-', 'standard input', '97.7 KB'));
  });
});

describe('the size limit for what plan.config.yaml names, and for the config itself', () => {
  it('applies the limit to a device listed under plans:', async () => {
    const dir = tempDir('kehoach-config-');
    writeFileSync(join(dir, 'plan.config.yaml'), 'plans:\n  - /dev/zero\n');
    const r = await runCli(['tasks', '--max-size', '100000'], { cwd: dir, noStdin: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(overLimit('/dev/zero', 'the device', '97.7 KB'));
  });

  it('applies the limit to the config file', async () => {
    const r = await runCli(['tasks', SAMPLE, '--config', '/dev/zero', '--max-size', '100000']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(overLimit('/dev/zero', 'the device', '97.7 KB'));
  });

  it('still reads a plan listed under plans: that is under the limit', async () => {
    const dir = tempDir('kehoach-config-');
    writeFileSync(join(dir, 'plan.txt'), readFileSync(SAMPLE));
    writeFileSync(join(dir, 'plan.config.yaml'), 'plans:\n  - plan.txt\n');
    const r = await runCli(['tasks', '--format', 'json'], { cwd: dir, noStdin: true });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBe(17);
  });
});

describe('a YAML alias bomb in plan.config.yaml (issue 14, item 6)', () => {
  // "Billion laughs": each level lists the one before nine times, so nine levels stand for 9^9
  // strings. The text is 400 bytes.
  const levels = 'abcdefghi'.split('');
  const bomb = levels
    .map((name, i) => (i === 0 ? `${name}: &${name} [x, x, x, x, x, x, x, x, x]` : `${name}: &${name} [${Array(9).fill(`*${levels[i - 1]}`).join(', ')}]`))
    .join('\n');

  it('is a config error naming the file, exit 2, with no stack trace', async () => {
    const dir = tempDir('kehoach-bomb-');
    const config = join(dir, 'plan.config.yaml');
    writeFileSync(config, `${bomb}\n`);
    const r = await runCli(['tasks', SAMPLE, '--config', config]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${config}: not a usable config: anchors and aliases expand to more than 100 nodes\n`);
  });

  it('is found in the folder as well as through --config', async () => {
    const dir = tempDir('kehoach-bomb-');
    writeFileSync(join(dir, 'plan.config.yaml'), `${bomb}\n`);
    const r = await runCli(['tasks', SAMPLE], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/plan\.config\.yaml: not a usable config: anchors and aliases expand to more than 100 nodes\n$/);
  });

  it('still reads a config that uses a few aliases', async () => {
    const dir = tempDir('kehoach-alias-');
    const config = join(dir, 'plan.config.yaml');
    writeFileSync(config, 'aliases:\n  Sở Thông tin và Truyền thông: &stt [Sở TT-TT]\n  Sở TT&TT: *stt\n');
    const r = await runCli(['tasks', SAMPLE, '--config', config, '--format', 'json']);
    expect(r.code).toBe(0);
  });
});
