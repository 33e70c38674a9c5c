import type { CliContext, LoadedPlan } from '../context.js';
import type { PlanConfig } from '../../config/types.js';
import { InputError } from '../../model/errors.js';
import { runFile } from './run-file.js';
import { failureOf } from '../load-each.js';
import type { FileOutcome, Job, JobSpec, ReadOptions } from './spec.js';

export interface BatchOptions {
  /** How many files are read at once, each in its own worker thread (--jobs; 1: in this thread). */
  readonly jobs: number;
  /** The global options a worker reads its files with. */
  readonly read: ReadOptions;
  /** The config the command read, handed to ctx.loadPlans when standard input is read. */
  readonly config?: PlanConfig | null;
}

/**
 * Each file of a batch, read and worked on (runFile), in the order of `names` (planNames:
 * the arguments, or the config's `plans:`; none: standard input) (issue 19).
 * With --jobs above 1 and more than one file, worker threads read the files while this thread
 * hands out the next ones and puts the results back in order. A file that cannot be read comes
 * as a failure in its place (issue 13: every file is reported). Nothing of a file is kept here
 * once its outcome is consumed.
 */
export async function* eachFile(ctx: CliContext, names: readonly string[], what: JobSpec, options: BatchOptions): AsyncGenerator<FileOutcome> {
  const spec: Job = { ...what, lang: ctx.lang };
  if (names.length === 0) {
    // Standard input, or the usage error that says how to name a plan: the context decides.
    const plans = await ctx.loadPlans([], options.config === undefined ? {} : { config: options.config });
    for (const [index, loaded] of plans.entries()) yield { index, file: loaded.file, result: await runFile(spec, loaded) };
    return;
  }
  if (options.jobs > 1 && names.length > 1) {
    // The pool loads node:worker_threads, ~2.5 ms of CPU of a cold start: only a batch needs it (issue 19).
    const pool = await import('./pool.js');
    const entry = pool.workerEntry();
    if (entry !== null) {
      yield* pool.inWorkers(entry, names, spec, { jobs: options.jobs, read: { ...options.read, cwd: ctx.cwd } });
      return;
    }
  }
  for (const [index, file] of names.entries()) {
    let loaded: LoadedPlan | undefined;
    try {
      loaded = (await ctx.loadPlans([file]))[0];
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield { index, file, failure: failureOf(e, file, ctx.lang) };
      continue;
    }
    if (loaded) yield { index, file, result: await runFile(spec, loaded) };
  }
}
