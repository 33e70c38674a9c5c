/**
 * dist/cli.cjs is minified (issue 19); --debug's stack traces still name the source files and
 * lines, through the source map the build writes beside it (bin/plan.js maps the frames).
 */
import { describe, expect, it } from 'vitest';
import { spawnCli } from '../setup/cli.js';

const SAMPLE = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';

describe('--debug in a real process', () => {
  it('names the src/ file and line a usage error was thrown from', () => {
    // src/query/period.ts throws the UsageError of a year that is not one.
    const r = spawnCli(['tasks', SAMPLE, '--in', 'abc', '--debug']);
    expect(r.code).toBe(2);
    const frames = r.stderr.split('\n').filter((l) => l.startsWith('    at '));
    expect(frames[0]).toMatch(/^ {4}at periodOf \(.*[\\/]src[\\/]query[\\/]period\.ts:\d+:\d+\)$/);
    expect(frames.some((l) => /[\\/]dist[\\/]cli\.cjs:/.test(l))).toBe(false);
  });

  it('prints no stack without it', () => {
    const r = spawnCli(['tasks', SAMPLE, '--in', 'abc']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('plan: --in takes a year such as 2020, not "abc"\n');
  });
});
