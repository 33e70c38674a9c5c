import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { addFilterOptions, addOutputOptions, queryOptions, runQuery } from './query.js';

export const registerContent: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('content')
    .description('list the content areas of a plan (NỘI DUNG / NHIỆM VỤ VÀ GIẢI PHÁP)')
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
  addOutputOptions(addFilterOptions(cmd, 'content'));
  cmd.addHelpText('after', '\nExample:\n  $ plan content plan.txt --grep "báo chí"');
  cmd.action(async (files: string[], _opts: unknown, command: Command) => {
    setExit(await runQuery('content', files, queryOptions(command), ctx));
  });
};
