export { validatePlan, explainPairings, type ValidateOptions, type RuleSetting } from './engine.js';
export { RULES } from './rules/index.js';
export type { Rule, RuleContext, Finding, UnitComparer } from './rule.js';
export { PAIRING_THRESHOLD, pairDuties, indexTasks, type Pairing } from './pairing.js';
