import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { addFilterOptions, addOutputOptions, queryOptions, runQuery } from './query.js';

export const registerTasks: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('tasks')
    .description("list a plan's tasks, filtered by unit, role, group, period or text")
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
  addOutputOptions(addFilterOptions(cmd, 'tasks'));
  cmd.addHelpText(
    'after',
    `
Examples:
  $ plan tasks plan.txt --unit "Sở Giáo dục"
  $ plan tasks plan.txt --unit "Sở TT&TT" --role lead --format csv --out tasks.csv
  $ plan tasks plans/*.txt --in 2020 --grep "hội thảo"`,
  );
  cmd.action(async (files: string[], _opts: unknown, command: Command) => {
    setExit(await runQuery('tasks', files, queryOptions(command), ctx));
  });
};
