import { examplesHelp } from '../help-lang.js';
import type { Command } from 'commander';
import { msg, type Msg } from '../../i18n/index.js';
import type { CliContext, RegisterCommand } from '../context.js';
import { UsageError } from '../../model/errors.js';
import { refuseBinaryOnTerminal } from '../binary-output.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../../format/output-format.js';
import { pickFormat } from '../pick-format.js';
import { formatUnits } from '../../format/units.js';
import { formatDossier } from '../../format/dossier.js';
import { formatContent, formatObjectives, formatResponsibilities } from '../../format/parts.js';
import { listUnits, unitDossier } from '../../query/units.js';
import { listContent, listObjectives, listResponsibilities } from '../../query/parts.js';
import { digestNames, planDigest, planName, type PlanDigest } from '../../query/digest.js';
import { addJobsOption, readOptionsOf } from '../jobs/option.js';
import type { ReadOptions } from '../jobs/spec.js';
import { runTasks } from './tasks-run.js';
import {
  QUERY_KINDS,
  addFilterOptions,
  addOutputOptions,
  asOfDate,
  checkFilters,
  emit,
  finish,
  loadForQuery,
  note,
  queryOptions,
  renderOptions,
  unitNote,
  noUnitNote,
  type Loaded,
  type QueryKind,
  type QueryOptions,
} from './query-shared.js';

/**
 * `plan query KIND FILE... [filters]`, the general form; `plan tasks`, `plan units`,
 * `plan objectives`, `plan content` are its shorthands and share this code (query-shared.ts).
 * Tasks are read as a batch (tasks-run.ts); the other kinds read every plan, then answer.
 */

function plansNamed(loaded: Loaded): string | Msg {
  return digestNames(loaded.plans.map((p) => ({ name: planName(p) })));
}

/** The digests of plans read whole, for unitNote. */
function digestsOf(loaded: Loaded, opts: QueryOptions): PlanDigest[] {
  const ask = { aliases: loaded.config?.aliases ?? {}, parents: loaded.config?.parents ?? {}, ...(opts.unit !== undefined ? { unit: opts.unit } : {}), ...(opts.group !== undefined ? { group: opts.group } : {}) };
  return loaded.plans.map((p) => planDigest(p, ask));
}

export async function runQuery(kind: QueryKind, files: readonly string[], opts: QueryOptions, ctx: CliContext, read: ReadOptions = {}): Promise<number> {
  checkFilters(kind, opts);
  const format = pickFormat(ctx, opts, kind, OUTPUT_FORMATS);
  refuseBinaryOnTerminal(ctx, format, opts.out);
  // Tasks are read as a batch, a file at a time and on every core (issue 19).
  if (kind === 'tasks') return runTasks(files, opts, ctx, format, read);
  const loaded = await loadForQuery(ctx, files, opts);
  // Nothing could be read: the failures are the whole answer.
  if (loaded.plans.length === 0) return finish(ctx, loaded, 0);
  return finish(ctx, loaded, await answer(kind, loaded, opts, ctx, format));
}

async function answer(kind: Exclude<QueryKind, 'tasks'>, loaded: Loaded, opts: QueryOptions, ctx: CliContext, format: OutputFormat): Promise<number> {
  const inputs = loaded.plans.map((p) => p.file);
  const knowledge = { aliases: loaded.config?.aliases ?? {}, parents: loaded.config?.parents ?? {} };
  const render = { ...renderOptions(ctx, format, opts), multi: loaded.plans.length > 1 };
  const asOf = asOfDate(opts);
  switch (kind) {
    case 'units': {
      if (opts.unit === undefined) {
        const units = listUnits(loaded.plans, asOf);
        await emit(ctx, inputs, await formatUnits(units, { ...render, ...(asOf !== undefined ? { asOf } : {}) }), opts, units.length === 0 ? msg('note.noneFound', { what: msg('note.what.unit'), plans: plansNamed(loaded) }) : null);
        return 0;
      }
      const dossier = unitDossier(loaded.plans, opts.unit, { ...knowledge, ...(asOf !== undefined ? { asOf } : {}) });
      if (dossier.documents.length === 0) {
        const content = format === 'json' || format === 'yaml' ? await formatDossier(dossier, render) : '';
        await emit(ctx, inputs, content, opts, noUnitNote(opts.unit, plansNamed(loaded), dossier.suggestions));
        return 0;
      }
      await emit(ctx, inputs, await formatDossier(dossier, render), opts, null);
      if (dossier.units.length === 0) {
        note(ctx, opts, msg('note.onlyCollectives', { note: noUnitNote(opts.unit, plansNamed(loaded), dossier.suggestions) }));
      }
      return 0;
    }
    case 'objectives': {
      const list = listObjectives(loaded.plans, opts.grep !== undefined ? { grep: opts.grep } : {});
      await emit(ctx, inputs, await formatObjectives(list, render), opts, list.length === 0 ? unitNote(digestsOf(loaded, opts), opts, 'objective') : null);
      return 0;
    }
    case 'content': {
      const list = listContent(loaded.plans, opts.grep !== undefined ? { grep: opts.grep } : {});
      await emit(ctx, inputs, await formatContent(list, render), opts, list.length === 0 ? unitNote(digestsOf(loaded, opts), opts, 'contentArea') : null);
      return 0;
    }
    case 'responsibilities': {
      const list = listResponsibilities(loaded.plans, {
        ...knowledge,
        ...(opts.unit !== undefined ? { unit: opts.unit } : {}),
        ...(opts.grep !== undefined ? { grep: opts.grep } : {}),
        includeCollective: opts.includeCollective === true,
      });
      await emit(ctx, inputs, await formatResponsibilities(list, render), opts, list.length === 0 ? unitNote(digestsOf(loaded, opts), opts, 'responsibility') : null);
      return 0;
    }
  }
}


/** `plan tasks`, `plan units` …: the shorthand of `plan query KIND`, with its own help text. */
export function shorthand(kind: QueryKind, description: string, examples: readonly string[]): RegisterCommand {
  return (program, ctx, setExit) => {
    const cmd = program
      .command(kind)
      .description(description)
      .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
    addOutputOptions(addFilterOptions(cmd, kind));
    if (kind === 'tasks') addJobsOption(cmd);
    cmd.addHelpText('after', examplesHelp(ctx.lang, examples));
    cmd.action(async (files: string[], _opts: unknown, command: Command) => {
      setExit(await runQuery(kind, files, queryOptions(command), ctx, readOptionsOf(command)));
    });
  };
}

export const registerQuery: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('query')
    .description('the general form of tasks, units, objectives, content and responsibilities')
    .argument('<kind>', `what to list: ${QUERY_KINDS.join(', ')}`)
    .argument('[files...]', 'plan files (default: plans: in plan.config.yaml, or standard input)');
  addJobsOption(addOutputOptions(addFilterOptions(cmd, 'all')));
  cmd.addHelpText('after', examplesHelp(ctx.lang, ['plan query tasks plan.txt --unit "Sở Giáo dục"', 'plan query responsibilities plan.txt --unit "Sở TT&TT" --format md']));
  cmd.action(async (kind: string, files: string[], _opts: unknown, command: Command) => {
    if (!(QUERY_KINDS as readonly string[]).includes(kind)) {
      throw new UsageError(msg('usage.unknownKind', { kind, kinds: QUERY_KINDS.join(', ') }));
    }
    setExit(await runQuery(kind as QueryKind, files, queryOptions(command), ctx, readOptionsOf(command)));
  });
};
