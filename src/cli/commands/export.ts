import { examplesHelp } from '../help-lang.js';
import type { Command } from 'commander';
import { msg, type Lang } from '../../i18n/index.js';
import type { LoadedPlan, RegisterCommand } from '../context.js';
import type { PlanConfig } from '../../config/types.js';
import { UsageError } from '../../model/errors.js';
import { checkAsOf, withSuccessors } from '../../query/as-of.js';
import { refuseBinaryOnTerminal } from '../binary-output.js';
import { loadEach, planNames, type LoadFailure } from '../load-each.js';
import { finish } from './query-shared.js';
import { pickFormat } from '../pick-format.js';
import { eachFile } from '../jobs/each-file.js';
import { addJobsOption, parseJobs, readOptionsOf } from '../jobs/option.js';
import type { ExportJob, ExportResult, FileOutcome } from '../jobs/spec.js';


/**
 * `plan export FILE... [--format json|jsonl|yaml|xlsx] [--out PATH] [--jobs N]`: the whole
 * model. One file gives its plan; several give a JSON array of plans, one JSON line per plan
 * (jsonl), or one YAML document per plan, each written as soon as the files before it are
 * (issue 19: memory flat in the number of files). A file that cannot be read does not stop the
 * others: they are exported, it gets its line on stderr, exit 2.
 */
export const registerExport: RegisterCommand = (program, ctx, setExit) => {
  const cmd = program
    .command('export')
    .description('print the whole plan model as JSON, JSON Lines or YAML, or its tasks, units and findings as an Excel workbook')
    .argument('[files...]', 'the plans (text, Markdown, HTML or .docx); - for standard input')
    .option('-f, --format <format>', 'json, jsonl (one plan per line), yaml or xlsx (sheets Tasks, Units, Findings); default: json, or the --out extension')
    .option('-o, --out <path>', 'write to a file (atomically) instead of standard output')
    .option('--as-of <date>', 'add to every unit its successor on that day (YYYY-MM-DD; data/successors.json)')
    .addHelpText(
      'after',
      examplesHelp(
        ctx.lang,
        [
          'plan export fixtures/446-KH-UBND-2019-ha-tinh.txt',
          'plan export plan.docx --format yaml --out plan.yaml',
          'plan export plan.txt --format xlsx --out plan.xlsx',
          'plan export plan.txt --as-of 2026-01-01',
          'plan export plans/*.txt --format jsonl --jobs 4 > plans.jsonl',
          'cat plan.txt | plan export -',
        ],
        'help.export.after',
      ),
    );
  addJobsOption(cmd).action(async (files: string[], opts: { format?: string; out?: string; asOf?: string; jobs?: string }, command: Command) => {
    const format = pickFormat(ctx, opts, 'export', ['json', 'jsonl', 'yaml', 'xlsx']);
    if (format === 'xlsx' && files.length > 1) throw new UsageError(msg('usage.xlsxOnePlan'));
    refuseBinaryOnTerminal(ctx, format, opts.out);
    const asOf = opts.asOf === undefined ? undefined : checkAsOf(opts.asOf);
    const jobs = parseJobs(opts.jobs);
    if (format === 'xlsx') return setExit(await exportWorkbook(ctx, files, opts.out, asOf));
    const names = await planNames(ctx, files);
    const spec: ExportJob = { kind: 'export', format, ...(asOf !== undefined ? { asOf } : {}) };
    const failures: LoadFailure[] = [];
    const pieces = exportText(eachFile(ctx, names, spec, { jobs, read: readOptionsOf(command) }), format, names.length > 1, failures);
    // Nothing is written, not even an empty --out file, when no plan could be read.
    const first = await pieces.next();
    if (!first.done) await ctx.writeResult(prepend(first.value, pieces), opts.out, names.length > 0 ? names : ['-']);
    setExit(finish(ctx, { failures }, 0));
  });
};

/**
 * The text of the export, plan by plan: one plan alone, or (with several files) a JSON array
 * of plans, one JSON line per plan, or YAML documents each after `---` (one plan read alone
 * among failures is written bare, as a single file's export). The failures are collected.
 */
async function* exportText(outcomes: AsyncIterable<FileOutcome>, format: ExportJob['format'], several: boolean, failures: LoadFailure[]): AsyncGenerator<string> {
  let written = 0;
  let held: readonly string[] | null = null; // YAML: the first document, until a second one comes
  for await (const outcome of outcomes) {
    if ('failure' in outcome) {
      failures.push(outcome.failure);
      continue;
    }
    const { pieces } = outcome.result as ExportResult;
    written++;
    if (format === 'jsonl') {
      yield* pieces;
      yield '\n';
    } else if (format === 'yaml') {
      if (written === 1) held = [...pieces];
      else {
        if (held !== null) yield* ['---\n', ...held];
        held = null;
        yield '---\n';
        yield* pieces;
      }
    } else {
      if (several) yield written === 1 ? '[\n' : ',\n';
      yield* pieces;
    }
  }
  if (held !== null) yield* held;
  if (format === 'json' && written > 0) yield several ? '\n]\n' : '\n';
}

async function* prepend<T>(first: T, rest: AsyncIterable<T>): AsyncGenerator<T> {
  yield first;
  yield* rest;
}

/** `--format xlsx`: one plan's workbook, with the findings of `plan validate` on its "Kiểm tra" sheet. */
async function exportWorkbook(ctx: Parameters<RegisterCommand>[1], files: readonly string[], out: string | undefined, asOf: string | undefined): Promise<number> {
  // The workbook's findings follow the rule settings of plan.config.yaml, as validate does.
  const config = await ctx.loadConfig();
  const loaded = await loadEach(ctx, files, { config });
  const first = loaded.plans[0];
  if (first) {
    const plan = asOf === undefined ? first.plan : withSuccessors(first.plan, asOf);
    await ctx.writeResult(await workbook({ ...first, plan }, config, ctx.lang), out, loaded.plans.map((p) => p.file));
  }
  return finish(ctx, loaded, 0);
}

/** The workbook of `export --format xlsx`, in the language asked for: its "Kiểm tra" (Findings) sheet holds what `plan validate` finds. Both loaded on use. */
async function workbook(loaded: LoadedPlan, config: PlanConfig | null | undefined, lang: Lang): Promise<Uint8Array> {
  const [{ validatePlan }, { planWorkbook }] = await Promise.all([import('../../validate/index.js'), import('../../format/xlsx-sheets.js')]);
  return planWorkbook({ path: loaded.file, plan: loaded.plan, findings: validatePlan(loaded.plan, loaded.diagnostics, { config: config ?? null, lang }) }, lang);
}
