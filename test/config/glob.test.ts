import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandGlob, matchSegment } from '../../src/cli/glob.js';

describe('matchSegment', () => {
  it('matches * and ? inside one segment', () => {
    expect(matchSegment('*.txt', '446-KH-UBND.txt')).toBe(true);
    expect(matchSegment('*.txt', '446.txt.bak')).toBe(false);
    expect(matchSegment('kh-??.txt', 'kh-01.txt')).toBe(true);
    expect(matchSegment('kh-??.txt', 'kh-1.txt')).toBe(false);
    expect(matchSegment('a*b*c', 'axxbyyc')).toBe(true);
    expect(matchSegment('a*b*c', 'axxbyy')).toBe(false);
    expect(matchSegment('*', '')).toBe(true);
  });
  it('treats regular-expression characters literally', () => {
    expect(matchSegment('a+(b).txt', 'a+(b).txt')).toBe(true);
    expect(matchSegment('a.txt', 'abtxt')).toBe(false);
  });
  it('does not let * or ? match a leading dot', () => {
    expect(matchSegment('*.yaml', '.plan.config.yaml')).toBe(false);
    expect(matchSegment('.*.yaml', '.plan.config.yaml')).toBe(true);
  });
  it('matches Vietnamese names by code point', () => {
    expect(matchSegment('kế-hoạch-?.txt', 'kế-hoạch-1.txt')).toBe(true);
  });
  // A hang guard, not a speed target (speed is measured by `npm run bench`): an exponential
  // matcher would not return within the test's timeout on this pattern.
  it('returns on a hostile pattern (polynomial, not exponential)', { timeout: 10_000 }, () => {
    expect(matchSegment('*a*a*a*a*a*a*a*a*b', 'a'.repeat(200))).toBe(false);
  });
});

describe('expandGlob', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'plan-glob-'));
    for (const f of ['a.txt', 'b.md', 'x/c.txt', 'x/y/d.txt', '.hidden/e.txt']) {
      mkdirSync(join(dir, f, '..'), { recursive: true });
      writeFileSync(join(dir, f), '');
    }
    symlinkSync(dir, join(dir, 'x', 'loop'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('expands ** to any number of folders, zero included, not into hidden folders or links', () => {
    expect(expandGlob('**/*.txt', dir)).toEqual([join(dir, 'a.txt'), join(dir, 'x', 'c.txt'), join(dir, 'x', 'y', 'd.txt')]);
  });
  it('expands * in a folder segment', () => {
    expect(expandGlob('*/c.txt', dir)).toEqual([join(dir, 'x', 'c.txt')]);
  });
  it('returns nothing when nothing matches or the folder is missing', () => {
    expect(expandGlob('*.pdf', dir)).toEqual([]);
    expect(expandGlob('nope/*.txt', dir)).toEqual([]);
  });
  it('accepts an absolute pattern', () => {
    expect(expandGlob(join(dir, '*.md'), '/')).toEqual([join(dir, 'b.md')]);
  });
});
