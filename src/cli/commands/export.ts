import type { LoadedPlan, RegisterCommand } from '../context.js';
import type { PlanConfig } from '../../config/types.js';
import { UsageError } from '../../model/errors.js';
import { jsonChunks, toYaml } from '../../format/data.js';
import { refuseBinaryOnTerminal } from '../binary-output.js';

const FORMATS = ['json', 'yaml', 'xlsx'] as const;

/** `plan export FILE [--format json|yaml] [--out PATH]`: the whole model. */
export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command('export')
    .description('print the whole plan model as JSON or YAML, or its tasks, units and findings as an Excel workbook')
    .argument('[file]', 'the plan (text, Markdown, HTML or .docx); - for standard input')
    .option('-f, --format <format>', 'json, yaml or xlsx (sheets Nhiệm vụ, Đơn vị, Kiểm tra)', 'json')
    .option('-o, --out <path>', 'write to a file (atomically) instead of standard output')
    .addHelpText('after', '\nExamples:\n  plan export fixtures/446-KH-UBND-2019-ha-tinh.txt\n  plan export plan.docx --format yaml --out plan.yaml\n  plan export plan.txt --format xlsx --out plan.xlsx\n  cat plan.txt | plan export -')
    .action(async (file: string | undefined, opts: { format: string; out?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be json, yaml or xlsx, not "${opts.format}"`);
      refuseBinaryOnTerminal(ctx, opts.format, opts.out);
      // The workbook's findings follow the rule settings of plan.config.yaml, as validate does.
      const config = opts.format === 'xlsx' ? await ctx.loadConfig() : undefined;
      const [loaded] = await ctx.loadPlans(file ? [file] : [], config === undefined ? {} : { config });
      if (!loaded) return;
      const content = opts.format === 'json' ? jsonChunks(loaded.plan) : opts.format === 'yaml' ? await toYaml(loaded.plan) : await workbook(loaded, config);
      await ctx.writeResult(content, opts.out, [loaded.file]);
      setExit(0);
    });
};

/** The workbook of `export --format xlsx`: its "Kiểm tra" sheet holds what `plan validate` finds. Both loaded on use. */
async function workbook(loaded: LoadedPlan, config: PlanConfig | null | undefined): Promise<Uint8Array> {
  const [{ validatePlan }, { planWorkbook }] = await Promise.all([import('../../validate/index.js'), import('../../format/xlsx-sheets.js')]);
  return planWorkbook({ path: loaded.file, plan: loaded.plan, findings: validatePlan(loaded.plan, loaded.diagnostics, { config: config ?? null }) });
}
