import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { addFilterOptions, addOutputOptions, queryOptions, runQuery } from './query.js';

export const registerUnits: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('units')
    .description("list a plan's units; with --unit, everything the plan asks of that unit")
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
  addOutputOptions(addFilterOptions(cmd, 'units'));
  cmd.addHelpText(
    'after',
    `
Examples:
  $ plan units plan.txt
  $ plan units plan.txt --unit "Sở Tài chính"`,
  );
  cmd.action(async (files: string[], _opts: unknown, command: Command) => {
    setExit(await runQuery('units', files, queryOptions(command), ctx));
  });
};
