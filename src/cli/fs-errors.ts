import { msg, type Msg } from '../i18n/index.js';

/**
 * What the system's error code means for the person who named the file, when reading it or
 * writing the output; an unexpected code is shown as it is (a person can look it up).
 */
const READ_ERRORS: Readonly<Record<string, Msg>> = {
  ENOENT: msg('input.noSuchFile'),
  EACCES: msg('input.permissionDenied'),
  EPERM: msg('input.permissionDenied'),
  EISDIR: msg('input.isDirectory'),
  ENOTDIR: msg('input.notDirectory'),
  ELOOP: msg('input.symlinkLoop'),
  ENAMETOOLONG: msg('input.nameTooLong'),
  EMFILE: msg('input.tooManyOpen'),
  ENFILE: msg('input.tooManyOpen'),
};

const WRITE_ERRORS: Readonly<Record<string, Msg>> = {
  ENOENT: msg('output.noFolder'),
  EACCES: msg('output.permissionDenied'),
  EPERM: msg('output.permissionDenied'),
  EROFS: msg('output.readOnly'),
  ENOSPC: msg('output.noSpace'),
  ENOTDIR: msg('input.notDirectory'),
  ENAMETOOLONG: msg('input.nameTooLong'),
};

const codeOf = (e: unknown): string | undefined => (e as NodeJS.ErrnoException).code;

/** Why an input could not be opened or read. */
export function describeFsError(e: unknown): Msg {
  const code = codeOf(e);
  return (code !== undefined ? READ_ERRORS[code] : undefined) ?? msg('input.cannotRead', { code: code ?? String(e) });
}

/** Why the output (--out) could not be written: "không ghi được kết quả: thư mục chứa tệp không tồn tại". */
export function describeWriteError(e: unknown): Msg {
  const code = codeOf(e);
  const why = code !== undefined ? WRITE_ERRORS[code] : undefined;
  return why ? msg('input.cannotWriteWhy', { why }) : msg('input.cannotWrite', { code: code ?? String(e) });
}
