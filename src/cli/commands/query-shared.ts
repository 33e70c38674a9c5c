import { Option, type Command } from 'commander';
import { msg, renderMsg, type Msg } from '../../i18n/index.js';
import { Chalk } from 'chalk';
import type { CliContext, LoadedPlan } from '../context.js';
import type { PlanConfig } from '../../config/types.js';
import { UsageError } from '../../model/errors.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../format/output-format.js';
import type { Rendered, RenderOptions } from '../../format/render.js';
import { safeText } from '../../format/safe-text.js';
import type { Role, TaskFilters } from '../../query/tasks.js';
import type { UnitKnowledge } from '../../query/unit-match.js';
import { checkAsOf } from '../../query/as-of.js';
import { closestUnits, digestNames, unionOf, type PlanDigest } from '../../query/digest.js';
import { loadEach, reportFailures, type LoadFailure } from '../load-each.js';

/**
 * What the query commands share (`plan query KIND`, its shorthands `plan tasks`, `plan units`,
 * `plan objectives`, `plan content`, and `plan show`, `plan calendar`, `plan export`): their
 * options and filters, reading the plans, and writing a result or the note on an empty one.
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
  /** --jobs, for tasks (the files read at once: src/cli/jobs). */
  readonly jobs?: string;
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
      throw new UsageError(msg('usage.filterNotApplicable', { flag: FLAG[key] ?? key, kind, flags: FILTERS[kind].map((k) => FLAG[k]).join(', ') || msg('usage.noFilter') }));
    }
  }
  if (kind === 'tasks' && opts.role !== undefined && opts.role !== 'any' && opts.unit === undefined) {
    throw new UsageError(msg('usage.roleNeedsUnit'));
  }
  if (opts.includeCollective && opts.unit === undefined) throw new UsageError(msg('usage.collectiveNeedsUnit'));
  if (opts.asOf !== undefined && opts.current) throw new UsageError(msg('usage.asOfWithCurrent'));
  if (opts.jobs !== undefined && kind !== 'tasks') throw new UsageError(msg('usage.jobsOnlyTasks', { kind }));
  if (kind === 'tasks' && (opts.asOf !== undefined || opts.current) && opts.unit === undefined) {
    throw new UsageError(msg('usage.asOfNeedsUnit'));
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
  return { format, columns: ctx.columns, chalk: new Chalk({ level: color ? 1 : 0 }), bom: opts.bom !== false, lang: ctx.lang };
}

/** A note on stderr: it quotes unit names from the document, so it is made safe like any output. */
export function note(ctx: CliContext, opts: QueryOptions, text: Msg): void {
  if (!opts.quiet) ctx.err(`plan: ${safeText(renderMsg(ctx.lang, text))}\n`);
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
export async function emit(ctx: CliContext, inputs: readonly string[], content: Rendered, opts: QueryOptions, empty: Msg | null): Promise<void> {
  if (content !== '' || opts.out !== undefined) await ctx.writeResult(content, opts.out, inputs);
  if (empty !== null) note(ctx, opts, empty);
}

/**
 * Why a query found nothing: no such part, group or unit (with the closest unit names), or the
 * filters. Told from the plans' digests (query/digest.ts), so that a batch need not keep them.
 */
export function unitNote(digests: readonly PlanDigest[], opts: QueryOptions, kind: QueryWhat): Msg {
  const plans = digestNames(digests);
  const what = msg(`note.what.${kind}`);
  const filtered = (Object.keys(FLAG) as (keyof QueryOptions)[]).some((k) => opts[k] !== undefined);
  if (!filtered) return msg('note.noneFound', { what, plans });
  if (kind === 'task' && opts.group !== undefined && !digests.some((d) => d.hasGroup)) {
    const groups = unionOf(digests, 'groups');
    return msg('note.noGroup', { group: opts.group, plans, groups: groups.length > 0 ? msg('note.groupsAre', { groups: groups.join(', ') }) : '' });
  }
  if (opts.unit === undefined) return msg('note.noMatch', { what });
  const named = unionOf(digests, 'matchingUnits');
  if (named.length > 0) {
    const others = (Object.keys(FLAG) as (keyof QueryOptions)[]).filter((k) => k !== 'unit' && k !== 'includeCollective' && opts[k] !== undefined);
    if (others.length > 0) return msg('note.noMatchOf', { what, units: named.join('; ') });
    return msg('note.unitHasNone', { what, units: named.join('; '), plans, unit: opts.unit });
  }
  return noUnitNote(opts.unit, plans, closestUnits(digests, opts.unit));
}

/** The kinds of result a query note names. */
export type QueryWhat = 'task' | 'objective' | 'contentArea' | 'responsibility' | 'unit';

/** "no unit named … in …; closest: …". */
export function noUnitNote(unit: string, plans: string | Msg, closest: readonly string[]): Msg {
  return msg('note.noUnit', { unit, plans, closest: closest.length > 0 ? msg('note.closest', { names: closest.join(', ') }) : '' });
}

/** Options of this command and the program's (--config, --quiet … may be global). */
export function queryOptions(cmd: Command): QueryOptions {
  return cmd.optsWithGlobals<QueryOptions>();
}
