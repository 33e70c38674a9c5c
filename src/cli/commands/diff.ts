import { examplesHelp } from '../help-lang.js';
import { Option, type Command } from 'commander';
import { msg } from '../../i18n/index.js';
import { Chalk } from 'chalk';
import type { RegisterCommand } from '../context.js';
import { UsageError } from '../../model/errors.js';
import { diffPlans } from '../../diff/index.js';
import { DIFF_FORMATS, formatDiff, type DiffFormat } from '../../format/diff.js';

interface DiffFlags {
  format?: DiffFormat;
  out?: string;
}

/** `plan diff OLD NEW`: exit 0 when the plans are the same in substance, 1 when they differ, 2 on an input error (as diff(1) does). */
export const registerDiff: RegisterCommand = (program: Command, ctx, setExit) => {
  program
    .command('diff')
    .description('what changed between two plans: header, sections, responsibilities, tasks (added, removed, moved, reworded)')
    .argument('<old>', 'the earlier plan (a draft, last year\'s plan); any format')
    .argument('<new>', 'the later plan; any format')
    .addOption(new Option('-f, --format <format>', 'text (a terminal view), json (the change list of docs/diff.md) or md').choices([...DIFF_FORMATS]))
    .option('-o, --out <file>', 'write the result to a file (through a temporary file; never over an input)')
    .addHelpText(
      'after',
      examplesHelp(ctx.lang, ['plan diff draft.docx issued.pdf', 'plan diff fixtures/446-KH-UBND-2019-ha-tinh.txt fixtures/446-corrected.txt --format json'], 'help.diff.after'),
    )
    .action(async (oldFile: string, newFile: string, flags: DiffFlags) => {
      if (oldFile === '-' && newFile === '-') throw new UsageError(msg('usage.diffTwoStdin'));
      const [a, b] = await ctx.loadPlans([oldFile, newFile]);
      if (!a || !b) throw new UsageError(msg('usage.diffTwoPlans'));
      const diff = diffPlans(a.plan, b.plan, ctx.lang);
      const format = flags.format ?? (flags.out?.endsWith('.json') ? 'json' : flags.out?.endsWith('.md') ? 'md' : 'text');
      const color = ctx.color && flags.out === undefined && format === 'text';
      await ctx.writeResult(formatDiff(diff, format, new Chalk({ level: color ? 1 : 0 }), ctx.lang), flags.out, [a.file, b.file]);
      setExit(diff.same ? 0 : 1);
    });
};
