import type { Severity } from '../model/diagnostic.js';
import type { Lang } from '../i18n/index.js';

/** A rule's severity in plan.config.yaml, or `off`. */
export type RuleSeverity = Severity | 'off';

/**
 * A rule's entry under `rules:`: a severity, or ESLint's form `[severity, { option: value }]`
 * (`task-owner-mismatch: [error, { threshold: 0.38 }]`). Option names and values are checked
 * by validate/, which knows the rules.
 */
export type RuleConfig = RuleSeverity | readonly [RuleSeverity, Readonly<Record<string, unknown>>?];

/**
 * `plan.config.yaml`: found from the current directory upward, or named with --config.
 * Shared by the query commands and `plan validate`.
 */
export interface PlanConfig {
  /** Paths or globs of the plans a command reads when none is named on the command line. */
  readonly plans?: readonly string[];
  /** More names for a unit: canonical name → other ways people write it. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** A unit that belongs to another: "Trung tâm Xúc tiến Đầu tư tỉnh" → "Sở Kế hoạch và Đầu tư". */
  readonly parents?: Readonly<Record<string, string>>;
  /** Rule severities (and options) for `plan validate`. */
  readonly rules?: Readonly<Record<string, RuleConfig>>;
  /** The language of the tool's messages (issue 21); --lang and PLAN_LANG win over it. */
  readonly lang?: Lang;
  /** The folder the config file was read from (to resolve `plans`). */
  readonly dir?: string;
}
