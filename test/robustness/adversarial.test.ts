import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// The library entry: it registers the .docx, HTML and Markdown readers.
import { parsePlan } from '../../src/index.js';
import { InputError } from '../../src/model/errors.js';
import { expectAllInside } from './file-bounds.js';
import { adversarialCases } from '../../bench/adversarial-cases.mjs';

/**
 * Hostile inputs return (a model or an InputError), never hang, overflow the stack or run out
 * of memory (issue 7). Each test's timeout is the hang guard: generous, it catches catastrophic
 * backtracking and quadratic loops, not slowness; scripts/bench.mjs measures speed.
 */
const SAMPLE = readFileSync(new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url), 'utf8');
const LIMIT_MS = 20_000;

function parseChecked(text: string, path: string): ReturnType<typeof parsePlan> | null {
  const bytes = new TextEncoder().encode(text);
  let result: ReturnType<typeof parsePlan> | null = null;
  try {
    result = parsePlan(bytes, { path });
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
  }
  if (result) expectAllInside(bytes, result.plan, result.diagnostics);
  return result;
}

/** The sample with a hostile block put in after the first section heading. */
function inSample(block: string): string {
  return SAMPLE.replace('\n1. Mục đích\n', `\n${block}\n1. Mục đích\n`);
}

/**
 * The long lines are 64 kB and the many-line blocks 4,000 lines here: enough for catastrophic
 * backtracking and for a stack that grows with the input to show, while the suite stays fast.
 * The 1 MB lines and 20,000-line blocks of issue 7, where a quadratic loop would show as a
 * hang, are `npm run bench`'s (section 8, hostile input), which runs each through the CLI
 * against a time bound, as it does a plan of 150,000 appendix rows.
 */
const CASES = adversarialCases(64 * 1024, 4_000);
const KB = 1024;

describe('adversarial input inside the sample plan', () => {
  for (const c of CASES) {
    it(`returns a model for ${c.name}`, () => {
      const result = parseChecked(inSample(c.block()), `${c.name}.txt`);
      expect(result, c.name).not.toBeNull();
    }, 4 * LIMIT_MS);
  }

  for (const c of CASES.slice(0, 4)) {
    it(`returns a model for ${c.name} read as Markdown`, () => {
      const result = parseChecked(inSample(c.block()), `${c.name}.md`);
      expect(result, c.name).not.toBeNull();
    }, 4 * LIMIT_MS);
  }
});

describe('adversarial input alone', () => {
  for (const c of CASES) {
    it(`returns or refuses cleanly for ${c.name}`, () => {
      parseChecked(c.block(), `${c.name}.txt`);
    }, 4 * LIMIT_MS);
  }
});

describe('a plan of many rows', () => {
  it('reads the sample with its appendix rows repeated to 512 kB', () => {
    const rows = SAMPLE.split('\n').filter((l) => /^\d+\t/.test(l));
    expect(rows.length).toBeGreaterThan(10);
    const block: string[] = [];
    let size = SAMPLE.length;
    for (let i = 0; size < 512 * KB; i++) {
      const row = rows[i % rows.length] ?? '';
      block.push(row);
      size += Buffer.byteLength(row) + 1;
    }
    const text = `${SAMPLE.trimEnd()}\n${block.join('\n')}\n`;
    const result = parseChecked(text, 'big.txt');
    expect(result).not.toBeNull();
    expect(result?.plan.tasks.length ?? 0).toBeGreaterThan(block.length / 2);
  }, 6 * LIMIT_MS);
});
