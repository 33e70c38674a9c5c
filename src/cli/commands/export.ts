import type { RegisterCommand } from '../context.js';
import { jsonChunks, toYaml } from '../../format/data.js';
import { pickFormat } from '../pick-format.js';

/** `plan export FILE [--format json|yaml] [--out PATH]`: the whole model. */
export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command('export')
    .description('print the whole plan model as JSON or YAML')
    .argument('[file]', 'the plan (text, Markdown, HTML or .docx); - for standard input')
    .option('-f, --format <format>', 'json or yaml (default: json, or the --out extension)')
    .option('-o, --out <path>', 'write to a file (atomically) instead of standard output')
    .addHelpText('after', '\nExamples:\n  plan export fixtures/446-KH-UBND-2019-ha-tinh.txt\n  plan export plan.docx --format yaml --out plan.yaml\n  cat plan.txt | plan export -')
    .action(async (file: string | undefined, opts: { format?: string; out?: string }) => {
      const format = pickFormat(ctx, opts, 'export', ['json', 'yaml']);
      const [loaded] = await ctx.loadPlans(file ? [file] : []);
      if (!loaded) return;
      const content = format === 'json' ? jsonChunks(loaded.plan) : await toYaml(loaded.plan);
      await ctx.writeResult(content, opts.out, [loaded.file]);
      setExit(0);
    });
};
