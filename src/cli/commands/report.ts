import { examplesHelp } from '../help-lang.js';
import { msg } from '../../i18n/index.js';
import type { RegisterCommand } from '../context.js';
import { UsageError } from '../../model/errors.js';
import { validatePlan } from '../../validate/index.js';
import { renderReport } from '../../format/report/index.js';
import pkg from '../../../package.json' with { type: 'json' };

interface ReportFlags {
  out?: string;
  config?: string;
}

/** `plan report FILE... --out report.html`: one self-contained HTML page people read. */
export const registerReport: RegisterCommand = (program, ctx, setExit) => {
  program
    .command('report')
    .description('one self-contained HTML page: matrix of units × tasks, timeline, findings, unit dossiers')
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)')
    .option('-o, --out <file>', 'write the page to this file (through a temporary file; never over an input)')
    .option('--config <path>', 'plan.config.yaml to use (aliases and rule settings)')
    .addHelpText(
      'after',
      examplesHelp(ctx.lang, ['plan report fixtures/446-KH-UBND-2019-ha-tinh.txt --out report.html', 'plan report plans/*.txt --lang en --out plans.html']),
    )
    .action(async (files: string[], flags: ReportFlags) => {
      // A page of HTML on a terminal is noise; a pipe or a file is what the user meant.
      if ((flags.out === undefined || flags.out === '-') && ctx.stdoutIsTTY) {
        throw new UsageError(msg('usage.reportOut'));
      }
      const config = await ctx.loadConfig(flags.config);
      const loaded = await ctx.loadPlans(files, { config, keepLines: true });
      const plans = loaded.map(({ file, plan, diagnostics, lines }) => ({
        file,
        plan,
        findings: validatePlan(plan, diagnostics, { config, lang: ctx.lang }),
        ...(lines ? { lines } : {}),
      }));
      const html = renderReport(plans, { lang: ctx.lang, generator: `plan (kehoach) ${pkg.version}` });
      await ctx.writeResult(html, flags.out, loaded.map((p) => p.file));
      setExit(0);
    });
};
