import { existsSync, fstatSync, writeSync } from 'node:fs';
import type { CliContext, LoadedPlan, LoadOptions } from './context.js';
import type { PlanConfig } from '../config/types.js';
import { InputError, UsageError } from '../model/errors.js';
import { findConfig, parseConfig, expandPlans } from '../config/load.js';
import { readInput } from './read-input.js';
import { writeOut } from './write-out.js';
import { safeText } from '../format/safe-text.js';

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export interface GlobalOptions {
  color?: boolean;
  inputFormat?: LoadOptions['inputFormat'];
  maxSize?: number;
  config?: string;
}

/** The CliContext of a real process: files, standard streams, environment. */
export function createNodeContext(globals: GlobalOptions): CliContext {
  // A write to standard output that fails (the reader closed the pipe: EPIPE; the disk is
  // full: ENOSPC) ends the run with one line and exit 2: the output is incomplete, and a script
  // must not take it for a result. Node reports these as 'error' events, never as exceptions.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    try {
      writeSync(2, `plan: standard output: ${describeWriteError(e)}\n`);
    } catch {
      /* standard error is gone too: the exit code still says it */
    }
    process.exit(2);
  });
  // A closed standard error must not turn into a crash: the exit code still tells.
  process.stderr.on('error', () => process.exit(2));
  const env = process.env;
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  const color = decideColor({ isTTY: stdoutIsTTY, flag: globals.color !== false, env });
  const ctx: CliContext = {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    color,
    stdoutIsTTY,
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: process.stdout.columns || Number(env.COLUMNS) || 100,
    env,
    cwd: process.cwd(),
    async loadConfig(explicitPath) {
      const path = explicitPath ?? globals.config ?? findConfig(process.cwd());
      if (!path) return null;
      if (!existsSync(path)) throw new InputError(path, 'the config file does not exist');
      return parseConfig(readInput(path, globals.maxSize ?? DEFAULT_MAX_SIZE), path);
    },
    async loadPlans(files, options = {}) {
      let names = [...files];
      if (!names.length) {
        const config = options.config === undefined ? await ctx.loadConfig() : options.config;
        names = config?.plans?.length ? expandPlans(config, process.cwd()) : [];
        if (!names.length && stdinIsPiped()) names = ['-'];
        if (!names.length) {
          throw new UsageError('no plan named: give a FILE (or - for standard input), pipe a plan in, or list plans under `plans:` in plan.config.yaml');
        }
      }
      const out: LoadedPlan[] = [];
      for (const file of names) {
        out.push(await loadOne(file, { inputFormat: options.inputFormat ?? globals.inputFormat, maxSize: options.maxSize ?? globals.maxSize, keepLines: options.keepLines === true }));
      }
      return out;
    },
    async writeResult(content, outPath, inputs) {
      if (outPath === undefined || outPath === '-') {
        // Writes to files and pipes are synchronous on Linux: pieces do not pile up in memory.
        if (typeof content === 'string' || content instanceof Uint8Array) process.stdout.write(content);
        else for await (const piece of content) process.stdout.write(piece);
        return;
      }
      await writeOut(outPath, content, inputs);
    },
  };
  return ctx;
}

export async function loadOne(file: string, options: LoadOptions): Promise<LoadedPlan> {
  const bytes = readInput(file, options.maxSize ?? DEFAULT_MAX_SIZE);
  // The parser is loaded on first use: `plan --help` and `plan --version` never need it.
  const { readPlan } = await import('../parse-plan.js');
  const { plan, diagnostics, lines } = await readPlan(bytes, {
    path: file === '-' ? null : file,
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    keepLines: options.keepLines === true,
  });
  return { file, plan, diagnostics, ...(lines ? { lines } : {}) };
}

/** Whether a plan is piped or redirected in (a pipe or a file, not a terminal or /dev/null). */
function stdinIsPiped(): boolean {
  try {
    const st = fstatSync(0);
    return st.isFIFO() || st.isFile() || st.isSocket();
  } catch {
    return false;
  }
}

/** The one-line reason of a failed write to standard output. */
function describeWriteError(e: NodeJS.ErrnoException): string {
  if (e.code === 'EPIPE') return 'the reader closed the pipe before the output was complete (EPIPE)';
  if (e.code === 'ENOSPC') return 'no space left on the device; the output is incomplete (ENOSPC)';
  return `cannot write; the output is incomplete (${safeText(e.code ?? e.message)})`;
}

/**
 * Whether to colour standard output. --no-color always wins; then FORCE_COLOR as chalk reads
 * it (0 or false: never; 1, 2, 3, true or empty: always, even into a pipe); then NO_COLOR
 * (no-color.org: set and not empty) and TERM=dumb; otherwise only on a terminal.
 */
export function decideColor(options: { readonly isTTY: boolean; readonly flag: boolean; readonly env: Readonly<Record<string, string | undefined>> }): boolean {
  const { env } = options;
  if (!options.flag) return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force.toLowerCase() === 'false');
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return options.isTTY && env.TERM !== 'dumb';
}

export type { PlanConfig };
