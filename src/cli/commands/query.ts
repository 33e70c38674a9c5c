import { Option, type Command } from 'commander';
import { Chalk } from 'chalk';
import type { CliContext, LoadedPlan, RegisterCommand } from '../context.js';
import type { PlanConfig } from '../../config/types.js';
import { UsageError } from '../../model/errors.js';
import { refuseBinaryOnTerminal } from '../binary-output.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../format/output-format.js';
import { pickFormat } from '../pick-format.js';
import type { Rendered, RenderOptions } from '../../format/render.js';
import { safeText } from '../../format/safe-text.js';
import { formatTasks } from '../../format/tasks.js';
import { formatUnits } from '../../format/units.js';
import { formatDossier } from '../../format/dossier.js';
import { formatContent, formatObjectives, formatResponsibilities } from '../../format/parts.js';
import { findTasks, groupIds, type Role, type TaskFilters } from '../../query/tasks.js';
import { listUnits, unitDossier } from '../../query/units.js';
import { listContent, listObjectives, listResponsibilities } from '../../query/parts.js';
import { suggestUnitNames, matchingUnitNames, unitMatcher, type UnitKnowledge } from '../../query/unit-match.js';
import { checkAsOf } from '../../query/as-of.js';
import { loadEach, reportFailures, type LoadFailure } from '../load-each.js';

/**
 * `plan query KIND FILE... [filters]`, the general form; `plan tasks`, `plan units`,
 * `plan objectives`, `plan content` are its shorthands and share this code.
 */
export const QUERY_KINDS = ['tasks', 'units', 'objectives', 'content', 'responsibilities'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** Every option of every kind, as commander hands them over. */
export interface QueryOptions {
  readonly unit?: string;
  readonly role?: string;
  readonly group?: string;
  readonly in?: string;
  readonly from?: string;
  readonly to?: string;
  readonly grep?: string;
  readonly includeCollective?: boolean;
  readonly asOf?: string;
  readonly current?: boolean;
  readonly format?: string;
  readonly out?: string;
  readonly bom?: boolean;
  readonly config?: string;
  readonly quiet?: boolean;
}

// Which filters each kind understands; any other given is a usage error, not silently ignored.
const FILTERS: Readonly<Record<QueryKind, readonly (keyof QueryOptions)[]>> = {
  tasks: ['unit', 'role', 'group', 'in', 'from', 'to', 'grep', 'includeCollective', 'asOf', 'current'],
  units: ['unit', 'includeCollective', 'asOf', 'current'],
  objectives: ['grep'],
  content: ['grep'],
  responsibilities: ['unit', 'grep', 'includeCollective'],
};
const FLAG: Readonly<Record<string, string>> = {
  unit: '--unit',
  role: '--role',
  group: '--group',
  in: '--in',
  from: '--from',
  to: '--to',
  grep: '--grep',
  includeCollective: '--include-collective',
  asOf: '--as-of',
  current: '--current',
};

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('-f, --format <format>', 'table, json, yaml, csv, md or xlsx (default: table, or the --out extension)').choices([...OUTPUT_FORMATS, 'markdown', 'yml']))
    .option('-o, --out <file>', 'write the result to a file (through a temporary file; never over an input)')
    .option('--no-bom', 'csv without the UTF-8 byte order mark')
    .option('-q, --quiet', 'no note on stderr when the result is empty');
}

export function addFilterOptions(cmd: Command, kind: QueryKind | 'all'): Command {
  const has = (k: keyof QueryOptions): boolean => kind === 'all' || FILTERS[kind].includes(k);
  if (has('unit')) cmd.option('-u, --unit <name>', 'a unit as people write it: "Sở Giáo dục", "so tt&tt", "Sở VH-TT&DL"');
  if (has('role')) cmd.addOption(new Option('-r, --role <role>', 'the unit leads, supports, or either').choices(['lead', 'support', 'any']));
  if (has('group')) cmd.option('-g, --group <id>', 'a group of the appendix, or a section of the body holding tasks: "II"');
  if (has('in')) cmd.option('--in <year>', 'tasks whose time overlaps that year');
  if (has('from')) cmd.option('--from <date>', 'tasks whose time overlaps the period from this date (YYYY-MM-DD)');
  if (has('to')) cmd.option('--to <date>', 'tasks whose time overlaps the period up to this date (YYYY-MM-DD)');
  if (has('grep')) cmd.option('--grep <text>', 'text to find, ignoring case and diacritics');
  if (has('includeCollective')) cmd.option('--include-collective', 'add tasks given to collectives that may include the unit ("Các sở, ban, ngành"), marked *');
  if (has('asOf')) cmd.option('--as-of <date>', 'read the plan with the bodies of that day (YYYY-MM-DD): tasks of a merged or split body come under its successor, marked †');
  if (has('current')) cmd.option('--current', '--as-of today');
  return cmd;
}

export function checkFilters(kind: QueryKind, opts: QueryOptions): void {
  for (const key of Object.keys(FLAG) as (keyof QueryOptions)[]) {
    if (opts[key] !== undefined && !FILTERS[kind].includes(key)) {
      throw new UsageError(`${FLAG[key]} does not apply to ${kind}; it takes ${FILTERS[kind].map((k) => FLAG[k]).join(', ') || 'no filter'}`);
    }
  }
  if (kind === 'tasks' && opts.role !== undefined && opts.role !== 'any' && opts.unit === undefined) {
    throw new UsageError('--role needs --unit: it says in which cell the unit must be named');
  }
  if (opts.includeCollective && opts.unit === undefined) throw new UsageError('--include-collective needs --unit');
  if (opts.asOf !== undefined && opts.current) throw new UsageError('--as-of and --current cannot be combined');
  if (kind === 'tasks' && (opts.asOf !== undefined || opts.current) && opts.unit === undefined) {
    throw new UsageError('--as-of needs --unit for tasks: it says whose predecessors to add; `plan units --as-of` shows every unit\'s successor');
  }
}

/** The filters of `plan tasks` as the query layer takes them (also `plan calendar`'s). */
export function taskFilters(opts: QueryOptions, knowledge: UnitKnowledge, asOf: string | undefined): TaskFilters {
  return {
    ...knowledge,
    ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
    role: (opts.role ?? 'any') as Role,
    ...(opts.group !== undefined ? { group: opts.group } : {}),
    ...(opts.in !== undefined ? { in: opts.in } : {}),
    ...(opts.from !== undefined ? { from: opts.from } : {}),
    ...(opts.to !== undefined ? { to: opts.to } : {}),
    ...(opts.grep !== undefined ? { grep: opts.grep } : {}),
    includeCollective: opts.includeCollective === true,
    ...(asOf !== undefined ? { asOf } : {}),
  };
}

/** The day of --as-of, or today for --current (the CLI reads the clock; the query layer never does). */
export function asOfDate(opts: QueryOptions): string | undefined {
  if (opts.current) return new Date().toISOString().slice(0, 10);
  return opts.asOf === undefined ? undefined : checkAsOf(opts.asOf);
}

export function renderOptions(ctx: CliContext, format: OutputFormat, opts: QueryOptions): RenderOptions {
  // Colour is decided once, in cli/ (DESIGN.md): a Chalk at level 0 prints no escape codes.
  // ctx.color is about standard output; a file named with --out never gets colour.
  const color = ctx.color && (opts.out === undefined || opts.out === '-');
  return { format, columns: ctx.columns, chalk: new Chalk({ level: color ? 1 : 0 }), bom: opts.bom !== false };
}

/** A note on stderr: it quotes unit names from the document, so it is made safe like any output. */
export function note(ctx: CliContext, opts: QueryOptions, text: string): void {
  if (!opts.quiet) ctx.err(`plan: ${safeText(text)}\n`);
}

export interface Loaded {
  readonly config: PlanConfig | null;
  readonly plans: LoadedPlan[];
  /** Files that could not be read: reported on stderr, and the command then exits 2. */
  readonly failures: readonly LoadFailure[];
}

/** Reads every plan; one that cannot be read does not stop the others (issue 13). */
export async function loadForQuery(ctx: CliContext, files: readonly string[], opts: QueryOptions): Promise<Loaded> {
  const config = await ctx.loadConfig(opts.config);
  const { plans, failures } = await loadEach(ctx, files, { config });
  return { config, plans, failures };
}

/**
 * The end of a command over several files: each file that could not be read gets its one line
 * on stderr, after the results of the others, and the exit code is 2; otherwise `code`.
 */
export function finish(ctx: CliContext, loaded: Pick<Loaded, 'failures'>, code: number): number {
  reportFailures(ctx, loaded.failures);
  return loaded.failures.length > 0 ? 2 : code;
}

/** Prints the result, or, when it is empty, a one-line note on stderr (exit 0 either way). */
async function emit(ctx: CliContext, loaded: Loaded, content: Rendered, opts: QueryOptions, empty: string | null): Promise<void> {
  if (content !== '' || opts.out !== undefined) await ctx.writeResult(content, opts.out, loaded.plans.map((p) => p.file));
  if (empty !== null) note(ctx, opts, empty);
}

/** Why a query found nothing: no such part, group or unit (with the closest unit names), or the filters. */
function unitNote(loaded: Loaded, opts: QueryOptions, what: string): string {
  const filtered = (Object.keys(FLAG) as (keyof QueryOptions)[]).some((k) => opts[k] !== undefined);
  if (!filtered) return `no ${what} found in ${planNames(loaded)}`;
  if (what === 'task' && opts.group !== undefined && findTasks(loaded.plans, { group: opts.group }).length === 0) {
    const groups = [...new Set(loaded.plans.flatMap((p) => p.plan.tasks.flatMap((t) => groupIds(t).slice(0, 1))))];
    return `no group "${opts.group}" in ${planNames(loaded)}${groups.length > 0 ? `; the groups are ${groups.join(', ')}` : ''}`;
  }
  if (opts.unit === undefined) return `no ${what} matches the filters`;
  const knowledge = { aliases: loaded.config?.aliases ?? {}, parents: loaded.config?.parents ?? {} };
  const named = matchingUnitNames(loaded.plans, unitMatcher(opts.unit, knowledge));
  if (named.length > 0) {
    const others = (Object.keys(FLAG) as (keyof QueryOptions)[]).filter((k) => k !== 'unit' && k !== 'includeCollective' && opts[k] !== undefined);
    if (others.length > 0) return `no ${what} of ${named.join('; ')} matches the filters`;
    return `${named.join('; ')} has no ${what} in ${planNames(loaded)}; \`plan units --unit "${opts.unit}"\` shows all the plan asks of it`;
  }
  const close = suggestUnitNames(loaded.plans, opts.unit);
  return `no unit named "${opts.unit}" in ${planNames(loaded)}${close.length > 0 ? `; closest: ${close.join(', ')}` : ''}`;
}

function planNames(loaded: Loaded): string {
  const names = loaded.plans.map((p) => p.plan.document.number ?? p.file);
  return names.length === 1 ? (names[0] ?? 'the plan') : `the ${names.length} plans`;
}

export async function runQuery(kind: QueryKind, files: readonly string[], opts: QueryOptions, ctx: CliContext): Promise<number> {
  checkFilters(kind, opts);
  const format = pickFormat(ctx, opts, kind, OUTPUT_FORMATS);
  refuseBinaryOnTerminal(ctx, format, opts.out);
  const loaded = await loadForQuery(ctx, files, opts);
  // Nothing could be read: the failures are the whole answer.
  if (loaded.plans.length === 0) return finish(ctx, loaded, 0);
  return finish(ctx, loaded, await answer(kind, loaded, opts, ctx, format));
}

async function answer(kind: QueryKind, loaded: Loaded, opts: QueryOptions, ctx: CliContext, format: OutputFormat): Promise<number> {
  const knowledge = { aliases: loaded.config?.aliases ?? {}, parents: loaded.config?.parents ?? {} };
  const render = { ...renderOptions(ctx, format, opts), multi: loaded.plans.length > 1 };
  const asOf = asOfDate(opts);
  switch (kind) {
    case 'tasks': {
      const hits = findTasks(loaded.plans, taskFilters(opts, knowledge, asOf));
      await emit(ctx, loaded, await formatTasks(hits, render), opts, hits.length === 0 ? unitNote(loaded, opts, 'task') : null);
      const undated = hits.filter((h) => h.undated).map((h) => h.id);
      if (undated.length > 0) note(ctx, opts, `kept ${undated.length} task(s) whose time could not be read: ${undated.join(', ')}`);
      return 0;
    }
    case 'units': {
      if (opts.unit === undefined) {
        const units = listUnits(loaded.plans, asOf);
        await emit(ctx, loaded, await formatUnits(units, { ...render, ...(asOf !== undefined ? { asOf } : {}) }), opts, units.length === 0 ? `no unit found in ${planNames(loaded)}` : null);
        return 0;
      }
      const dossier = unitDossier(loaded.plans, opts.unit, { ...knowledge, ...(asOf !== undefined ? { asOf } : {}) });
      const close = dossier.suggestions.length > 0 ? `; closest: ${dossier.suggestions.join(', ')}` : '';
      if (dossier.documents.length === 0) {
        const content = format === 'json' || format === 'yaml' ? await formatDossier(dossier, render) : '';
        await emit(ctx, loaded, content, opts, `no unit named "${opts.unit}" in ${planNames(loaded)}${close}`);
        return 0;
      }
      await emit(ctx, loaded, await formatDossier(dossier, render), opts, null);
      if (dossier.units.length === 0) {
        note(ctx, opts, `no unit named "${opts.unit}" in ${planNames(loaded)}; showing only what is given to collectives that may include it${close}`);
      }
      return 0;
    }
    case 'objectives': {
      const list = listObjectives(loaded.plans, opts.grep !== undefined ? { grep: opts.grep } : {});
      await emit(ctx, loaded, await formatObjectives(list, render), opts, list.length === 0 ? unitNote(loaded, opts, 'objective') : null);
      return 0;
    }
    case 'content': {
      const list = listContent(loaded.plans, opts.grep !== undefined ? { grep: opts.grep } : {});
      await emit(ctx, loaded, await formatContent(list, render), opts, list.length === 0 ? unitNote(loaded, opts, 'content area') : null);
      return 0;
    }
    case 'responsibilities': {
      const list = listResponsibilities(loaded.plans, {
        ...knowledge,
        ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
        ...(opts.grep !== undefined ? { grep: opts.grep } : {}),
        includeCollective: opts.includeCollective === true,
      });
      await emit(ctx, loaded, await formatResponsibilities(list, render), opts, list.length === 0 ? unitNote(loaded, opts, 'responsibility') : null);
      return 0;
    }
  }
}

/** Options of this command and the program's (--config, --quiet … may be global). */
export function queryOptions(cmd: Command): QueryOptions {
  return cmd.optsWithGlobals<QueryOptions>();
}

/** `plan tasks`, `plan units` …: the shorthand of `plan query KIND`, with its own help text. */
export function shorthand(kind: QueryKind, description: string, examples: readonly string[]): RegisterCommand {
  return (program, ctx, setExit) => {
    const cmd = program
      .command(kind)
      .description(description)
      .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
    addOutputOptions(addFilterOptions(cmd, kind));
    cmd.addHelpText('after', `\n${examples.length > 1 ? 'Examples' : 'Example'}:\n${examples.map((e) => `  $ ${e}`).join('\n')}`);
    cmd.action(async (files: string[], _opts: unknown, command: Command) => {
      setExit(await runQuery(kind, files, queryOptions(command), ctx));
    });
  };
}

export const registerQuery: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('query')
    .description('the general form of tasks, units, objectives, content and responsibilities')
    .argument('<kind>', `what to list: ${QUERY_KINDS.join(', ')}`)
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
  addOutputOptions(addFilterOptions(cmd, 'all'));
  cmd.addHelpText(
    'after',
    `
Examples:
  $ plan query tasks plan.txt --unit "Sở Giáo dục"
  $ plan query responsibilities plan.txt --unit "Sở TT&TT" --format md`,
  );
  cmd.action(async (kind: string, files: string[], _opts: unknown, command: Command) => {
    if (!(QUERY_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(`unknown kind "${kind}"; use one of ${QUERY_KINDS.join(', ')}`);
    }
    setExit(await runQuery(kind as QueryKind, files, queryOptions(command), ctx));
  });
};
