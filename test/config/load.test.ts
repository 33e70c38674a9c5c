import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expandPlans, findConfig, readConfig } from '../../src/cli/config-files.js';
import { InputError } from '../../src/model/errors.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'plan-config-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const write = (rel: string, text: string): string => {
  const path = join(dir, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
};

describe('findConfig', () => {
  it('finds plan.config.yaml in the folder itself', () => {
    const path = write('plan.config.yaml', 'plans: []\n');
    expect(findConfig(dir)).toBe(path);
  });

  it('walks upward to the nearest folder that has one', () => {
    const path = write('.plan.config.yaml', '{}\n');
    mkdirSync(join(dir, 'a', 'b'), { recursive: true });
    expect(findConfig(join(dir, 'a', 'b'))).toBe(path);
  });

  it('prefers plan.config.yaml over .plan.config.yaml in the same folder, and the nearer folder first', () => {
    write('.plan.config.yaml', '{}\n');
    const visible = write('plan.config.yaml', '{}\n');
    expect(findConfig(dir)).toBe(visible);
    const inner = write('sub/.plan.config.yaml', '{}\n');
    expect(findConfig(join(dir, 'sub'))).toBe(inner);
  });

  it('returns null when there is none up to the root', () => {
    mkdirSync(join(dir, 'x'));
    // tmpdir() has no config above it on a test machine; skip rather than lie if it does.
    const found = findConfig(join(dir, 'x'));
    if (found !== null) expect(found.startsWith(dir)).toBe(false);
    else expect(found).toBeNull();
  });

  it('ignores a folder named like the config', () => {
    mkdirSync(join(dir, 'w', 'plan.config.yaml'), { recursive: true });
    const found = findConfig(join(dir, 'w'));
    expect(found === null || !found.startsWith(join(dir, 'w'))).toBe(true);
  });
});

describe('readConfig', () => {
  it('reads plans, aliases, parents and rules, and remembers its folder', async () => {
    const path = write(
      'plan.config.yaml',
      [
        'plans:',
        '  - plans/*.txt',
        'aliases:',
        '  Sở Kế hoạch và Đầu tư: [KHĐT, "Sở KHĐT"]',
        'parents:',
        '  Trung tâm Xúc tiến Đầu tư tỉnh: Sở Kế hoạch và Đầu tư',
        'rules:',
        '  task-owner-mismatch: warning',
        '  unknown-unit: off',
        '',
      ].join('\n'),
    );
    const c = await readConfig(path);
    expect(c.plans).toEqual(['plans/*.txt']);
    expect(c.aliases).toEqual({ 'Sở Kế hoạch và Đầu tư': ['KHĐT', 'Sở KHĐT'] });
    expect(c.parents).toEqual({ 'Trung tâm Xúc tiến Đầu tư tỉnh': 'Sở Kế hoạch và Đầu tư' });
    expect(c.rules).toEqual({ 'task-owner-mismatch': 'warning', 'unknown-unit': 'off' });
    expect(c.dir).toBe(dir);
  });

  it('accepts one path for plans and one name for an alias', async () => {
    const c = await readConfig(write('plan.config.yaml', 'plans: a.txt\naliases:\n  Sở Tài chính: STC\n'));
    expect(c.plans).toEqual(['a.txt']);
    expect(c.aliases).toEqual({ 'Sở Tài chính': ['STC'] });
  });

  it('reads an empty file (or a BOM) as an empty config', async () => {
    expect(await readConfig(write('plan.config.yaml', ''))).toEqual({ dir });
    expect(await readConfig(write('b.yaml', '\uFEFF# nothing\n'))).toEqual({ dir });
  });

  const bad: [string, string, RegExp][] = [
    ['plans is a number', 'plans: 3\n', /plans: expected a list/],
    ['a plan is not a string', 'plans: [a.txt, 3]\n', /plans: expected a list/],
    ['aliases is a list', 'aliases: [a, b]\n', /aliases: expected a mapping/],
    ['an alias list holds a mapping', 'aliases:\n  Sở Tài chính: [{a: 1}]\n', /aliases\.Sở Tài chính: expected a list of names/],
    ['a parent is a list', 'parents:\n  Trung tâm X: [a, b]\n', /parents\.Trung tâm X: expected the name of one unit/],
    ['a rule severity is unknown', 'rules:\n  unknown-unit: fatal\n', /rules\.unknown-unit: expected one of error, warning, info, off/],
    ['an unknown key', 'plan: [a.txt]\n', /plan: unknown key/],
    ['the top level is a list', '- a\n- b\n', /top level/],
    ['the YAML is broken', 'plans: [a.txt\n', /not valid YAML/],
    ['a key is repeated', 'plans: [a]\nplans: [b]\n', /not valid YAML/],
  ];
  for (const [what, text, message] of bad) {
    it(`throws an InputError naming the file and the key when ${what}`, async () => {
      const path = write('plan.config.yaml', text);
      const err = await readConfig(path).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).file).toBe(path);
      expect((err as InputError).message).toMatch(message);
    });
  }

  it('throws an InputError when the file cannot be read', async () => {
    await expect(readConfig(join(dir, 'missing.yaml'))).rejects.toBeInstanceOf(InputError);
  });
});

describe('expandPlans', () => {
  it('expands globs relative to the config folder, in config order, without repeats', () => {
    write('plans/b.txt', '');
    write('plans/a.txt', '');
    write('plans/old/c.txt', '');
    write('plans/notes.md', '');
    const files = expandPlans({ dir, plans: ['plans/*.txt', 'plans/**/*.txt', 'plans/a.txt'] }, dir);
    expect(files).toEqual([join('plans', 'a.txt'), join('plans', 'b.txt'), join('plans', 'old', 'c.txt')]);
  });

  it('keeps a literal path that does not exist, so reading it reports the missing file', () => {
    expect(expandPlans({ dir, plans: ['missing.txt'] }, dir)).toEqual(['missing.txt']);
  });

  it('returns absolute paths for files outside the current folder', () => {
    write('p/x.txt', '');
    mkdirSync(join(dir, 'elsewhere'));
    expect(expandPlans({ dir: join(dir, 'p'), plans: ['*.txt'] }, join(dir, 'elsewhere'))).toEqual([join(dir, 'p', 'x.txt')]);
  });

  it('is empty without plans:', () => {
    expect(expandPlans({ dir }, dir)).toEqual([]);
  });
});
