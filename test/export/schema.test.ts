import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { parsePlan, readPlan } from '../../src/parse-plan.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/plan.schema.json', import.meta.url), 'utf8')) as object;
const ajv = new Ajv2020.default({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const SAMPLE = new URL('../../fixtures/446-KH-UBND-2019-ha-tinh.txt', import.meta.url);
const CORPUS = new URL('../../fixtures/corpus/', import.meta.url);

function check(bytes: Uint8Array, name: string): void {
  const { plan } = parsePlan(bytes, { path: name });
  // Through JSON, as scripts see it.
  const data: unknown = JSON.parse(JSON.stringify(plan));
  const ok = validate(data);
  expect(ok, `${name}: ${ajv.errorsText(validate.errors)}`).toBe(true);
}

describe('the export matches schema/plan.schema.json', () => {
  it('for the sample', () => check(readFileSync(SAMPLE), 'sample'));

  // Every plan of fixtures/corpus, whatever its format (a missing folder fails the corpus test).
  const corpus = readdirSync(CORPUS, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${d.name}/${readdirSync(new URL(`${d.name}/`, CORPUS)).find((f) => f.startsWith('input.')) ?? 'input'}`);
  it('has corpus plans to check', () => expect(corpus.length).toBeGreaterThan(0));
  it.each(corpus)('for corpus plan %s', async (f) => {
    const { plan } = await readPlan(readFileSync(new URL(f, CORPUS)), { path: f });
    const data: unknown = JSON.parse(JSON.stringify(plan));
    expect(validate(data), `${f}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  });

  it('rejects a model that breaks the contract (the schema is not vacuous)', () => {
    const { plan } = parsePlan(readFileSync(SAMPLE), { path: 'sample' });
    const broken = JSON.parse(JSON.stringify(plan)) as { tasks: { lead: unknown }[]; document: { date: unknown } };
    broken.document.date = '16/12/2019';
    expect(validate(broken)).toBe(false);
    const broken2 = JSON.parse(JSON.stringify(plan)) as { tasks: { lead: unknown }[] };
    if (broken2.tasks[0]) broken2.tasks[0].lead = 'Sở Tài chính';
    expect(validate(broken2)).toBe(false);
  });
});
