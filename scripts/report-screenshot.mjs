#!/usr/bin/env node
// Regenerates the README's picture of the sample plan's report (docs/images/report-446.png):
// `plan report` on the sample, opened from file:// in Debian's Chromium, the top of the page.
//
//   npm run build && node scripts/report-screenshot.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'docs', 'images', 'report-446.png');
// Wide enough for the whole matrix of the sample (17 task columns and the totals).
const VIEWPORT = { width: 1280, height: 900 };

const dir = mkdtempSync(join(tmpdir(), 'plan-report-shot-'));
try {
  const html = join(dir, '446.html');
  execFileSync(process.execPath, [join(ROOT, 'bin/plan.js'), 'report', 'fixtures/446-KH-UBND-2019-ha-tinh.txt', '--out', html], { cwd: ROOT, stdio: 'inherit' });
  const context = await launchChromium(join(dir, 'profile'));
  try {
    const page = await context.newPage();
    await page.setViewportSize(VIEWPORT);
    await page.goto(pathToFileURL(html).href);
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: OUT });
  } finally {
    await context.close();
  }
  process.stdout.write(`wrote ${OUT}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
