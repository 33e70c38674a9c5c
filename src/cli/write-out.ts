import { closeSync, fchmodSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import { msg, type Msg } from '../i18n/index.js';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../model/errors.js';
import { describeWriteError } from './fs-errors.js';

/** Characters written per system call; between two of them a signal can be handled. */
const SLICE = 1 << 20;
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * `--out FILE`: the result goes to a new temporary file beside the target, which is renamed
 * over the target only once it is complete. So a failed or interrupted run never leaves a
 * truncated file, and a reader of the target sees the old content or the new, never half.
 *
 * - Only a regular file is replaced. An existing target that is anything else (a device such
 *   as /dev/null, a named pipe, a socket, a folder) is refused: renaming over it would put an
 *   ordinary file in its place. Write to those with `--out -` and the shell's `>`.
 * - A symbolic link is followed: the file it points to is replaced and the link stays.
 * - The target may not be one of the inputs, by any path: the same file through a symbolic
 *   link or a hard link (same device and inode) is refused.
 * - The temporary file has an unpredictable name and is created exclusively (O_CREAT|O_EXCL,
 *   which also refuses a symbolic link planted at that name), so nothing else is written.
 * - A replaced file keeps its permission bits.
 * - SIGINT, SIGTERM and SIGHUP during the write remove the temporary file before the process
 *   ends by that signal.
 */
export async function writeOut(outPath: string, content: string | Uint8Array | Iterable<string> | AsyncIterable<string>, inputs: readonly string[], where: OutPlace): Promise<void> {
  const target = followLink(resolve(where.cwd, outPath));
  const existing = statOrNull(target, outPath);
  if (existing !== null && !existing.isFile()) {
    throw new UsageError(msg('usage.outSpecial', { out: outPath, kind: describeKind(existing) }));
  }
  for (const input of inputs.map((path) => identify(path, where))) {
    if (isSame(input, target, existing, where.cwd)) throw new UsageError(msg('usage.outIsInput', { out: outPath }));
  }
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(8).toString('hex')}.tmp`);
  let fd: number | null = null;
  let created = false;
  // Only a file this run created is removed: never whatever else stands at that name.
  const cleanUp = (): void => {
    if (fd !== null) closeQuietly(fd);
    fd = null;
    if (created) unlinkQuietly(tmp);
    created = false;
  };
  const onSignal = (signal: NodeJS.Signals): void => {
    cleanUp();
    removeHandlers();
    // End as the signal would have ended us, so the shell sees the interruption.
    process.kill(process.pid, signal);
  };
  const removeHandlers = (): void => {
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    fd = openSync(tmp, 'wx');
    created = true;
    // The permission bits only: set-user-ID and set-group-ID are not carried onto new content.
    if (existing !== null) fchmodSync(fd, existing.mode & 0o1777);
    for await (const piece of slices(content)) {
      writeAll(fd, piece);
      // Let a pending signal in: its handler removes the temporary file.
      await new Promise<void>((done) => setImmediate(done));
      if (fd === null) return;
    }
    closeSync(fd);
    fd = null;
    renameSync(tmp, target);
    created = false;
  } catch (e) {
    cleanUp();
    throw new InputError(outPath, describeWriteError(e));
  } finally {
    removeHandlers();
  }
}

/** Where a run is: its folder, and what its standard input is. */
export interface OutPlace {
  /** The folder the output and input paths are relative to. */
  readonly cwd: string;
  /** Device and inode of standard input when it is a redirected file, else null. */
  readonly stdinIdentity: () => { readonly dev: number; readonly ino: number } | null;
}

/** What identifies an input file: its path as given, and its device and inode. */
interface InputIdentity {
  readonly path: string;
  readonly dev?: number;
  readonly ino?: number;
}

/** Device and inode of an input ('-': of standard input, when it is a redirected file). */
function identify(path: string, where: OutPlace): InputIdentity {
  if (path === '-') return { path, ...where.stdinIdentity() };
  try {
    const st = statSync(resolve(where.cwd, path));
    return st.isFile() ? { path, dev: st.dev, ino: st.ino } : { path };
  } catch {
    return { path };
  }
}

function isSame(input: InputIdentity, target: string, existing: Stats | null, cwd: string): boolean {
  if (existing !== null && input.dev !== undefined && input.ino !== undefined) {
    return input.dev === existing.dev && input.ino === existing.ino;
  }
  return input.path !== '-' && followLink(resolve(cwd, input.path)) === target;
}

/** The file a path names once symbolic links are followed; the path itself when it does not exist yet. */
function followLink(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

function statOrNull(path: string, outPath: string): Stats | null {
  try {
    return statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new InputError(outPath, describeWriteError(e));
  }
}

function describeKind(st: Stats): Msg {
  if (st.isDirectory()) return msg('usage.kind.folder');
  if (st.isCharacterDevice()) return msg('usage.kind.charDevice');
  if (st.isBlockDevice()) return msg('usage.kind.blockDevice');
  if (st.isFIFO()) return msg('usage.kind.pipe');
  if (st.isSocket()) return msg('usage.kind.socket');
  return msg('usage.kind.special');
}

async function* slices(content: string | Uint8Array | Iterable<string> | AsyncIterable<string>): AsyncGenerator<string | Uint8Array> {
  if (content instanceof Uint8Array) {
    for (let i = 0; i < content.length || i === 0; i += SLICE) yield content.subarray(i, i + SLICE);
  } else if (typeof content === 'string') {
    for (let i = 0; i < content.length || i === 0; ) {
      let end = Math.min(i + SLICE, content.length);
      // Never between the two halves of a surrogate pair: each half alone would be written as U+FFFD.
      if (end < content.length && isHighSurrogate(content.charCodeAt(end - 1))) end--;
      yield content.slice(i, end);
      i = Math.max(end, i + 1);
    }
  } else yield* content;
}

/** writeSync may write less than it was given (a full disk, a signal): write the rest. */
function writeAll(fd: number, piece: string | Uint8Array): void {
  const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    /* already closed */
  }
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* never created, or already renamed */
  }
}
