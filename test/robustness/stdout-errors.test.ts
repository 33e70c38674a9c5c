/**
 * Issue 14, item 7: a failed write to standard output ends the run with one line on stderr and
 * exit 2 (the output is incomplete; a script must not take it for a result), never a stack
 * trace and exit 1 as before.
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../setup/cli.js';

const PLAN = join(ROOT, 'bin/plan.js');
const SAMPLE = join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt');
const env = { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_LANG: 'en' };

describe('a write error on standard output', () => {
  it('ENOSPC (standard output is /dev/full): one line, exit 2', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [PLAN, 'export', SAMPLE], { stdio: ['ignore', full, 'pipe'], env, encoding: 'utf8' });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('plan: standard output: no space left on the device; the output is incomplete (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });

  it('EPIPE (the reader closed the pipe before the output was written): one line, exit 2', async () => {
    const child = spawn(process.execPath, [PLAN, 'export', SAMPLE], { stdio: ['ignore', 'pipe', 'pipe'], env });
    // Close the read end at once: the plan is parsed first, so no byte has been written yet.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(code).toBe(2);
    expect(stderr).toBe('plan: standard output: the reader closed the pipe before the output was complete (EPIPE)\n');
  });

  it('the same for table output and for validate', () => {
    const full = openSync('/dev/full', 'w');
    try {
      for (const args of [['tasks', SAMPLE], ['show', SAMPLE], ['validate', SAMPLE]]) {
        const r = spawnSync(process.execPath, [PLAN, ...args], { stdio: ['ignore', full, 'pipe'], env, encoding: 'utf8' });
        expect(r.status, args[0]).toBe(2);
        expect(r.stderr, args[0]).toBe('plan: standard output: no space left on the device; the output is incomplete (ENOSPC)\n');
      }
    } finally {
      closeSync(full);
    }
  });
});
