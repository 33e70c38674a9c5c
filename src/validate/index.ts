export { validatePlan, explainPairings, explainOptions, type ValidateOptions, type RuleSetting } from './engine.js';
export { RULES } from './rules/index.js';
export type { Rule, RuleContext, Finding, UnitComparer, RuleOption, RuleOptionValues } from './rule.js';
export type { Coverage, UnassignedRun } from './coverage.js';
export { checkRuleConfig } from './rule-options.js';
export { PAIRING_THRESHOLD, pairDuties, indexTasks, type Pairing, type PairingOptions } from './pairing.js';
