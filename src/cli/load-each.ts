import type { CliContext, LoadedPlan, LoadOptions } from './context.js';
import type { PlanConfig } from '../config/types.js';
import { expandPlans } from './config-files.js';
import { InputError } from '../model/errors.js';
import { safeText } from '../format/safe-text.js';
import type { Lang } from '../i18n/index.js';

/** A file that could not be read as a plan, and why (the InputError's message, in the language of the run). */
export interface LoadFailure {
  readonly file: string;
  readonly message: string;
}

/** The failure of `file` that `e` reports, its message in `lang` (a worker renders it as the main thread would). */
export function failureOf(e: InputError, file: string, lang: Lang): LoadFailure {
  return { file: e.file ?? file, message: e.text(lang) };
}

export interface LoadedEach {
  readonly plans: LoadedPlan[];
  readonly failures: LoadFailure[];
}

/**
 * Reads each plan on its own, so that one file that cannot be read does not stop the others
 * (issue 13: every file is reported). A failure is kept with its message; the caller reports it
 * and ends with exit 2. With no FILE, the plans of the config's `plans:` are read the same way;
 * standard input and the "no plan named" usage error are left to ctx.loadPlans.
 */
export async function loadEach(ctx: CliContext, files: readonly string[], options: LoadOptions & { config?: PlanConfig | null } = {}): Promise<LoadedEach> {
  const names = await planNames(ctx, files, options.config);
  if (names.length === 0) return { plans: await ctx.loadPlans([], options), failures: [] };
  const plans: LoadedPlan[] = [];
  const failures: LoadFailure[] = [];
  for (const file of names) {
    try {
      plans.push(...(await ctx.loadPlans([file], options)));
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      failures.push(failureOf(e, file, ctx.lang));
    }
  }
  return { plans, failures };
}

/**
 * The files a command reads: those named, else those of the config's `plans:`. Empty when
 * neither names one: then standard input is read, or the usage error says how to name a plan
 * (ctx.loadPlans decides). `config` undefined: the config is read here.
 */
export async function planNames(ctx: CliContext, files: readonly string[], config?: PlanConfig | null): Promise<string[]> {
  if (files.length > 0) return [...files];
  const found = config === undefined ? await ctx.loadConfig() : config;
  return found?.plans?.length ? expandPlans(found, ctx.cwd) : [];
}

/**
 * The one line `plan: FILE: what is wrong` on stderr for each failure. The file name and the
 * message (which may quote a reader's error text, such as xmldom's) pass through the
 * terminal-safe filter: neither comes from us.
 */
export function reportFailures(ctx: CliContext, failures: readonly LoadFailure[]): void {
  for (const f of failures) ctx.err(`plan: ${safeText(f.file)}: ${safeText(f.message)}\n`);
}
