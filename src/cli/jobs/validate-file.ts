import type { LoadedPlan } from '../context.js';
import type { Job, ValidateJob, ValidateResult } from './spec.js';
import { validatePlan, explainPairings, explainOptions } from '../../validate/index.js';
import { renderPairings } from '../../validate/explain.js';
import { displayPath } from '../../format/diagnostics/report.js';
import { safeText } from '../../format/safe-text.js';

/** `plan validate` of one plan: its findings, and with --explain its pairings. */
export function validateFile(spec: ValidateJob & Pick<Job, 'lang'>, loaded: LoadedPlan): ValidateResult {
  const { file, plan, diagnostics } = loaded;
  const { config, asOf } = spec;
  // --as-of asks whether the plan names bodies that no longer exist: unit-superseded runs at
  // warning unless the command line or the config set its severity.
  const superseded = asOf !== undefined && spec.rules['unit-superseded'] === undefined && config?.rules?.['unit-superseded'] === undefined;
  const rules = superseded ? { ...spec.rules, 'unit-superseded': 'warning' as const } : spec.rules;
  let list = validatePlan(plan, diagnostics, { rules, config, lang: spec.lang, ...(asOf !== undefined ? { asOf } : {}) });
  if (spec.quiet) list = list.filter((d) => d.severity === 'error');
  const explain = spec.explain ? safeText(renderPairings(displayPath(file), explainPairings(plan, config), explainOptions(config), spec.lang), { newlines: true }) : null;
  return { kind: 'validate', report: { path: file, diagnostics: list }, explain };
}
