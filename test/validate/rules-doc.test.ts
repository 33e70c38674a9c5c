import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/validate/rules-doc.js';
import { RULES } from '../../src/validate/index.js';

it('docs/rules.md is generated from the rule objects (regenerate: see scripts/rules-doc.mjs)', () => {
  const onDisk = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  expect(onDisk).toBe(renderRulesDoc());
});

it('every rule has an id, a one-line description and both examples', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).toEqual([
    'plan-structure', 'task-owner-mismatch', 'unit-without-task', 'task-unit-not-in-body', 'group-content-mismatch', 'numbering',
    'appendix-reference', 'signature', 'task-missing-lead', 'task-empty', 'timeframe', 'unknown-unit', 'unit-superseded',
  ]);
  for (const r of RULES) {
    expect(r.description).not.toContain('\n');
    expect(r.examples.ok).not.toBe(r.examples.notOk);
  }
});
