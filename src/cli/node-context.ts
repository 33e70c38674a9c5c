import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliContext, LoadedPlan, LoadOptions } from './context.js';
import type { PlanConfig } from '../config/types.js';
import { InputError, UsageError } from '../model/errors.js';
import { parseConfig } from '../config/load.js';
import { findConfig, expandPlans } from './config-files.js';
import { readInput } from './read-input.js';
import { writeOut } from './write-out.js';
import type { CliIo } from './io.js';
import { DEFAULT_LANG, msg, type Lang } from '../i18n/index.js';

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export interface GlobalOptions {
  color?: boolean;
  inputFormat?: LoadOptions['inputFormat'];
  maxSize?: number;
  config?: string;
  lang?: Lang;
}

/** The CliContext of a run: files, and the standard streams and environment of `io`. */
export function createNodeContext(globals: GlobalOptions, io: CliIo): CliContext {
  const { env, cwd } = io;
  const stdoutIsTTY = io.stdout.isTTY;
  const configs = new Map<string, Promise<PlanConfig>>();
  const color = decideColor({ isTTY: stdoutIsTTY, flag: globals.color !== false, env });
  const ctx: CliContext = {
    out: (text) => io.stdout.write(text),
    err: (text) => io.stderr.write(text),
    color,
    stdoutIsTTY,
    columns: io.stdout.columns || Number(env.COLUMNS) || 100,
    lang: globals.lang ?? DEFAULT_LANG,
    env,
    cwd,
    async loadConfig(explicitPath) {
      const path = explicitPath ?? globals.config ?? findConfig(cwd);
      if (!path) return null;
      // Read once a run: the language is chosen from it before the command reads it again.
      let hit = configs.get(path);
      if (!hit) {
        if (!existsSync(resolve(cwd, path))) throw new InputError(path, msg('input.noConfig'));
        configs.set(path, (hit = parseConfig(readInput(path, globals.maxSize ?? DEFAULT_MAX_SIZE, cwd), path, cwd)));
      }
      return hit;
    },
    async loadPlans(files, options = {}) {
      let names = [...files];
      if (!names.length) {
        const config = options.config === undefined ? await ctx.loadConfig() : options.config;
        names = config?.plans?.length ? expandPlans(config, cwd) : [];
        if (!names.length && io.stdin.isPiped()) names = ['-'];
        if (!names.length) {
          throw new UsageError(msg('usage.noPlanNamed'));
        }
      }
      const out: LoadedPlan[] = [];
      const read = { inputFormat: options.inputFormat ?? globals.inputFormat, maxSize: options.maxSize ?? globals.maxSize ?? DEFAULT_MAX_SIZE, keepLines: options.keepLines === true };
      for (const file of names) {
        out.push(file === '-' ? await loadOne(file, io.stdin.read(read.maxSize), read) : await loadFile(file, { ...read, cwd }));
      }
      return out;
    },
    async writeResult(content, outPath, inputs) {
      if (outPath === undefined || outPath === '-') {
        if (typeof content === 'string' || content instanceof Uint8Array) io.stdout.write(content);
        else for await (const piece of content) io.stdout.write(piece);
        return;
      }
      await writeOut(outPath, content, inputs, { cwd, stdinIdentity: () => io.stdin.fileIdentity() });
    },
  };
  return ctx;
}

/** A plan file read and parsed: what a worker thread of a batch does with each file. */
export async function loadFile(file: string, options: LoadOptions & { readonly cwd?: string }): Promise<LoadedPlan> {
  return loadOne(file, readInput(file, options.maxSize ?? DEFAULT_MAX_SIZE, options.cwd), options);
}

async function loadOne(file: string, bytes: Uint8Array, options: LoadOptions): Promise<LoadedPlan> {
  // The parser is loaded on first use: `plan --help` and `plan --version` never need it.
  const { readPlan } = await import('../parse-plan.js');
  const { plan, diagnostics, lines } = await readPlan(bytes, {
    path: file === '-' ? null : file,
    ...(options.inputFormat ? { format: options.inputFormat } : {}),
    keepLines: options.keepLines === true,
  });
  return { file, plan, diagnostics, ...(lines ? { lines } : {}) };
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

