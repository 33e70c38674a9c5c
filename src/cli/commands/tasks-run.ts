import { msg } from '../../i18n/index.js';
import type { CliContext } from '../context.js';
import type { OutputFormat } from '../../format/output-format.js';
import type { TaskHit } from '../../query/tasks.js';
import type { PlanDigest } from '../../query/digest.js';
import { formatTasks } from '../../format/tasks.js';
import { planNames, type LoadFailure } from '../load-each.js';
import { eachFile } from '../jobs/each-file.js';
import { parseJobs } from '../jobs/option.js';
import type { ReadOptions, TasksResult } from '../jobs/spec.js';
import { asOfDate, emit, finish, note, renderOptions, taskFilters, unitNote, type QueryOptions } from './query-shared.js';

/**
 * `plan tasks FILE…` (and `plan query tasks`): each file is read and filtered on its own, in a
 * worker thread with --jobs (issue 19); what is kept of it is its tasks that pass the filters,
 * and, while none has, the digest a note on an empty result is told from.
 */
export async function runTasks(files: readonly string[], opts: QueryOptions, ctx: CliContext, format: OutputFormat, read: ReadOptions): Promise<number> {
  const jobs = parseJobs(opts.jobs);
  const config = await ctx.loadConfig(opts.config);
  const knowledge = { aliases: config?.aliases ?? {}, parents: config?.parents ?? {} };
  const filters = taskFilters(opts, knowledge, asOfDate(opts));
  const names = await planNames(ctx, files, config);
  const hits: TaskHit[] = [];
  const digests: PlanDigest[] = [];
  const inputs: string[] = [];
  const failures: LoadFailure[] = [];
  for await (const outcome of eachFile(ctx, names, { kind: 'tasks', filters }, { jobs, read, config })) {
    if ('failure' in outcome) {
      failures.push(outcome.failure);
      continue;
    }
    const result = outcome.result as TasksResult;
    inputs.push(outcome.file);
    for (const hit of result.hits) hits.push(hit);
    // A note is told only when nothing is found: the digests are dropped at the first task.
    if (hits.length === 0) digests.push(result.digest);
    else digests.length = 0;
  }
  // Nothing could be read: the failures are the whole answer.
  if (inputs.length === 0) return finish(ctx, { failures }, 0);
  const render = { ...renderOptions(ctx, format, opts), multi: inputs.length > 1 };
  await emit(ctx, inputs, await formatTasks(hits, render), opts, hits.length === 0 ? unitNote(digests, opts, 'task') : null);
  const undated = hits.filter((h) => h.undated).map((h) => h.id);
  if (undated.length > 0) note(ctx, opts, msg('note.undated', { count: undated.length, ids: undated.join(', ') }));
  return finish(ctx, { failures }, 0);
}
