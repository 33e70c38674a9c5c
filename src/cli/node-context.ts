import { fstatSync, openSync, closeSync, writeSync, readFileSync, readSync, statSync, writeFileSync, renameSync, unlinkSync, realpathSync, existsSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import type { CliContext, LoadedPlan, LoadOptions } from './context.js';
import type { PlanConfig } from '../config/types.js';
import { InputError, UsageError } from '../model/errors.js';
import { findConfig, readConfig, expandPlans } from '../config/load.js';

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export interface GlobalOptions {
  color?: boolean;
  inputFormat?: LoadOptions['inputFormat'];
  maxSize?: number;
  config?: string;
}

/** The CliContext of a real process: files, standard streams, environment. */
export function createNodeContext(globals: GlobalOptions): CliContext {
  // `plan tasks … | head` closes the pipe early: that is the reader's choice, not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  const env = process.env;
  const stdoutIsTTY = Boolean(process.stdout.isTTY);
  const color = stdoutIsTTY && globals.color !== false && env.NO_COLOR === undefined && env.TERM !== 'dumb';
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
      return readConfig(path);
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
        else for (const piece of content) process.stdout.write(piece);
        return;
      }
      writeAtomically(outPath, content, inputs);
    },
  };
  return ctx;
}

async function loadOne(file: string, options: LoadOptions): Promise<LoadedPlan> {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  const bytes = file === '-' ? readStdin(maxSize) : readFile(file, maxSize);
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

/** Reads standard input in chunks, refusing it as soon as it passes the size limit. */
function readStdin(maxSize: number): Uint8Array {
  const chunks: Buffer[] = [];
  const chunk = Buffer.alloc(1 << 16);
  let total = 0;
  for (;;) {
    let n: number;
    try {
      n = readSync(0, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') continue;
      if (code === 'EOF') break;
      throw new InputError('-', `cannot read standard input (${code ?? 'error'})`);
    }
    if (n === 0) break;
    total += n;
    if (total > maxSize) throw new InputError('-', `standard input is over the limit of ${mb(maxSize)}; raise it with --max-size if this is really a plan`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks, total);
}

function readFile(file: string, maxSize: number): Uint8Array {
  let size: number;
  try {
    const st = statSync(file);
    if (st.isDirectory()) throw new InputError(file, 'is a directory, not a plan file');
    size = st.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, describeFsError(e));
  }
  if (size > maxSize) {
    throw new InputError(file, `the file is ${mb(size)}, over the limit of ${mb(maxSize)}; raise it with --max-size if this is really a plan`);
  }
  try {
    return readFileSync(file);
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
}

function mb(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${n} bytes`;
}

function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a plan file';
  return `cannot read the file (${code ?? String(e)})`;
}

/**
 * Writes through a temporary file in the same folder and renames it, so a failed run never
 * leaves a truncated file; refuses to write over one of the inputs.
 */
function writeAtomically(outPath: string, content: string | Uint8Array | Iterable<string>, inputs: readonly string[]): void {
  const target = resolve(outPath);
  for (const input of inputs) {
    if (input === '-') continue;
    if (sameFile(resolve(input), target)) throw new UsageError(`--out ${outPath} is one of the input files; refusing to overwrite it`);
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) writeFileSync(tmp, content);
    else {
      const fd = openSync(tmp, 'w');
      try {
        for (const piece of content) writeSync(fd, piece);
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, target);
  } catch (e) {
    try {
      unlinkSync(tmp);
    } catch {
      /* nothing was written */
    }
    throw new InputError(outPath, `cannot write the output (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
  }
}

function sameFile(a: string, b: string): boolean {
  if (a === b) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

export type { PlanConfig };
