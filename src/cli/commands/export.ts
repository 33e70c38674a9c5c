import type { LoadedPlan, RegisterCommand } from '../context.js';
import type { Plan } from '../../model/types.js';
import type { PlanConfig } from '../../config/types.js';
import { UsageError } from '../../model/errors.js';
import { jsonChunks, toYaml } from '../../format/data.js';
import { checkAsOf, withSuccessors } from '../../query/as-of.js';
import { refuseBinaryOnTerminal } from '../binary-output.js';
import { loadEach } from '../load-each.js';
import { finish } from './query.js';
import { pickFormat } from '../pick-format.js';


/**
 * `plan export FILE... [--format json|yaml] [--out PATH]`: the whole model. One file gives its
 * plan; several give a JSON array of plans, or one YAML document per plan. A file that cannot
 * be read does not stop the others: they are exported, it gets its line on stderr, exit 2.
 */
export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command('export')
    .description('print the whole plan model as JSON or YAML, or its tasks, units and findings as an Excel workbook')
    .argument('[files...]', 'the plans (text, Markdown, HTML or .docx); - for standard input')
    .option('-f, --format <format>', 'json, yaml or xlsx (sheets Nhiệm vụ, Đơn vị, Kiểm tra); default: json, or the --out extension')
    .option('-o, --out <path>', 'write to a file (atomically) instead of standard output')
    .option('--as-of <date>', 'add to every unit its successor on that day (YYYY-MM-DD; data/successors.json)')
    .addHelpText('after', '\nExamples:\n  plan export fixtures/446-KH-UBND-2019-ha-tinh.txt\n  plan export plan.docx --format yaml --out plan.yaml\n  plan export plan.txt --format xlsx --out plan.xlsx\n  plan export plan.txt --as-of 2026-01-01\n  cat plan.txt | plan export -\n\nWith several files: a JSON array of plans, or one YAML document per plan (a workbook takes one plan).')
    .action(async (files: string[], opts: { format?: string; out?: string; asOf?: string }) => {
      const format = pickFormat(ctx, opts, 'export', ['json', 'yaml', 'xlsx']);
      if (format === 'xlsx' && files.length > 1) throw new UsageError('--format xlsx takes one plan: export each plan to its own workbook');
      refuseBinaryOnTerminal(ctx, format, opts.out);
      const asOf = opts.asOf === undefined ? undefined : checkAsOf(opts.asOf);
      // The workbook's findings follow the rule settings of plan.config.yaml, as validate does.
      const config = format === 'xlsx' ? await ctx.loadConfig() : undefined;
      const loaded = await loadEach(ctx, files, config === undefined ? {} : { config });
      const plans = loaded.plans.map((p) => (asOf === undefined ? p.plan : withSuccessors(p.plan, asOf)));
      const first = loaded.plans[0];
      if (first && plans[0]) {
        const content =
          format === 'xlsx'
            ? await workbook({ ...first, plan: plans[0] }, config)
            : format === 'json'
              ? loaded.plans.length + loaded.failures.length > 1
                ? jsonList(plans)
                : jsonChunks(plans[0])
              : await yamlDocuments(plans);
        await ctx.writeResult(content, opts.out, loaded.plans.map((p) => p.file));
      }
      setExit(finish(ctx, loaded, 0));
    });
};

/** The workbook of `export --format xlsx`: its "Kiểm tra" sheet holds what `plan validate` finds. Both loaded on use. */
async function workbook(loaded: LoadedPlan, config: PlanConfig | null | undefined): Promise<Uint8Array> {
  const [{ validatePlan }, { planWorkbook }] = await Promise.all([import('../../validate/index.js'), import('../../format/xlsx-sheets.js')]);
  return planWorkbook({ path: loaded.file, plan: loaded.plan, findings: validatePlan(loaded.plan, loaded.diagnostics, { config: config ?? null }) });
}

/** Several plans as one JSON array, each written in pieces as export writes one plan. */
function* jsonList(plans: readonly Plan[]): Generator<string> {
  yield '[\n';
  for (let i = 0; i < plans.length; i++) {
    // jsonChunks ends a plan with a newline; the separator takes its place.
    let held: string | null = null;
    for (const piece of jsonChunks(plans[i])) {
      if (held !== null) yield held;
      held = piece;
    }
    if (held !== null) yield held.replace(/\n$/, '');
    yield i < plans.length - 1 ? ',\n' : '\n';
  }
  yield ']\n';
}

/** One YAML document per plan, separated by `---`. */
async function yamlDocuments(plans: readonly Plan[]): Promise<string> {
  const docs = await Promise.all(plans.map((p) => toYaml(p)));
  return docs.length === 1 && plans.length === 1 ? (docs[0] ?? '') : docs.map((d) => `---\n${d}`).join('');
}
