import type { Plan } from '../model/types.js';
import { sortDiagnostics, type Diagnostic, type Severity } from '../model/diagnostic.js';
import type { PlanConfig, RuleConfig } from '../config/types.js';
import type { Finding, Rule, RuleContext } from './rule.js';
import { DEFAULT_LANG, renderMsg, type Lang } from '../i18n/index.js';
import { RULES } from './rules/index.js';
import { pairDuties, type Pairing, type PairingOptions } from './pairing.js';
import { createUnitComparer, type UnitCompareHelpers } from './unit-compare.js';
import { gazetteerHelpersFor } from './unit-knowledge.js';
import { planPlaceOf } from '../units/own-place.js';
import { resolveOptions, severityOf } from './rule-options.js';
import { pairingOptions } from './rules/task-owner-mismatch.js';
import { coverageOfPlan, type Coverage } from './coverage.js';

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
  /**
   * What the parser read and did not read (plan-structure uses it). By default the coverage the
   * parser put in the plan; null to check without it.
   */
  readonly coverage?: Coverage | null;
  /** The language of the findings' messages (default Vietnamese); each also carries its id and parameters. */
  readonly lang?: Lang;
}

/**
 * Parse-time repairs are shown, never failing (DESIGN.md style 2): a `repair-…` finding is info
 * whatever the parser said. Other parser findings (`parse-…`: something that looks like a part
 * and was not read) keep the parser's severity, so a dropped row is a warning here too.
 */
function isRepair(ruleId: string): boolean {
  return ruleId.startsWith('repair-');
}

/** Runs every rule on a plan; returns the parse diagnostics and the rules' findings, sorted. */
export function validatePlan(plan: Plan, parseDiagnostics: readonly Diagnostic[], options: ValidateOptions = {}): Diagnostic[] {
  const config = options.config ?? null;
  const configured: Readonly<Record<string, RuleConfig>> = config?.rules ?? {};
  const overrides = options.rules ?? {};
  const pairingCache = new Map<string, Pairing[]>();
  const ctx: RuleContext = {
    plan,
    config,
    units: createUnitComparer(config, options.unitHelpers ?? gazetteerHelpersFor(planPlaceOf(plan.document))),
    parseDiagnostics,
    coverage: options.coverage === undefined ? coverageOfPlan(plan) : options.coverage,
    pairings: (pairing) => {
      const key = pairing ? `${pairing.threshold}/${pairing.confidentScore}/${pairing.distinctRatio}` : '';
      let hit = pairingCache.get(key);
      if (!hit) pairingCache.set(key, (hit = pairDuties(plan.responsibilities, plan.tasks, pairing)));
      return hit;
    },
    asOf: options.asOf ?? null,
  };
  const out: Diagnostic[] = [];
  for (const d of parseDiagnostics) {
    const own = configured[d.ruleId];
    const setting = overrides[d.ruleId] ?? (own !== undefined ? severityOf(own) : isRepair(d.ruleId) ? 'info' : d.severity);
    if (setting !== 'off') out.push({ ...d, severity: setting, ...(d.messageId !== undefined ? { message: renderMsg(options.lang ?? DEFAULT_LANG, { id: d.messageId, params: d.params ?? {} }) } : {}) });
  }
  for (const rule of options.ruleSet ?? RULES) {
    const own = configured[rule.id];
    const setting = overrides[rule.id] ?? (own !== undefined ? severityOf(own) : rule.severity);
    if (setting === 'off') continue;
    for (const f of rule.check(ctx, resolveOptions(rule, own))) out.push(diagnosticOf(rule.id, setting, f, options.lang ?? DEFAULT_LANG));
  }
  return sortDiagnostics(out);
}

/** A rule's finding with its messages rendered in `lang`, keeping the id and parameters beside them. */
function diagnosticOf(ruleId: string, severity: Diagnostic['severity'], f: Finding, lang: Lang): Diagnostic {
  const { message, related, ...rest } = f;
  return {
    ruleId,
    severity,
    ...rest,
    message: renderMsg(lang, message),
    messageId: message.id,
    params: message.params ?? {},
    ...(related
      ? { related: related.map(({ message: m, ...place }) => ({ ...place, message: renderMsg(lang, m), messageId: m.id, params: m.params ?? {} })) }
      : {}),
  };
}

/** The duty ↔ task pairings behind task-owner-mismatch, for `--explain` (with the config's options). */
export function explainPairings(plan: Plan, config: PlanConfig | null = null): Pairing[] {
  return pairDuties(plan.responsibilities, plan.tasks, explainOptions(config));
}

/** task-owner-mismatch's pairing numbers as the config sets them. */
export function explainOptions(config: PlanConfig | null = null): PairingOptions {
  return pairingOptions(resolveOptions(taskOwnerRule(), config?.rules?.['task-owner-mismatch']));
}

function taskOwnerRule(): Rule {
  return RULES.find((r) => r.id === 'task-owner-mismatch') as Rule;
}
