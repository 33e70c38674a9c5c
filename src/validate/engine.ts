import type { Plan } from '../model/types.js';
import { sortDiagnostics, type Diagnostic, type Severity } from '../model/diagnostic.js';
import type { PlanConfig } from '../config/types.js';
import type { Rule, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';
import { pairDuties, type Pairing } from './pairing.js';
import { createUnitComparer, type UnitCompareHelpers } from './unit-compare.js';
import { gazetteerHelpers } from './unit-knowledge.js';

export type RuleSetting = Severity | 'off';

export interface ValidateOptions {
  /** Severity per rule id; wins over `config.rules`. */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  readonly config?: PlanConfig | null;
  /** Unit knowledge from the units module (gazetteer, canonical names). */
  readonly unitHelpers?: UnitCompareHelpers;
  /** Replace the built-in rules (tests). */
  readonly ruleSet?: readonly Rule[];
  /** Read the plan with the bodies of this day (YYYY-MM-DD): rule unit-superseded. */
  readonly asOf?: string;
}

/** Parse-time repairs and findings: shown, never failing (DESIGN.md style 2). */
function isParseFinding(ruleId: string): boolean {
  return ruleId.startsWith('repair-') || ruleId.startsWith('parse-');
}

/** Runs every rule on a plan; returns the parse diagnostics and the rules' findings, sorted. */
export function validatePlan(plan: Plan, parseDiagnostics: readonly Diagnostic[], options: ValidateOptions = {}): Diagnostic[] {
  const config = options.config ?? null;
  const settings: Record<string, RuleSetting> = { ...(config?.rules ?? {}), ...(options.rules ?? {}) };
  let pairings: Pairing[] | null = null;
  const ctx: RuleContext = {
    plan,
    config,
    units: createUnitComparer(config, options.unitHelpers ?? gazetteerHelpers),
    parseDiagnostics,
    pairings: () => (pairings ??= pairDuties(plan.responsibilities, plan.tasks)),
    asOf: options.asOf ?? null,
  };
  const out: Diagnostic[] = [];
  for (const d of parseDiagnostics) {
    const setting = settings[d.ruleId] ?? (isParseFinding(d.ruleId) ? 'info' : d.severity);
    if (setting !== 'off') out.push({ ...d, severity: setting });
  }
  for (const rule of options.ruleSet ?? RULES) {
    const setting = settings[rule.id] ?? rule.severity;
    if (setting === 'off') continue;
    for (const f of rule.check(ctx)) out.push({ ruleId: rule.id, severity: setting, ...f });
  }
  return sortDiagnostics(out);
}

/** The duty ↔ task pairings behind task-owner-mismatch, for `--explain`. */
export function explainPairings(plan: Plan): Pairing[] {
  return pairDuties(plan.responsibilities, plan.tasks);
}
