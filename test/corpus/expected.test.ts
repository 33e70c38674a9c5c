/**
 * Every plan in fixtures/corpus/<name>/ is read and checked against its hand-written
 * expected.json (see expectations.ts). A folder without expected.json, or without an input,
 * fails: nothing is skipped, and a clone tests exactly what CI tests.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPlan } from '../../src/parse-plan.js';
import { checkPlan, type Expected } from './expectations.js';

const ROOT = new URL('../../fixtures/corpus/', import.meta.url);
const folders = readdirSync(ROOT).filter((f) => statSync(new URL(f, ROOT)).isDirectory()).sort();

describe('fixtures/corpus: hand-written expectations', () => {
  it('holds the corpus plans (a missing fixture fails)', () => {
    expect(folders.length).toBeGreaterThanOrEqual(13);
  });

  it.each(folders)('%s', async (name) => {
    const dir = new URL(`${name}/`, ROOT);
    const expectedFile = new URL('expected.json', dir);
    expect(existsSync(expectedFile), `${name}/expected.json`).toBe(true);
    const input = readdirSync(dir).find((f) => f.startsWith('input.'));
    expect(input, `${name}/input.*`).toBeDefined();
    const expected = JSON.parse(readFileSync(expectedFile, 'utf8')) as Expected;
    const { plan } = await readPlan(readFileSync(new URL(input as string, dir)), { path: `${name}/${input as string}` });
    checkPlan(plan, expected);
  });
});
