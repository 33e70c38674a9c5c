import type { Plan, UnitRef } from '../model/types.js';
import type { Diagnostic, Place, Severity } from '../model/diagnostic.js';
import type { Msg } from '../i18n/index.js';
import type { PlanConfig } from '../config/types.js';
import type { Pairing, PairingOptions } from './pairing.js';
import type { Coverage } from './coverage.js';

/**
 * What a rule reports: a Diagnostic without the rule id and severity, which the engine adds,
 * and with its messages as catalog ids and parameters, which the engine renders in the
 * language asked for (issue 21).
 */
export type Finding = Omit<Diagnostic, 'ruleId' | 'severity' | 'message' | 'messageId' | 'params' | 'related'> & {
  readonly message: Msg;
  readonly related?: readonly (Place & { readonly message: Msg })[];
};

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
  /** What the parser read and left unread, when the caller has it. */
  readonly coverage: Coverage | null;
  /** Each duty of TỔ CHỨC THỰC HIỆN with its best appendix task (computed once per options, shared). */
  pairings(options?: PairingOptions): readonly Pairing[];
  /** `plan validate --as-of DATE`: the day whose bodies the plan is read with; null when not given. */
  readonly asOf: string | null;
}

/**
 * A numeric option of a rule, set in plan.config.yaml (`rules: { id: [error, { name: value }] }`).
 * Its default is the value the rule's docs justify; min and max bound what a config may set.
 */
export interface RuleOption {
  readonly default: number;
  readonly min: number;
  readonly max: number;
  /** One line, for docs/rules.md. */
  readonly description: string;
}

/** The values of a rule's options, every one present (defaults filled in). */
export type RuleOptionValues = Readonly<Record<string, number>>;

export interface Rule {
  /** Kebab-case name of the problem (DESIGN.md §11). */
  readonly id: string;
  /** 'off': the rule runs only when asked for (`--rule id=warning`, or the option that needs it). */
  readonly severity: Severity | 'off';
  /** One line, for docs/rules.md and SARIF. */
  readonly description: string;
  /** Numeric options a config may set; none when absent. */
  readonly options?: Readonly<Record<string, RuleOption>>;
  check(ctx: RuleContext, options: RuleOptionValues): readonly Finding[];
  /** Small plan texts: `notOk` must raise at least one finding of this rule, `ok` none. */
  readonly examples: { readonly notOk: string; readonly ok: string };
}

export type { Diagnostic };
