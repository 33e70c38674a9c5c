import { t, type Lang, type MessageId } from '../i18n/index.js';

/**
 * commander's error messages, which it writes in English, in the language of the run. Each
 * pattern matches one of commander 14's messages (lib/command.js, option.js, suggestSimilar.js);
 * a message no pattern knows passes as commander wrote it.
 */
const PATTERNS: readonly (readonly [RegExp, MessageId, readonly string[]])[] = [
  [/^unknown option '([^']*)'/, 'commander.unknownOption', ['option']],
  [/^unknown command '([^']*)'/, 'cli.unknownCommand', ['name']],
  [/^missing required argument '([^']*)'/, 'commander.missingArgument', ['name']],
  [/^option '([^']*)' argument missing/, 'commander.optionMissing', ['option']],
  [/^option '([^']*)' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, 'commander.invalidChoice', ['option', 'value', 'choices']],
  [/^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\./, 'commander.tooManyArguments', ['command', 'expected', 'got']],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\./, 'commander.tooManyArgumentsProgram', ['expected', 'got']],
];

const SUGGESTION = /\n\(Did you mean (?:one of )?(.*)\?\)/;

export function commanderMessage(text: string, lang: Lang): string {
  if (lang === 'en') return text;
  const suggestion = SUGGESTION.exec(text);
  const head = suggestion ? text.slice(0, suggestion.index) : text;
  const rest = suggestion ? text.slice(suggestion.index + suggestion[0].length) : '';
  for (const [re, id, names] of PATTERNS) {
    const m = re.exec(head);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1] ?? '']));
    const tail = head.slice(m[0].length);
    return `${t(lang, id, params)}${tail}${suggestion ? t(lang, 'cli.didYouMean', { name: suggestion[1] ?? '' }) : ''}${rest}`;
  }
  return text;
}
