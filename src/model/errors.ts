import { renderMsg, type Lang, type Msg } from '../i18n/index.js';

/**
 * An error thrown with a message of the catalogs (an id and parameters, issue 21): `message`
 * is its English text, for a program's logs; the CLI shows `text(lang)` in the user's
 * language. A plain string is still accepted and shown as it is, in every language.
 */
abstract class CatalogError extends Error {
  /** The catalog message, when thrown with one. */
  readonly msg: Msg | null;
  constructor(message: string | Msg) {
    super(typeof message === 'string' ? message : renderMsg('en', message));
    this.msg = typeof message === 'string' ? null : message;
  }

  /** The message in `lang`. */
  text(lang: Lang): string {
    return this.msg ? renderMsg(lang, this.msg) : this.message;
  }
}

/**
 * Failures that stop a command: usage and input errors. The CLI maps every one of them to
 * exit code 2 with one line on stderr; parsing findings are Diagnostics, never exceptions.
 */
export class InputError extends CatalogError {
  override readonly name = 'InputError';
  constructor(
    /** The file the problem is about, as the user named it ('-' for standard input). */
    readonly file: string | null,
    message: string | Msg,
  ) {
    super(message);
  }
}

export class UsageError extends CatalogError {
  override readonly name = 'UsageError';
}
