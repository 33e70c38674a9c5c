import { examplesHelp } from '../help-lang.js';
import type { Command } from 'commander';
import type { RegisterCommand } from '../context.js';
import { formatOverview } from '../../format/overview.js';
import { toJson, toYaml } from '../../format/data.js';
import { safeText } from '../../format/safe-text.js';
import { planOverview } from '../../query/overview.js';
import { addOutputOptions, finish, loadForQuery, queryOptions, renderOptions } from './query-shared.js';
import { pickFormat } from '../pick-format.js';

export const registerShow: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('show')
    .description('a one-screen overview of a plan: header, outline with counts, appendices')
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
  addOutputOptions(cmd);
  cmd.addHelpText('after', examplesHelp(ctx.lang, ['plan show plan.txt']));
  cmd.action(async (files: string[], _opts: unknown, command: Command) => {
    const opts = queryOptions(command);
    // csv has no shape for an overview.
    const format = pickFormat(ctx, opts, 'show', ['table', 'md', 'json', 'yaml']);
    const loaded = await loadForQuery(ctx, files, opts);
    if (loaded.plans.length === 0) return setExit(finish(ctx, loaded, 0));
    const render = renderOptions(ctx, format, opts);
    const overviews = loaded.plans.map((p) => planOverview(p.plan));
    let content: string;
    if (format === 'json' || format === 'yaml') {
      // One plan: its overview; several: a list, each with the file it was read from.
      const data = overviews.length === 1 ? overviews[0] : overviews.map((o, i) => ({ file: loaded.plans[i]?.file ?? null, ...o }));
      content = format === 'json' ? toJson(data) : await toYaml(data);
    } else {
      const parts = await Promise.all(overviews.map((o) => formatOverview(o, render)));
      content = parts.map((p, i) => (overviews.length > 1 ? `${render.chalk.dim(`==> ${safeText(loaded.plans[i]?.file ?? '')} <==`)}\n${p}` : p)).join('\n');
    }
    await ctx.writeResult(content, opts.out, loaded.plans.map((p) => p.file));
    setExit(finish(ctx, loaded, 0));
  });
};
