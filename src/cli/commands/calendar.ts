import { examplesHelp } from '../help-lang.js';
import { msg } from '../../i18n/index.js';
import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { findTasks } from '../../query/tasks.js';
import { calendarContent } from '../../format/calendar-events.js';
import { toIcs } from '../../format/calendar-ics.js';
import { addFilterOptions, asOfDate, checkFilters, loadForQuery, note, queryOptions, taskFilters, type QueryOptions } from './query-shared.js';

/** `plan calendar FILE… [--out plan.ics]`: deadlines and timeframes as an RFC 5545 calendar. */
export const registerCalendar: RegisterCommand = (program: Command, ctx, setExit) => {
  const cmd = program
    .command('calendar')
    .description('the tasks with a date, recurring tasks and reporting deadlines as an iCalendar (.ics) file')
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)')
    .option('-o, --out <file>', 'write the calendar to a file (through a temporary file; never over an input)')
    .option('-q, --quiet', 'do not list on stderr the tasks that have no date');
  addFilterOptions(cmd, 'tasks');
  cmd.addHelpText(
    'after',
    examplesHelp(ctx.lang, ['plan calendar plan.txt --out plan.ics', 'plan calendar plans/*.txt --unit "Sở Giáo dục" --role lead --out so-gd.ics'], 'help.calendar.after'),
  );
  cmd.action(async (files: string[], _opts: unknown, command: Command) => {
    const opts: QueryOptions = queryOptions(command);
    checkFilters('tasks', opts);
    const loaded = await loadForQuery(ctx, files, opts);
    const knowledge = { aliases: loaded.config?.aliases ?? {}, parents: loaded.config?.parents ?? {} };
    const hits = findTasks(loaded.plans, taskFilters(opts, knowledge, asOfDate(opts)));
    const byFile = new Map(loaded.plans.map((p) => [p.file, p.plan]));
    const plans = loaded.plans.map((p) => p.plan);
    const content = calendarContent(
      hits.map((task) => ({ task, plan: byFile.get(task.document.file ?? '') ?? (plans[0] as (typeof plans)[number]) })),
      plans,
      ctx.lang,
    );
    const numbers = plans.map((p) => p.document.number ?? '').filter((n) => n !== '');
    const name = numbers.length === 1 ? `Kế hoạch ${numbers[0]}` : `Kế hoạch (${plans.length} văn bản)`;
    const stamp = plans.map((p) => p.document.date ?? '').reduce((a, b) => (b > a ? b : a), '') || '2000-01-01';
    await ctx.writeResult(toIcs(content.events, { name, stamp }), opts.out, loaded.plans.map((p) => p.file));
    for (const u of content.unplaced) {
      note(ctx, opts, msg('note.notInCalendar', { document: u.document, id: u.id, reason: u.reason, timeframe: u.timeframe ? msg('note.timeframe', { text: u.timeframe }) : '' }));
    }
    if (content.events.length === 0) note(ctx, opts, msg('note.noEvent'));
    setExit(0);
  });
};
