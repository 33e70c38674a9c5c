import type { LoadedPlan } from '../context.js';
import type { ExportJob, ExportResult, Job, JobResult, TasksJob, TasksResult, ValidateJob, ValidateResult } from './spec.js';
import { jsonChunks, toJsonLine, toYaml } from '../../format/data.js';
import { withSuccessors } from '../../query/as-of.js';
import { findTasks } from '../../query/tasks.js';
import { planDigest } from '../../query/digest.js';
import { validatePlan, explainPairings, explainOptions } from '../../validate/index.js';
import { renderPairings } from '../../validate/explain.js';
import { displayPath } from '../../format/diagnostics/report.js';
import { safeText } from '../../format/safe-text.js';

/**
 * The work a batch command does on one plan, the same in the main thread and in a worker
 * (issue 19): what --jobs 1 and --jobs N write is the same by construction. The model is not
 * kept: only the result leaves.
 */
export async function runFile(spec: Job, loaded: LoadedPlan): Promise<JobResult> {
  switch (spec.kind) {
    case 'export':
      return exportFile(spec, loaded);
    case 'validate':
      return validateFile(spec, loaded);
    case 'tasks':
      return tasksFile(spec, loaded);
  }
}

async function exportFile(spec: ExportJob, loaded: LoadedPlan): Promise<ExportResult> {
  const plan = spec.asOf === undefined ? loaded.plan : withSuccessors(loaded.plan, spec.asOf);
  if (spec.format === 'jsonl') return { kind: 'export', pieces: [toJsonLine(plan)] };
  if (spec.format === 'yaml') return { kind: 'export', pieces: [await toYaml(plan)] };
  return { kind: 'export', pieces: withoutLastNewline(jsonChunks(plan)) };
}

/** jsonChunks ends a plan with a newline; the batch writer puts what separates plans in its place. */
function* withoutLastNewline(pieces: Iterable<string>): Generator<string> {
  let held: string | null = null;
  for (const piece of pieces) {
    if (held !== null) yield held;
    held = piece;
  }
  if (held !== null) yield held.replace(/\n$/, '');
}

function validateFile(spec: ValidateJob & Pick<Job, 'lang'>, loaded: LoadedPlan): ValidateResult {
  const { file, plan, diagnostics } = loaded;
  const { config, asOf } = spec;
  // --as-of asks whether the plan names bodies that no longer exist: unit-superseded runs at
  // warning unless the command line or the config set its severity.
  const superseded = asOf !== undefined && spec.rules['unit-superseded'] === undefined && config?.rules?.['unit-superseded'] === undefined;
  const rules = superseded ? { ...spec.rules, 'unit-superseded': 'warning' as const } : spec.rules;
  let list = validatePlan(plan, diagnostics, { rules, config, lang: spec.lang, ...(asOf !== undefined ? { asOf } : {}) });
  if (spec.quiet) list = list.filter((d) => d.severity === 'error');
  const explain = spec.explain ? safeText(renderPairings(displayPath(file), explainPairings(plan, config), explainOptions(config)), { newlines: true }) : null;
  return { kind: 'validate', report: { path: file, diagnostics: list }, explain };
}

function tasksFile(spec: TasksJob, loaded: LoadedPlan): TasksResult {
  const { filters } = spec;
  return {
    kind: 'tasks',
    hits: findTasks([loaded], filters),
    digest: planDigest(loaded, filters),
  };
}
