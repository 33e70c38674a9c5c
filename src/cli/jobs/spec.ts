import type { InputFormat } from '../../model/types.js';
import type { PlanConfig } from '../../config/types.js';
import type { FileReport } from '../../format/diagnostics/index.js';
import type { RuleSetting } from '../../validate/index.js';
import type { TaskFilters, TaskHit } from '../../query/tasks.js';
import type { LoadFailure } from '../load-each.js';
import type { PlanDigest } from '../../query/digest.js';
import type { Lang } from '../../i18n/index.js';

/**
 * What a command does with each file of a batch (issue 19): the same per-file work runs in
 * the main thread (`--jobs 1`) or in a worker thread, and the command merges the results in
 * the order of its arguments. A spec crosses to a worker by structured clone: plain data only.
 */
export type JobSpec = ExportJob | ValidateJob | TasksJob;

/** A spec with the language of the run: a worker renders findings and failures as the main thread would. */
export type Job = JobSpec & { readonly lang: Lang };

/** `plan export`: each plan's text, written in place in the output. */
export interface ExportJob {
  readonly kind: 'export';
  readonly format: 'json' | 'jsonl' | 'yaml';
  /** The day of --as-of, when given: each unit gets its successor on that day. */
  readonly asOf?: string;
}

/** `plan validate`: each file's findings, and with --explain its pairings. */
export interface ValidateJob {
  readonly kind: 'validate';
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly config: PlanConfig | null;
  readonly asOf?: string;
  readonly quiet: boolean;
  readonly explain: boolean;
}

/** `plan tasks`: each plan's tasks that pass the filters, and what a note on an empty result needs (PlanDigest). */
export interface TasksJob {
  readonly kind: 'tasks';
  readonly filters: TaskFilters;
}

/** The result of one file, by kind of job. */
export type JobResult = ExportResult | ValidateResult | TasksResult;

export interface ExportResult {
  readonly kind: 'export';
  /** The plan's text in pieces, without the newline that ends it. */
  readonly pieces: Iterable<string>;
}

export interface ValidateResult {
  readonly kind: 'validate';
  readonly report: FileReport;
  /** The pairings of --explain, ready to print; null without it. */
  readonly explain: string | null;
}

export interface TasksResult {
  readonly kind: 'tasks';
  readonly hits: readonly TaskHit[];
  readonly digest: PlanDigest;
}

/** How a worker reads its files: the global options of the command line. */
export interface ReadOptions {
  readonly inputFormat?: InputFormat;
  readonly maxSize?: number;
  /** The folder relative file names are read against (the CLI's io.cwd). */
  readonly cwd?: string;
}

/** One file of the batch, as the command receives it, in argument order. */
export type FileOutcome<R extends JobResult = JobResult> =
  | { readonly index: number; readonly file: string; readonly result: R }
  | { readonly index: number; readonly file: string; readonly failure: LoadFailure };
