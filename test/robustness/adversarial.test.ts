import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The library entry: it registers the .docx, HTML and Markdown readers.
import { parsePlan } from '../../src/index.js';
import { InputError } from '../../src/model/errors.js';
import { expectAllInside } from './file-bounds.js';

/**
 * Hostile inputs return (a model or an InputError), never hang, overflow the stack or run out
 * of memory (issue 7). Each test's timeout is the hang guard: generous, it catches catastrophic
 * backtracking and quadratic loops, not slowness; scripts/bench.mjs measures speed.
 */
const SAMPLE = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');
const LIMIT_MS = 20_000;

function parseTimed(text: string, path: string): { result: ReturnType<typeof parsePlan> | null; ms: number } {
  const bytes = new TextEncoder().encode(text);
  const start = performance.now();
  let result: ReturnType<typeof parsePlan> | null = null;
  try {
    result = parsePlan(bytes, { path });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
  const ms = performance.now() - start;
  if (result) expectAllInside(bytes, result.plan, result.diagnostics);
  return { result, ms };
}

/** The sample with a hostile block put in after the first section heading. */
function inSample(block: string): string {
  return SAMPLE.replace('\n1. Mục đích\n', `\n${block}\n1. Mục đích\n`);
}

const MB = 1024 * 1024;

interface Case {
  readonly name: string;
  readonly block: () => string;
}

const CASES: readonly Case[] = [
  { name: 'a 1 MB line of "1.1.1."', block: () => '1.'.repeat(MB / 2) },
  { name: 'a 1 MB line of "1.1.1." ending in a title', block: () => `${'1.'.repeat(MB / 2)} Nhiệm vụ` },
  { name: '1,000 nested list markers "- "', block: () => `${'- '.repeat(1_000)}x` },
  { name: '100,000 nested list markers "- "', block: () => `${'- '.repeat(100_000)}x` },
  { name: '4,000 nested list markers "- "', block: () => `${'- '.repeat(4_000)}x` },
  { name: '100,000 nested block quotes "> "', block: () => `${'> '.repeat(100_000)}x` },
  { name: '10,000 nested block quotes "> "', block: () => `${'> '.repeat(10_000)}x` },
  { name: '10,000 nested markers "+ * "', block: () => `${'+ * '.repeat(5_000)}x` },
  { name: '10,000 nested ordered markers "1. "', block: () => `${'1. '.repeat(10_000)}x` },
  { name: '20,000 lines of TABs', block: () => Array.from({ length: 20_000 }, (_, i) => '\t'.repeat(1 + (i % 7))).join('\n') },
  { name: 'a 1 MB line of TABs', block: () => '\t'.repeat(MB) },
  { name: 'a 1 MB line of spaces then a letter', block: () => `${' '.repeat(MB)}a` },
  { name: 'a 1 MB line of "a) "', block: () => 'a) '.repeat(MB / 3) },
  { name: 'a 1 MB line of "(("', block: () => '('.repeat(MB) },
  { name: 'a 1 MB line of "Căn cứ "', block: () => 'Căn cứ '.repeat(MB / 8) },
  { name: 'a 1 MB line of "ngày 1/1/2020 "', block: () => 'ngày 1/1/2020 '.repeat(MB / 14) },
  { name: 'a 1 MB line of "Sở "', block: () => 'Sở '.repeat(MB / 3) },
  { name: 'a 1 MB line of digits', block: () => '9'.repeat(MB) },
  { name: 'a 1 MB line of "/"', block: () => '/'.repeat(MB) },
  { name: 'a 1 MB line of "| "', block: () => '| '.repeat(MB / 2) },
  { name: 'a 20 kB line of "*_"', block: () => '*_'.repeat(10_000) },
  { name: 'a 256 kB line of "[]("', block: () => '[]('.repeat(MB / 12) },
  { name: 'a 1 MB line of "<a "', block: () => '<a '.repeat(MB / 3) },
  { name: 'a 1 MB line of combining marks', block: () => `a${'\u0301'.repeat(MB)}` },
  { name: '20,000 lines "I." to "1." to "a)"', block: () => Array.from({ length: 20_000 }, (_, i) => ['I. X', '1. Y', '1.1. Z', 'a) W', '- V', '+ U'][i % 6]).join('\n') },
];

describe('adversarial input inside the sample plan', () => {
  for (const c of CASES) {
    it(`returns a model for ${c.name}`, () => {
      const { result } = parseTimed(inSample(c.block()), `${c.name}.txt`);
      expect(result, c.name).not.toBeNull();
    }, 4 * LIMIT_MS);
  }

  for (const c of CASES.slice(0, 4)) {
    it(`returns a model for ${c.name} read as Markdown`, () => {
      const { result } = parseTimed(inSample(c.block()), `${c.name}.md`);
      expect(result, c.name).not.toBeNull();
    }, 4 * LIMIT_MS);
  }
});

describe('adversarial input alone', () => {
  for (const c of CASES) {
    it(`returns or refuses cleanly for ${c.name}`, () => {
      parseTimed(c.block(), `${c.name}.txt`);
    }, 4 * LIMIT_MS);
  }
});

describe('a 5 MB plan', () => {
  it('reads the sample with its appendix rows repeated to 5 MB', () => {
    const rows = SAMPLE.split('\n').filter((l) => /^\d+\t/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    const block: string[] = [];
    let size = SAMPLE.length;
    for (let i = 0; size < 5 * MB; i++) {
      const row = rows[i % rows.length] ?? '';
      block.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    const text = `${SAMPLE.trimEnd()}\n${block.join('\n')}\n`;
    const { result } = parseTimed(text, 'big.txt');
    expect(result).not.toBeNull();
    expect(result?.plan.tasks.length ?? 0).toBeGreaterThan(block.length / 2);
  }, 6 * LIMIT_MS);
});
