import { availableParallelism } from 'node:os';
import { msg } from '../../i18n/index.js';
import type { Command } from 'commander';
import { UsageError } from '../../model/errors.js';
import { isInputFormat } from '../../parse/detect.js';
import type { ReadOptions } from './spec.js';

/**
 * The most --jobs accepts: each worker thread holds its own copy of the parser and one plan
 * (about 40 MB for a plan of the corpus), so a mistyped count must not start thousands.
 */
export const MAX_JOBS = 256;

/** `--jobs N` on the commands that read many files (validate, export, tasks). */
export function addJobsOption(cmd: Command): Command {
  return cmd.option('-j, --jobs <n>', `files read at once, each in its own thread (1 to ${MAX_JOBS}; default: the number of CPUs)`);
}

/** The number of worker threads: --jobs as given, or one per CPU. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_JOBS) {
    throw new UsageError(msg('usage.jobs', { max: MAX_JOBS, value }));
  }
  return Number(value);
}

/** The global options a worker reads its files with (main.ts checked them: peekGlobals). */
export function readOptionsOf(command: Command): ReadOptions {
  const { inputFormat, maxSize } = command.optsWithGlobals<{ inputFormat?: string; maxSize?: string }>();
  return {
    ...(isInputFormat(inputFormat) ? { inputFormat } : {}),
    ...(maxSize !== undefined && /^\d+$/.test(maxSize) ? { maxSize: Number(maxSize) } : {}),
  };
}
