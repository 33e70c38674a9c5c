/**
 * Issue 14, item 7: file names reach the terminal in error lines, notes and headers, and a file
 * name can hold escape sequences (a glob under `plans:` matches whatever was committed). They
 * pass through the same terminal-safe filter as document text.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, ROOT } from '../setup/cli.js';
import { fileTempDir } from '../setup/temp.js';

const SAMPLE = join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt');
// OSC 0 retitles the window; CSI 2J clears the screen.
const HOSTILE = 'ke\x1b]0;pwned\x07hoach\x1b[2J.txt';
const SAFE = 'kehoach.txt';
const TERMINAL_ACTIVE = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('file names with escape sequences', () => {
  const dir = fileTempDir('kehoach-names-');
  const hostile = join(dir, HOSTILE);
  copyFileSync(SAMPLE, hostile);

  it('an error line naming a missing file prints the name without its escapes', async () => {
    const r = await runCli(['export', join(dir, `missing-${HOSTILE}`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${join(dir, `missing-${SAFE}`)}: no such file\n`);
  });

  it('show prints each file name in its header without escapes', async () => {
    const r = await runCli(['show', SAMPLE, hostile]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`==> ${join(dir, SAFE)} <==`);
    expect(r.stdout).not.toMatch(TERMINAL_ACTIVE);
  });

  it('a refused --out names the file without escapes', async () => {
    const r = await runCli(['tasks', SAMPLE, '--out', join(dir, 'x\x1b[2J.pdf')]);
    expect(r.code).toBe(2);
    expect(r.stderr.startsWith(`plan: --out ${join(dir, 'x.pdf')}: the extension .pdf`)).toBe(true);
    expect(r.stderr.replace(/\n/g, '')).not.toMatch(TERMINAL_ACTIVE);
  });

  it('tasks from several files, one of them named with escapes: table, csv and md hold no escapes', async () => {
    for (const format of ['table', 'csv', 'md']) {
      const r = await runCli(['tasks', SAMPLE, hostile, '--format', format]);
      expect(r.code, format).toBe(0);
      expect(r.stdout.replace(/[\r\n]/g, ''), format).not.toMatch(TERMINAL_ACTIVE);
    }
  });
});
