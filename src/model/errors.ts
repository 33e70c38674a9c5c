/**
 * Failures that stop a command: usage and input errors. The CLI maps every one of them to
 * exit code 2 with one line on stderr; parsing findings are Diagnostics, never exceptions.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    /** The file the problem is about, as the user named it ('-' for standard input). */
    readonly file: string | null,
    message: string,
  ) {
    super(message);
  }
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}
