import { examplesHelp } from '../help-lang.js';
import { Option, type Command } from 'commander';
import { msg, renderMsg, t, type Lang } from '../../i18n/index.js';
import type { RegisterCommand } from '../context.js';
import { UsageError } from '../../model/errors.js';
import { RULES, checkRuleConfig, type RuleSetting } from '../../validate/index.js';
import { checkAsOf } from '../../query/as-of.js';
import { ruleDescription } from '../../validate/rules-doc.js';
import { formatGithub, formatJson, formatSarif, formatStylish, stylishWriter, jsonReport, countFindings, type FileReport } from '../../format/diagnostics/index.js';
import { jsonArrayWriter } from '../../format/data.js';
import { planNames, reportFailures, type LoadFailure } from '../load-each.js';
import { eachFile } from '../jobs/each-file.js';
import { addJobsOption, parseJobs, readOptionsOf } from '../jobs/option.js';
import type { ValidateResult } from '../jobs/spec.js';
import pkg from '../../../package.json' with { type: 'json' };

const FORMATS = ['stylish', 'json', 'github', 'sarif'] as const;
type Format = (typeof FORMATS)[number];
const SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

interface ValidateFlags {
  format?: Format;
  rule: string[];
  maxWarnings?: string;
  explain?: boolean;
  config?: string;
  quiet?: boolean;
  asOf?: string;
  jobs?: string;
}

/** `--rule id=severity`, repeatable; an unknown id or severity is a usage error (exit 2). */
export function parseRuleFlags(flags: readonly string[]): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const f of flags) {
    const m = /^([a-z0-9-]+)=([a-z]+)$/.exec(f.trim());
    if (!m) throw new UsageError(msg('usage.ruleForm', { value: f }));
    const [, id, sev] = m as unknown as [string, string, string];
    if (!RULES.some((r) => r.id === id) && !/^(repair|parse)-/.test(id))
      throw new UsageError(msg('usage.ruleUnknown', { id, rules: RULES.map((r) => r.id).join(', ') }));
    if (!SETTINGS.includes(sev as RuleSetting)) throw new UsageError(msg('usage.ruleSeverity', { id, value: sev }));
    out[id] = sev as RuleSetting;
  }
  return out;
}

function parseMaxWarnings(v: string | undefined): number {
  if (v === undefined) return -1;
  if (!/^-?\d+$/.test(v)) throw new UsageError(msg('usage.maxWarnings', { value: v }));
  return Number(v);
}

export const registerValidate: RegisterCommand = (program: Command, ctx, setExit) => {
  const cmd = program
    .command('validate')
    .description('check that the body and the appendix of plans agree (lint-grade diagnostics for CI)')
    .argument('[files...]', 'plan files (- for standard input)')
    .addOption(new Option('-f, --format <format>', 'report format').choices([...FORMATS]))
    .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', (v: string, acc: string[]) => [...acc, v], [])
    .option('--max-warnings <n>', 'fail when there are more warnings than this')
    .option('--explain', 'print every duty ↔ task pairing with its score')
    .option('--config <path>', 'plan.config.yaml to use')
    .option('-q, --quiet', 'report errors only')
    .option('--as-of <date>', 'read the plan with the bodies of that day (YYYY-MM-DD): turns on unit-superseded (warning) unless set')
    .addHelpText(
      'after',
      examplesHelp(
        ctx.lang,
        [
          'plan validate plans/*.txt',
          'plan validate plan.txt --format sarif > results.sarif',
          'plan validate plan.txt --rule numbering=off --max-warnings 0',
          'plan validate plan.txt --as-of 2026-01-01',
          'plan validate plans/*.txt --jobs 4',
        ],
        'help.validate.after',
      ),
    );
  addJobsOption(cmd).action(async (files: string[], flags: ValidateFlags, command: Command) => {
    const asOf = flags.asOf === undefined ? undefined : checkAsOf(flags.asOf);
    const overrides = parseRuleFlags(flags.rule);
    const maxWarnings = parseMaxWarnings(flags.maxWarnings);
    const config = await ctx.loadConfig(flags.config);
    const problems = checkRuleConfig(config?.rules ?? {}, RULES);
    if (problems.length > 0) throw new UsageError(msg('usage.configRules', { problems: problems.map((p) => renderMsg(ctx.lang, p)).join('; ') }));
    const jobs = parseJobs(flags.jobs);
    const format: Format = flags.format ?? 'stylish';
    const names = await planNames(ctx, files, config);
    const spec = { kind: 'validate' as const, rules: overrides, config, quiet: flags.quiet === true, explain: flags.explain === true, ...(asOf !== undefined ? { asOf } : {}) };
    // Under GitHub Actions, annotations come too, unless a format was chosen explicitly.
    const annotate = ctx.env.GITHUB_ACTIONS === 'true' && flags.format === undefined;
    const options = { color: ctx.color, quiet: flags.quiet === true, columns: ctx.columns, cwd: ctx.cwd, lang: ctx.lang };
    // The stylish and JSON reports are written a file at a time (issue 19); the others need
    // every file's findings (SARIF's runs, annotations after the report), which are small.
    const streamed = (format === 'stylish' || format === 'json') && !flags.explain && !annotate ? reportWriter(format, options) : null;
    const reports: FileReport[] = [];
    const failures: LoadFailure[] = [];
    let errors = 0;
    let warnings = 0;
    const add = (r: FileReport): void => {
      const n = countFindings(r.diagnostics);
      errors += n.errors;
      warnings += n.warnings;
      if (streamed) ctx.out(streamed.file(r));
      else reports.push(r);
    };
    for await (const outcome of eachFile(ctx, names, spec, { jobs, read: readOptionsOf(command), config })) {
      if ('failure' in outcome) {
        failures.push(outcome.failure);
        continue;
      }
      const { report, explain } = outcome.result as ValidateResult;
      if (explain !== null) ctx.out(explain);
      add(report);
    }
    // Every file keeps a place in the report: the unreadable ones after the others, with their reason.
    for (const f of failures) add({ path: f.file, diagnostics: [], fatal: f.message });
    ctx.out(streamed ? streamed.end() : render(format, reports, options));
    if (annotate) ctx.out(formatGithub(reports, ctx.lang));
    reportFailures(ctx, failures);
    if (failures.length > 0) return setExit(2);
    if (maxWarnings >= 0 && warnings > maxWarnings) {
      ctx.err(`plan: ${t(ctx.lang, 'report.maxWarnings', { warnings, max: maxWarnings })}\n`);
    }
    setExit(errors > 0 || (maxWarnings >= 0 && warnings > maxWarnings) ? 1 : 0);
  });
};

/** The stylish or JSON report, a file at a time. */
function reportWriter(format: 'stylish' | 'json', o: RenderOptions): { file(r: FileReport): string; end(): string } {
  if (format === 'stylish') return stylishWriter({ color: o.color, quiet: o.quiet, columns: o.columns, lang: o.lang });
  const writer = jsonArrayWriter();
  return { file: (r) => writer.item(jsonReport(r)), end: () => writer.end() };
}

interface RenderOptions {
  readonly color: boolean;
  readonly quiet: boolean;
  readonly columns: number;
  readonly cwd: string;
  readonly lang: Lang;
}

function render(format: Format, reports: readonly FileReport[], o: RenderOptions): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'github':
      return formatGithub(reports, o.lang);
    case 'sarif':
      return formatSarif(reports, { rules: RULES.map((r) => ({ ...r, description: ruleDescription(r, o.lang) })), version: pkg.version, cwd: o.cwd, lang: o.lang });
    default:
      return formatStylish(reports, { color: o.color, quiet: o.quiet, columns: o.columns, lang: o.lang });
  }
}

