import type { RegisterCommand } from '../context.js';
import { UsageError } from '../../model/errors.js';
import { jsonChunks, toYaml } from '../../format/data.js';
import { checkAsOf, withSuccessors } from '../../query/as-of.js';

const FORMATS = ['json', 'yaml'] as const;

/** `plan export FILE [--format json|yaml] [--out PATH]`: the whole model. */
export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command('export')
    .description('print the whole plan model as JSON or YAML')
    .argument('[file]', 'the plan (text, Markdown, HTML or .docx); - for standard input')
    .option('-f, --format <format>', 'json or yaml', 'json')
    .option('-o, --out <path>', 'write to a file (atomically) instead of standard output')
    .option('--as-of <date>', 'add to every unit its successor on that day (YYYY-MM-DD; data/successors.json)')
    .addHelpText('after', '\nExamples:\n  plan export fixtures/446-KH-UBND-2019-ha-tinh.txt\n  plan export plan.docx --format yaml --out plan.yaml\n  plan export plan.txt --as-of 2026-01-01\n  cat plan.txt | plan export -')
    .action(async (file: string | undefined, opts: { format: string; out?: string; asOf?: string }) => {
      if (!(FORMATS as readonly string[]).includes(opts.format)) throw new UsageError(`--format must be json or yaml, not "${opts.format}"`);
      const [loaded] = await ctx.loadPlans(file ? [file] : []);
      if (!loaded) return;
      const plan = opts.asOf === undefined ? loaded.plan : withSuccessors(loaded.plan, checkAsOf(opts.asOf));
      const content = opts.format === 'json' ? jsonChunks(plan) : await toYaml(plan);
      await ctx.writeResult(content, opts.out, [loaded.file]);
      setExit(0);
    });
};
