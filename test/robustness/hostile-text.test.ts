/**
 * Issue 14, items 4 to 6: small files inside the limits that ran for minutes, took gigabytes or
 * died with "internal error". Each test's timeout is its hang guard; the time and memory they
 * take are measured by `npm run bench` (its "hostile input" section), never asserted here. The
 * bench reads them at the sizes of the reports (a 10 MB line, a 1 MB unit name, 150,000 rows);
 * the long lines here are a fifth to a quarter of that, still far past what the old code
 * survived, so that the suite stays fast.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/index.js';
import { runCli, ROOT } from '../setup/cli.js';
import { generateLargePlan } from '../../scripts/gen-large-plan.mjs';
import { expectAllInside } from './file-bounds.js';
import { tempDir } from '../setup/temp.js';
import { planOnSmallStack } from '../setup/small-stack.js';

const SAMPLE = readFileSync(join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt'), 'utf8');
const MB = 1024 * 1024;
const fresh = (): string => tempDir('kehoach-hostile-');

describe('a 2 MB line starting "Số:" (10 MB overflowed the regular expression stack)', () => {
  it('in the header: the plan is read, the number from its first characters', () => {
    const text = SAMPLE.replace('Số: 446/KH-UBND', `Số: 446/${'KH'.repeat(MB)}`);
    const bytes = new TextEncoder().encode(text);
    const { plan, diagnostics } = parsePlan(bytes, { path: 'so.txt' });
    expect(plan.tasks).toHaveLength(17);
    expect(plan.document.number?.startsWith('446/KHKH')).toBe(true);
    expectAllInside(bytes, plan, diagnostics);
  });

  it('alone in a file: refused as no plan, one line, exit 2', async () => {
    const file = join(fresh(), 'so.txt');
    writeFileSync(file, `Số:${'a'.repeat(2 * MB)}`);
    const r = await runCli(['export', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${file}: no part of a plan was found (no number, title, numbered sections or task table)\n`);
  });
});

describe('a Markdown list nested by indentation 1,000 deep (remark took 52 s: defusing counted markers, not indentation)', () => {
  const list = Array.from({ length: 1_000 }, (_, i) => `${'  '.repeat(i)}- mục ${i + 1}`).join('\n');

  it('inside a plan: the plan is read as before', () => {
    const md = readFileSync(join(ROOT, 'fixtures/formats/446.md'), 'utf8');
    const bytes = new TextEncoder().encode(md.replace('\n1. Mục đích\n', `\n${list}\n\n1. Mục đích\n`));
    const { plan, diagnostics } = parsePlan(bytes, { path: 'deep.md' });
    expect(plan.tasks).toHaveLength(17);
    expectAllInside(bytes, plan, diagnostics);
  });

  it('alone in a file: no plan, one line, exit 2', async () => {
    const file = join(fresh(), 'deep.md');
    writeFileSync(file, list);
    const r = await runCli(['export', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${file}: no part of a plan was found (no number, title, numbered sections or task table)\n`);
  });
});

describe('3 MB of "[" (remark held 3.4 GB of tokens for it)', () => {
  it('inside a plan: the plan is read as before', () => {
    const bytes = new TextEncoder().encode(SAMPLE.replace('\n1. Mục đích\n', `\n${'['.repeat(3 * MB)}\n1. Mục đích\n`));
    const { plan, diagnostics } = parsePlan(bytes, { path: 'brackets.txt' });
    expect(plan.tasks).toHaveLength(17);
    expectAllInside(bytes, plan, diagnostics);
  });

  it('alone in a file: no plan, one line, exit 2', async () => {
    const file = join(fresh(), 'brackets.txt');
    writeFileSync(file, '['.repeat(3 * MB));
    const r = await runCli(['export', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`plan: ${file}: no part of a plan was found (no number, title, numbered sections or task table)\n`);
  });
});

describe('many appendix rows (tasks.push(...found) spread them as arguments)', () => {
  // A spread passes every element on the stack: 150,000 rows overflowed Node's default stack.
  // With the stack cut to 100 KB, 15,000 elements are enough to overflow it, so 20,000 rows
  // find any spread of the rows in seconds instead of minutes.
  it('reads 20,000 task rows with a 100 KB stack', () => {
    const file = join(fresh(), 'plan-20000.txt');
    writeFileSync(file, generateLargePlan(20_000));
    const r = planOnSmallStack(['tasks', file, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout) as unknown[]).toHaveLength(20_000);
  }, 180_000);
});

describe('a 256 kB unit name in validate (edit distance against the whole gazetteer; the bench reads 1 MB)', () => {
  it('is reported as an unknown unit, cut short in the message', async () => {
    const name = `Sở ${'Ngoại vụ '.repeat(MB / 4 / 9)}`.trim();
    const file = join(fresh(), 'long-unit.txt');
    writeFileSync(file, SAMPLE.replace('\tBan Tuyên giáo Tỉnh ủy\tSở TT&TT\t2020', `\t${name}\tSở TT&TT\t2020`));
    const r = await runCli(['validate', file, '--format', 'json']);
    expect(r.code).toBe(1);
    const [report] = JSON.parse(r.stdout) as { diagnostics: { ruleId: string; message: string }[] }[];
    const unknown = report?.diagnostics.filter((d) => d.ruleId === 'unknown-unit' && d.message.startsWith('"Sở Ngoại vụ Ngoại vụ')) ?? [];
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.message.length).toBeLessThan(400);
  }, 120_000);
});
