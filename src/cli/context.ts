import type { Command } from 'commander';
import type { InputFormat, Plan } from '../model/types.js';
import type { Diagnostic } from '../model/diagnostic.js';
import type { SourceLine } from '../model/source-line.js';
import type { PlanConfig } from '../config/types.js';
import type { Lang } from '../i18n/index.js';

/** A plan read by the CLI, with the name to show for it. */
export interface LoadedPlan {
  /** The path as the user typed it, or '-' for standard input. */
  readonly file: string;
  readonly plan: Plan;
  readonly diagnostics: readonly Diagnostic[];
  /** The document's lines, when loaded with `keepLines` (a report quotes them). */
  readonly lines?: readonly SourceLine[];
}

export interface LoadOptions {
  readonly inputFormat?: InputFormat;
  /** Refuse files larger than this many bytes (default 50 MB). */
  readonly maxSize?: number;
  /** Keep the document's lines in LoadedPlan.lines (default false: most commands never quote them). */
  readonly keepLines?: boolean;
}

/**
 * Everything a command needs from the outside world. cli/ is the only layer that touches fs,
 * process and exit codes; commands get them through this object so they stay testable.
 */
export interface CliContext {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Colour decided once: a TTY, and neither NO_COLOR, TERM=dumb nor --no-color. */
  readonly color: boolean;
  readonly stdoutIsTTY: boolean;
  readonly columns: number;
  /** The language of messages, help and reports (--lang, PLAN_LANG, `lang:` of the config; Vietnamese by default). */
  readonly lang: Lang;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  /**
   * Reads and parses plans. `files` empty: the plans of the config's `plans:`, or standard input
   * when piped; otherwise a UsageError saying how to name a plan. Throws InputError (exit 2).
   */
  loadPlans(files: readonly string[], options?: LoadOptions & { config?: PlanConfig | null }): Promise<LoadedPlan[]>;
  /** plan.config.yaml from --config, or found from cwd upward; null when there is none. */
  loadConfig(explicitPath?: string): Promise<PlanConfig | null>;
  /**
   * Writes a command's result: to stdout, or with `out` to that file through a temporary file
   * and a rename (write-out.ts: never truncating an existing file on failure, replacing only a
   * regular file, refusing to overwrite an input). An iterable is written piece by piece, so a
   * large result is never held whole; an async one as its pieces come (a batch, issue 19).
   */
  writeResult(content: string | Uint8Array | Iterable<string> | AsyncIterable<string>, out: string | undefined, inputs: readonly string[]): Promise<void>;
}

/** A subcommand module registers itself on the program; its action returns the exit code. */
export type RegisterCommand = (program: Command, ctx: CliContext, setExit: (code: number) => void) => void;
