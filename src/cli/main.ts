import { Command, CommanderError, Option } from 'commander';
import { InputError, UsageError } from '../model/errors.js';
import { createNodeContext, DEFAULT_MAX_SIZE, type GlobalOptions } from './node-context.js';
import { processIo, type CliIo } from './io.js';
import type { CliContext, RegisterCommand } from './context.js';
import { INPUT_FORMATS, isInputFormat } from '../parse/detect.js';
import { safeText } from '../format/safe-text.js';
import { editDistance } from '../units/similarity.js';
import { chooseLang } from './lang.js';
import { DEFAULT_LANG, LANGS, msg, t, type Lang } from '../i18n/index.js';
import { translateHelp } from './help-lang.js';
import { commanderMessage } from './commander-messages.js';

// Each subcommand is its own chunk of the bundle, loaded only when it runs: `plan tasks` never
// compiles the validate rules or the YAML library (start-up time, issue 8). Help and unknown
// commands load them all.
const COMMANDS: Record<string, () => Promise<RegisterCommand>> = {
  show: async () => (await import('./commands/show.js')).registerShow,
  tasks: async () => (await import('./commands/tasks.js')).registerTasks,
  units: async () => (await import('./commands/units.js')).registerUnits,
  objectives: async () => (await import('./commands/objectives.js')).registerObjectives,
  content: async () => (await import('./commands/content.js')).registerContent,
  query: async () => (await import('./commands/query.js')).registerQuery,
  validate: async () => (await import('./commands/validate.js')).registerValidate,
  export: async () => (await import('./commands/export.js')).registerExport,
  diff: async () => (await import('./commands/diff.js')).registerDiff,
  calendar: async () => (await import('./commands/calendar.js')).registerCalendar,
  report: async () => (await import('./commands/report.js')).registerReport,
};

/** The subcommand named on the command line (the first word that is not an option or its value). */
function commandName(argv: readonly string[]): string | null {
  const takesValue = new Set(['--config', '--input-format', '--max-size', '--lang']);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (takesValue.has(a)) i++;
    else if (!a.startsWith('-')) return a;
  }
  return null;
}

/**
 * Runs the CLI and returns the exit code: 0 clean, 1 findings that fail (validate), 2 usage or
 * input error. The only place that maps exceptions to exit codes. `io` is the outside world of
 * the run: the process's own streams by default, captured ones in the tests.
 */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const debug = argv.includes('--debug');
  let ctx: CliContext;
  try {
    const globals = peekGlobals(argv);
    const base = createNodeContext(globals, io);
    // A config that cannot be read leaves the language at its default; the command that reads
    // the config reports the problem.
    const lang = await chooseLang(argv, io.env, async () => (await base.loadConfig().catch(() => null))?.lang ?? null);
    ctx = { ...base, lang };
    io.useLang?.(lang);
  } catch (e) {
    // The language of the message: the command line's, else (a bad --lang) the environment's.
    const none = (): Promise<null> => Promise.resolve(null);
    const lang = await chooseLang(argv, io.env, none).catch(() => chooseLang([], io.env, none).catch(() => DEFAULT_LANG));
    io.stderr.write(`plan: ${e instanceof UsageError ? e.text(lang) : (e as Error).message}\n`);
    return 2;
  }
  let code = 0;
  const name = commandName(argv);
  const helpFor = name === 'help' ? commandName(argv.slice(argv.indexOf('help') + 1)) : null;
  if (helpFor !== null && helpFor !== 'help' && !(helpFor in COMMANDS)) {
    // `plan help bogus`: commander would print the whole help and fail without saying why.
    ctx.err(`plan: ${t(ctx.lang, 'cli.unknownCommand', { name: safeText(helpFor) })}${closestCommand(helpFor, ctx.lang)}\n`);
    return 2;
  }
  const chosen = name && name in COMMANDS && name !== 'help' ? [name] : Object.keys(COMMANDS);
  const program = await buildProgram(ctx, chosen, (c) => (code = c));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return handle(e, ctx, debug);
  }
}

/**
 * The program with the commands `names` registered (the one the command line names, or all of
 * them for help), its help in the language of the run.
 */
export async function buildProgram(ctx: CliContext, names: readonly string[], setExit: (code: number) => void): Promise<Command> {
  const program = new Command('plan')
    .description('Read Vietnamese plan documents (Kế hoạch): tasks, units, checks and exports')
    .version('0.1.0')
    .option('--no-color', 'never colour the output')
    .option('--debug', 'print stack traces of errors')
    .option('--config <path>', 'plan.config.yaml to use (default: found from the current folder upward)')
    .addOption(new Option('--input-format <format>', 'read every input as this format').choices([...INPUT_FORMATS]))
    .option('--max-size <bytes>', `refuse inputs larger than this (default ${DEFAULT_MAX_SIZE} bytes = 50 MB)`)
    .addOption(new Option('--lang <lang>', 'language of messages, help and reports (default: PLAN_LANG, lang: in plan.config.yaml, else vi)').choices([...LANGS]))
    .exitOverride()
    .configureOutput(output(ctx))
    .showSuggestionAfterError(true)
    .addHelpText('after', t(ctx.lang, 'help.main'));
  for (const key of names) {
    const register = await COMMANDS[key]?.();
    register?.(program, ctx, setExit);
  }
  for (const sub of program.commands) sub.exitOverride().configureOutput(output(ctx));
  translateHelp(program, ctx.lang);
  return program;
}

/** The names of every command. */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/** commander's messages in the tool's own form: "plan: unknown command 'foo'". */
function output(ctx: CliContext): { writeOut(s: string): void; writeErr(s: string): void; outputError(s: string, write: (s: string) => void): void } {
  return {
    writeOut: (s) => ctx.out(s),
    writeErr: (s) => ctx.err(s),
    outputError: (s, write) => write(`plan: ${commanderMessage(s.replace(/^error: /, ''), ctx.lang)}`),
  };
}

function handle(e: unknown, ctx: CliContext, debug: boolean): number {
  if (e instanceof CommanderError) {
    // --help, `plan help [command]` and --version succeed; help shown because no command was
    // named is a usage error (commander gives that one exit code 1).
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return 0;
    if (e.code === 'commander.help' && e.exitCode === 0) return 0;
    return 2; // commander already printed its one-line message
  }
  // File names come from the command line and from globs: one named with escape sequences
  // must not reach the terminal raw (SECURITY.md, "Terminal escapes").
  if (e instanceof InputError) {
    ctx.err(`plan: ${safeText(`${e.file ?? '-'}: ${e.text(ctx.lang)}`)}\n`);
  } else if (e instanceof UsageError) {
    ctx.err(`plan: ${safeText(e.text(ctx.lang))}\n`);
  } else {
    const err = e as Error;
    ctx.err(`plan: ${t(ctx.lang, 'cli.internalError', { message: safeText(err?.message ?? String(e)) })}${debug ? '' : t(ctx.lang, 'cli.runWithDebug')}\n`);
  }
  if (debug && e instanceof Error && e.stack) ctx.err(`${e.stack}\n`);
  return 2;
}

/**
 * " (did you mean tasks?)" when a command is one or two edits away from the word typed (a slip,
 * as commander judges it for `plan taks`); else the list of commands, so the message always
 * says what would be right.
 */
function closestCommand(word: string, lang: Lang): string {
  const names = Object.keys(COMMANDS);
  const scored = names.map((n) => ({ n, d: editDistance(word.toLowerCase().slice(0, 32), n) })).sort((a, b) => a.d - b.d);
  const best = scored[0];
  if (best && best.d <= Math.max(1, Math.floor(best.n.length / 3))) return t(lang, 'cli.didYouMean', { name: best.n });
  return t(lang, 'cli.commandsAre', { names: names.join(', ') });
}

/** Global options needed before commander parses (the context is built first). */
function peekGlobals(argv: readonly string[]): GlobalOptions {
  const value = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    if (i >= 0) return argv[i + 1];
    const eq = argv.find((a) => a.startsWith(`${name}=`));
    return eq?.slice(name.length + 1);
  };
  const max = value('--max-size');
  if (max !== undefined && !/^\d+$/.test(max)) throw new UsageError(msg('usage.maxSize', { value: max }));
  const fmt = value('--input-format');
  return {
    color: !argv.includes('--no-color'),
    ...(isInputFormat(fmt) ? { inputFormat: fmt } : {}),
    ...(max && /^\d+$/.test(max) ? { maxSize: Number(max) } : {}),
    ...(value('--config') ? { config: value('--config') } : {}),
  };
}

