import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { renderRulesDoc } from '../../src/validate/rules-doc.js';
import { RULES } from '../../src/validate/index.js';
import { RULE_DESCRIPTIONS_VI, RULE_OPTIONS_VI } from '../../src/i18n/vi/rules.js';

it('docs/rules.md (Vietnamese) and docs/rules.en.md are generated from the rule objects (regenerate: npm run docs)', () => {
  expect(readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8')).toBe(renderRulesDoc('vi'));
  expect(readFileSync(new URL('../../docs/rules.en.md', import.meta.url), 'utf8')).toBe(renderRulesDoc('en'));
});

it('every rule and every option of a rule is described in Vietnamese, and nothing else is', () => {
  expect(Object.keys(RULE_DESCRIPTIONS_VI).sort()).toEqual(RULES.map((r) => r.id).sort());
  expect(Object.keys(RULE_OPTIONS_VI).sort()).toEqual(RULES.flatMap((r) => Object.keys(r.options ?? {}).map((o) => `${r.id}.${o}`)).sort());
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
