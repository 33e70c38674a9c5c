export { validatePlan, explainPairings, explainOptions, type ValidateOptions, type RuleSetting } from './engine.js';
export { RULES } from './rules/index.js';
export type { Rule } from './rule.js';
export type { Coverage } from './coverage.js';
export { checkRuleConfig } from './rule-options.js';
