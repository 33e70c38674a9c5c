import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/parse-plan.js';
import { validatePlan, RULES } from '../../src/validate/index.js';

// DESIGN.md style 6: every rule's own examples; notOk raises the rule, ok does not.
describe.each(RULES.map((r) => [r.id, r] as const))('%s examples', (id, rule) => {
  const run = (text: string) => {
    const { plan, diagnostics } = parsePlan(text, { path: `${id}.txt` });
    // A rule that is off by default runs when asked for.
    return validatePlan(plan, diagnostics, rule.severity === 'off' ? { rules: { [id]: 'warning' } } : {}).filter((d) => d.ruleId === id);
  };
  it('notOk raises it', () => {
    expect(run(rule.examples.notOk).length).toBeGreaterThan(0);
  });
  it('ok does not', () => {
    expect(run(rule.examples.ok)).toEqual([]);
  });
});
