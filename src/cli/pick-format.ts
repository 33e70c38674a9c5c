import { renderMsg, t } from '../i18n/index.js';
import type { CliContext } from './context.js';
import { chooseFormat, type FormatName } from '../format/output-format.js';
import { safeText } from '../format/safe-text.js';

/**
 * The format a command writes, by the one rule of src/format/output-format.ts; a warning on
 * stderr when --format and the --out extension disagree (the file is still written as asked).
 */
export function pickFormat<F extends FormatName>(ctx: CliContext, opts: { readonly format?: string; readonly out?: string }, command: string, writes: readonly F[]): F {
  const { format, warning } = chooseFormat({ requested: opts.format, out: opts.out, command, writes });
  if (warning !== null) ctx.err(`plan: ${safeText(t(ctx.lang, 'cli.warning', { text: renderMsg(ctx.lang, warning) }))}\n`);
  return format;
}
