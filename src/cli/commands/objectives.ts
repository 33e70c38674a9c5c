import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { addFilterOptions, addOutputOptions, queryOptions, runQuery } from './query.js';

export const registerObjectives: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('objectives')
    .description('list the purposes, requirements and targets of a plan (MỤC ĐÍCH, YÊU CẦU / MỤC TIÊU)')
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
  addOutputOptions(addFilterOptions(cmd, 'objectives'));
  cmd.addHelpText('after', '\nExample:\n  $ plan objectives plan.txt --format md');
  cmd.action(async (files: string[], _opts: unknown, command: Command) => {
    setExit(await runQuery('objectives', files, queryOptions(command), ctx));
  });
};
