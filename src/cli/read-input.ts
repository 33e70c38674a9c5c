import { closeSync, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { msg, sizeMsg, type Msg } from '../i18n/index.js';
import { resolve } from 'node:path';
import { InputError } from '../model/errors.js';
import { describeFsError } from './fs-errors.js';

/** Bytes asked of the system per read: large enough to be fast, small against the limit. */
const CHUNK = 1 << 16;

/**
 * Reads a whole input through one bounded loop, whatever it is: a regular file, standard input
 * ('-'), a pipe, a device ("/dev/zero"), process substitution ("<(curl …)", a /dev/fd pipe) or
 * a file named under `plans:` in the config. The limit is on the bytes actually read, never on
 * what stat() says (DESIGN.md 18): a device or a pipe reports size 0, and a file can grow
 * while it is read. Reading stops, and the input is refused, at the first byte past the limit,
 * so memory never holds more than `maxSize` bytes of it.
 */
export function readInput(file: string, maxSize: number, cwd = '.'): Uint8Array {
  if (file === '-') return readCapped(0, '-', maxSize, msg('input.what.stdin'));
  let fd: number;
  try {
    fd = openSync(resolve(cwd, file), 'r');
  } catch (e) {
    throw new InputError(file, describeFsError(e));
  }
  try {
    const st = fstatSync(fd);
    if (st.isDirectory()) throw new InputError(file, msg('input.isDirectory'));
    // A regular file that says it is too big is refused before a byte is read.
    if (st.isFile() && st.size > maxSize) {
      throw new InputError(file, msg('input.tooLarge', { size: sizeMsg(st.size), limit: sizeMsg(maxSize) }));
    }
    return readCapped(fd, file, maxSize, kindOf(st));
  } finally {
    closeSync(fd);
  }
}

function kindOf(st: Stats): Msg {
  if (st.isFile()) return msg('input.what.file');
  if (st.isFIFO()) return msg('input.what.pipe');
  if (st.isCharacterDevice() || st.isBlockDevice()) return msg('input.what.device');
  return msg('input.what.input');
}

function readCapped(fd: number, file: string, maxSize: number, what: Msg): Uint8Array {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    // Never ask for more than one byte past the limit: that byte is enough to refuse.
    const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxSize - total + 1));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      // Standard input may be a non-blocking pipe or terminal: wait for it instead of failing.
      if (code === 'EAGAIN') {
        waitBriefly();
        continue;
      }
      if (code === 'EOF') break;
      throw new InputError(file, msg('input.cannotReadWhat', { what, code: code ?? String(e) }));
    }
    if (n === 0) break;
    total += n;
    if (total > maxSize) throw overLimit(file, what, maxSize);
    chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
  }
  return chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, total);
}

/** The refusal of an input found past the limit while it was read. */
export function overLimit(file: string, what: Msg, maxSize: number): InputError {
  return new InputError(file, msg('input.overLimit', { what, limit: sizeMsg(maxSize) }));
}

/** Sleeps 10 ms without spinning the CPU (a synchronous reader has no event loop to wait on). */
function waitBriefly(): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
}
