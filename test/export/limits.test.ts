import { openSync, closeSync, ftruncateSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';
import { tempDir } from '../setup/temp.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';

describe('the size limit (default 50 MB, --max-size)', () => {
  it('refuses a file over 50 MB before reading it', async () => {
    const dir = tempDir('kehoach-big-');
    const big = join(dir, 'big.txt');
    // A sparse file: 51 MB long, no disk used, never read.
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 51 * 1024 * 1024);
    closeSync(fd);
    const r = await runCli(['export', big]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${big}: the file is 51.0 MB, over the limit of 50.0 MB; raise it with --max-size if this is really a plan\n`);
  });

  it('--max-size lowers the limit for files and for standard input', async () => {
    const file = await runCli(['export', SAMPLE, '--max-size', '10000']);
    expect(file.code).toBe(2);
    expect(file.stderr).toMatch(/over the limit of 9\.8 KB/);
    const stdin = await runCli(['export', '-', '--max-size', '10000'], { input: readFileSync(join(ROOT, SAMPLE)) });
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toMatch(/^plan: -: standard input is over the limit of 9\.8 KB/);
    expect((await runCli(['export', SAMPLE, '--max-size', '100000'])).code).toBe(0);
  });

  it('--max-size must be a number of bytes', async () => {
    const r = await runCli(['export', SAMPLE, '--max-size', '5MB']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--max-size takes a number of bytes/);
  });
});
