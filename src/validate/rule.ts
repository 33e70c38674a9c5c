import type { Plan, UnitRef } from '../model/types.js';
import type { Diagnostic, Severity } from '../model/diagnostic.js';
import type { PlanConfig } from '../config/types.js';
import type { Pairing } from './pairing.js';

/** What a rule reports: a Diagnostic without the rule id and severity, which the engine adds. */
export type Finding = Omit<Diagnostic, 'ruleId' | 'severity'>;

/** Unit comparison as the config sees it (aliases and parents of plan.config.yaml). */
export interface UnitComparer {
  /** Whether two references name the same unit (or one is a part of the other per `parents`). */
  same(a: UnitRef, b: UnitRef): boolean;
  /** Whether `unit` is one of the bodies a collective reference ("Các sở, ngành liên quan") covers. */
  covers(collective: UnitRef, unit: UnitRef): boolean;
  /** Whether the name is in the gazetteer or the config. */
  known(unit: UnitRef): boolean;
  /** The closest known name, for a suggestion; null when nothing is close. */
  nearest(unit: UnitRef): string | null;
}

export interface RuleContext {
  readonly plan: Plan;
  readonly config: PlanConfig | null;
  readonly units: UnitComparer;
  /** What the parser reported (repairs point at the exact line they changed). */
  readonly parseDiagnostics: readonly Diagnostic[];
  /** Each duty of TỔ CHỨC THỰC HIỆN with its best appendix task (computed once, shared). */
  pairings(): readonly Pairing[];
  /** `plan validate --as-of DATE`: the day whose bodies the plan is read with; null when not given. */
  readonly asOf: string | null;
}

export interface Rule {
  /** Kebab-case name of the problem (DESIGN.md §11). */
  readonly id: string;
  /** 'off': the rule runs only when asked for (`--rule id=warning`, or the option that needs it). */
  readonly severity: Severity | 'off';
  /** One line, for docs/rules.md and SARIF. */
  readonly description: string;
  check(ctx: RuleContext): readonly Finding[];
  /** Small plan texts: `notOk` must raise at least one finding of this rule, `ok` none. */
  readonly examples: { readonly notOk: string; readonly ok: string };
}

export type { Diagnostic };
