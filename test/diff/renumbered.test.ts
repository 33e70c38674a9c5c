import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlan, readPlan } from '../../src/parse-plan.js';
import { InputError } from '../../src/model/errors.js';
import { diffPlans } from '../../src/diff/index.js';
import type { TaskChange } from '../../src/diff/index.js';
import { ROOT } from '../setup/cli.js';

const TEXT = readFileSync(join(ROOT, 'fixtures/446-KH-UBND-2019-ha-tinh.txt'), 'utf8');
const plan = (text: string) => parsePlan(text, { path: 'plan.txt' }).plan;

/** The sample with a new first row in group II: its rows 1–8 become 2–9. */
function withInsertedRow(): string {
  const lines = TEXT.split('\n');
  const group = lines.findIndex((l) => l.startsWith('II\tCác hoạt động truyền thông'));
  let n = 0;
  const out = lines.map((l, i) => {
    if (i <= group || n >= 8) return l;
    const m = /^(\d)\t/.exec(l);
    if (!m) return l;
    n++;
    return l.replace(/^\d\t/, `${Number(m[1]) + 1}\t`);
  });
  out.splice(group + 1, 0, '1\tKhảo sát nhu cầu thông tin về ASEAN của doanh nghiệp\tHội doanh nghiệp tỉnh\tSở Công Thương\tQuý I/2020');
  return out.join('\n');
}

describe('plan diff: a row inserted in the sample appendix', () => {
  const changes = diffPlans(plan(TEXT), plan(withInsertedRow())).changes.filter((c): c is TaskChange => c.part === 'task');

  it('the new row is added and the eight that follow are moved, none removed', () => {
    expect(changes.map((c) => `${c.kind} ${c.old?.id ?? '-'} → ${c.new?.id ?? '-'}`)).toEqual([
      'added - → II.1',
      'changed II.1 → II.2',
      'changed II.2 → II.3',
      'changed II.3 → II.4',
      'changed II.4 → II.5',
      'changed II.5 → II.6',
      'changed II.6 → II.7',
      'changed II.7 → II.8',
      'changed II.8 → II.9',
    ]);
    for (const c of changes.slice(1)) expect(c).toMatchObject({ moved: true, description: null, lead: null, support: null, timeframe: null });
  });
});

describe('plan diff: every corpus plan against itself', () => {
  const CORPUS = join(ROOT, 'fixtures/corpus');
  const files = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(d.name, readdirSync(join(CORPUS, d.name)).find((f) => f.startsWith('input.')) ?? 'input'));
  it.each(files)('%s has no change', async (f) => {
    let p;
    try {
      p = (await readPlan(readFileSync(join(CORPUS, f)), { path: f })).plan;
    } catch (e) {
      if (e instanceof InputError) return; // a plan the parser cannot read is the parser's test (issue 11), not this one
      throw e;
    }
    expect(diffPlans(p, p)).toMatchObject({ same: true, changes: [] });
  });
});
