import { DEFAULT_LANG, isLang, msg, type Lang } from '../i18n/index.js';
import { UsageError } from '../model/errors.js';

/**
 * The language of a run (issue 21): `--lang` on the command line, else PLAN_LANG, else `lang:`
 * in plan.config.yaml, else Vietnamese. PLAN_LANG may be written as a locale ("en_US.UTF-8").
 * `configLang` is asked only when neither of the others says: it reads the config file.
 */
export async function chooseLang(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  configLang: () => Promise<Lang | null>,
): Promise<Lang> {
  const flag = flagValue(argv, '--lang');
  if (flag !== undefined) {
    if (!isLang(flag)) throw new UsageError(msg('cli.badLang', { value: flag }));
    return flag;
  }
  const fromEnv = env.PLAN_LANG?.trim();
  if (fromEnv) {
    const code = /^(vi|en)(?:[_.@-]|$)/i.exec(fromEnv)?.[1]?.toLowerCase();
    if (!isLang(code)) throw new UsageError(msg('cli.badEnvLang', { value: fromEnv }));
    return code;
  }
  return (await configLang()) ?? DEFAULT_LANG;
}

/** The value of `--name VALUE` or `--name=VALUE` (the last one given wins, as commander reads it). */
export function flagValue(argv: readonly string[], name: string): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    if (a === name) found = argv[++i];
    else if (a.startsWith(`${name}=`)) found = a.slice(name.length + 1);
  }
  return found;
}
