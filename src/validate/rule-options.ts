import type { RuleConfig, RuleSeverity } from '../config/types.js';
import type { Rule, RuleOptionValues } from './rule.js';
import { msg, type Msg } from '../i18n/index.js';

/** The severity of a config entry: `error` or `[error, { … }]`. */
export function severityOf(entry: RuleConfig): RuleSeverity {
  return typeof entry === 'string' ? entry : entry[0];
}

/** A rule's option values: the config's where it sets them, the defaults elsewhere. */
export function resolveOptions(rule: Rule, entry: RuleConfig | undefined): RuleOptionValues {
  const out: Record<string, number> = {};
  const given = entry !== undefined && typeof entry !== 'string' ? (entry[1] ?? {}) : {};
  for (const [name, spec] of Object.entries(rule.options ?? {})) {
    const v = given[name];
    out[name] = typeof v === 'number' && Number.isFinite(v) ? v : spec.default;
  }
  return out;
}

/**
 * What is wrong with the `rules:` of a config, one message each ("rules.task-owner-mismatch:
 * unknown option …"): an unknown rule id, an option the rule does not take, a value that is not
 * a number or lies outside the option's bounds. Empty when all is well.
 */
export function checkRuleConfig(rules: Readonly<Record<string, RuleConfig>>, known: readonly Rule[]): Msg[] {
  const problems: Msg[] = [];
  for (const [id, entry] of Object.entries(rules)) {
    const rule = known.find((r) => r.id === id);
    if (!rule) {
      // Parser findings (repair-…, parse-…) may be given a severity; they take no options.
      if (/^(repair|parse)-/.test(id) && typeof entry === 'string') continue;
      problems.push(msg('config.ruleUnknown', { id, rules: known.map((r) => r.id).join(', ') }));
      continue;
    }
    if (typeof entry === 'string') continue;
    const specs = rule.options ?? {};
    const names = Object.keys(specs);
    for (const [name, value] of Object.entries(entry[1] ?? {})) {
      const spec = specs[name];
      if (!spec) {
        problems.push(msg('config.ruleOptionUnknown', { id, name, options: names.length ? msg('config.ruleOptionsAre', { names: names.join(', ') }) : msg('config.ruleNoOptions') }));
      } else if (typeof value !== 'number' || !Number.isFinite(value) || value < spec.min || value > spec.max) {
        problems.push(msg('config.ruleOptionRange', { id, name, min: spec.min, max: spec.max, value: JSON.stringify(value) ?? String(value) }));
      }
    }
  }
  return problems;
}
