import { Help, type Command } from 'commander';
import { HELP_VI, HELP_TITLES_VI } from '../i18n/vi/help.js';
import { t, type Lang, type MessageId } from '../i18n/index.js';

/** One text of the help: its key in the help catalog, the English as registered, and how to set it. */
export interface HelpEntry {
  /** "" for the program, "validate" for a command, "validate --format", "validate [files...]". */
  readonly key: string;
  readonly text: string;
  set(text: string): void;
}

/**
 * Every description of the program's help: the program's and each command's, their options'
 * and arguments'. The English is what the commands register (one place to write it); the
 * Vietnamese is looked up by key (i18n/vi/help.ts), and a test holds the two to the same keys.
 */
export function helpEntries(program: Command): HelpEntry[] {
  const out: HelpEntry[] = [];
  for (const cmd of [program, ...program.commands]) {
    const prefix = cmd === program ? '' : `${cmd.name()} `;
    out.push({ key: prefix.trim(), text: cmd.description(), set: (s) => void cmd.description(s) });
    for (const o of cmd.options) out.push({ key: `${prefix}${o.long ?? o.short ?? o.flags}`, text: o.description, set: (s) => void (o.description = s) });
    for (const a of cmd.registeredArguments) {
      const name = `${a.required ? '<' : '['}${a.name()}${a.variadic ? '...' : ''}${a.required ? '>' : ']'}`;
      out.push({ key: `${prefix}${name}`, text: a.description, set: (s) => void (a.description = s) });
    }
  }
  return out;
}

/** Puts the help of the program in `lang`: descriptions from the catalog, commander's own titles and options too. */
export function translateHelp(program: Command, lang: Lang): void {
  if (lang === 'en') return;
  for (const e of helpEntries(program)) {
    const vi = viHelpKey(e.key);
    if (vi !== null) e.set(HELP_VI[vi] ?? e.text);
  }
  for (const cmd of [program, ...program.commands]) {
    cmd.helpOption('-h, --help', HELP_TITLES_VI.helpOption);
    cmd.usage(usageIn(cmd.usage(), lang));
    cmd.configureHelp({
      styleTitle: (title) => HELP_TITLES_VI[title] ?? title,
      subcommandTerm: (sub) => usageIn(new Help().subcommandTerm(sub), lang),
      // commander adds "(choices: …)" and "(default: …)" after a description.
      optionDescription: (option) => viExtras(new Help().optionDescription(option)),
      argumentDescription: (argument) => viExtras(new Help().argumentDescription(argument)),
    });
  }
  program.helpCommand('help [command]', HELP_TITLES_VI.helpCommand);
}

/** The key of HELP_VI that gives the Vietnamese of `key`: its own, else the option's or argument's wherever it appears ("* --unit"); null when none. */
export function viHelpKey(key: string): string | null {
  if (HELP_VI[key] !== undefined) return key;
  const generic = key.includes(' ') ? `* ${key.slice(key.indexOf(' ') + 1)}` : null;
  return generic !== null && HELP_VI[generic] !== undefined ? generic : null;
}

function viExtras(text: string): string {
  return text.replace(/\(choices: /g, `(${HELP_TITLES_VI.choices} `).replace(/\(default: /g, `(${HELP_TITLES_VI.default} `);
}

/** commander's "[options]" and "[command]" in a usage line, in `lang` (the argument names are the ones the help lists). */
function usageIn(usage: string, lang: Lang): string {
  return usage.replace('[options]', t(lang, 'help.usage.options')).replace('[command]', t(lang, 'help.usage.command'));
}

/**
 * The help text after a command's options: its examples, and a paragraph of the catalog
 * (exit codes, what happens to several files). The command lines are the same in every language.
 */
export function examplesHelp(lang: Lang, examples: readonly string[], after?: MessageId): string {
  const lines = examples.map((e) => `  $ ${e}`).join('\n');
  return `\n${t(lang, 'help.examples', { n: examples.length })}\n${lines}${after ? `\n\n${t(lang, after)}` : ''}`;
}
