import type { CliContext } from './context.js';
import { msg } from '../i18n/index.js';
import { UsageError } from '../model/errors.js';

/** A workbook is bytes: on a terminal they are noise, so xlsx goes to --out or a redirect. */
export function refuseBinaryOnTerminal(ctx: CliContext, format: string, out: string | undefined): void {
  if (format === 'xlsx' && (out === undefined || out === '-') && ctx.stdoutIsTTY) {
    throw new UsageError(msg('usage.xlsxOut'));
  }
}
