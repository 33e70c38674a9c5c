import type { RegisterCommand } from '../context.js';
import { UsageError } from '../../model/errors.js';
import type { Plan } from '../../model/types.js';
import { toJson, toYaml } from '../../format/data.js';

const FORMATS = ['json', 'yaml'] as const;

/** `plan export FILE [--format json|yaml] [--out PATH]`: the whole model. */
export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command('export')
    .description('print the whole plan model as JSON or YAML')
    .argument('[file]', 'the plan (text, Markdown, HTML or .docx); - for standard input')
    .option('-f, --format <format>', 'json or yaml', 'json')
    .option('-o, --out <path>', 'write to a file (atomically) instead of standard output')
    .addHelpText('after', '\nExamples:\n  plan export fixtures/446-KH-UBND-2019-ha-tinh.txt\n  plan export plan.docx --format yaml --out plan.yaml\n  cat plan.txt | plan export -')
    .action(async (file: string | undefined, opts: { format: string; out?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be json or yaml, not "${opts.format}"`);
      const [loaded] = await ctx.loadPlans(file ? [file] : []);
      if (!loaded) return;
      const text = await serialise(loaded.plan, opts.format as (typeof FORMATS)[number]);
      await ctx.writeResult(text, opts.out, [loaded.file]);
      setExit(0);
    });
};

export async function serialise(data: Plan, format: 'json' | 'yaml'): Promise<string> {
  return format === 'json' ? toJson(data) : toYaml(data);
}
