import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runCli } from '../setup/cli.js';

// `plan report` scenarios: exit code, stdout and stderr (the page itself is tested in html.test.ts and in Chromium).
const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-report-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('plan report', () => {
  it('writes the page to --out, nothing on stdout or stderr', async () => {
    const out = join(dir, 'r.html');
    // No language chosen (PLAN_LANG empty, no --lang, no config): the page is Vietnamese.
    const r = await runCli(['report', SAMPLE, '--out', out], { env: { PLAN_LANG: '' } });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html><html lang="vi">')).toBe(true);
    expect(html).toContain('<h2>Kế hoạch 446/KH-UBND</h2>');
    expect(html).toContain(`<dd>${SAMPLE}</dd>`);
  });

  it('writes to a pipe without --out, and reads standard input', async () => {
    const r = await runCli(['report', '-', '--lang', 'en'], { input: readFileSync(join(ROOT, SAMPLE)) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<html lang="en">');
    expect(r.stdout).toContain('<dt>Source file</dt><dd>-</dd>');
  });

  it('refuses an unknown language, a missing file and writing over its input (exit 2)', async () => {
    const lang = await runCli(['report', SAMPLE, '--lang', 'fr']);
    expect(lang.code).toBe(2);
    expect(lang.stderr).toBe('plan: --lang takes vi or en, not "fr"\n');
    const missing = await runCli(['report', 'nope.txt', '--out', join(dir, 'x.html')]);
    expect([missing.code, missing.stderr]).toEqual([2, 'plan: nope.txt: no such file\n']);
    const over = await runCli(['report', SAMPLE, '--out', SAMPLE]);
    expect([over.code, over.stderr]).toEqual([2, `plan: --out ${SAMPLE} is one of the input files; refusing to overwrite it\n`]);
  });
});
