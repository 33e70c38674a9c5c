import { fstatSync, writeSync, type Stats } from 'node:fs';
import { safeText } from '../format/safe-text.js';
import { readInput } from './read-input.js';
import { DEFAULT_LANG, msg, t, type Lang, type Msg } from '../i18n/index.js';

/**
 * The outside world of one run of the CLI: its standard streams, environment and folder.
 * `main(argv, io)` touches nothing else of the process, so the tests run it in-process with
 * captured streams (test/setup/cli.ts) and bin/plan.js runs it with `processIo()`.
 */
export interface CliIo {
  readonly stdout: {
    write(chunk: string | Uint8Array): void;
    readonly isTTY: boolean;
    /** The terminal's width, when it is one. */
    readonly columns?: number;
  };
  readonly stderr: { write(text: string): void };
  // No isTTY: nothing asks, and process.stdin.isTTY makes Node open standard input as a stream
  // (with fs's streams, fs/promises and readline when it is a file: ~2 ms of a cold start).
  readonly stdin: {
    /** A plan is piped or redirected in (a pipe or a file, not a terminal or /dev/null). */
    isPiped(): boolean;
    /** All of standard input, refused (InputError) past `maxSize` bytes. */
    read(maxSize: number): Uint8Array;
    /** Device and inode when standard input is a redirected regular file (so --out can refuse to overwrite it). */
    fileIdentity(): { readonly dev: number; readonly ino: number } | null;
  };
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Told the language of the run once it is chosen, for the messages the streams write themselves. */
  useLang?(lang: Lang): void;
  /** The folder relative paths are read against. */
  readonly cwd: string;
}

/**
 * The real process's streams. Binding them also sets what only a whole process may set: a
 * failed write to standard output ends the run. (The heap's growth is bounded by bin/plan.js,
 * with the other V8 flags, before the CLI is compiled.)
 */
export function processIo(): CliIo {
  let lang: Lang = DEFAULT_LANG;
  // A write to standard output that fails (the reader closed the pipe: EPIPE; the disk is
  // full: ENOSPC) ends the run with one line and exit 2: the output is incomplete, and a script
  // must not take it for a result. Node reports these as 'error' events, never as exceptions.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    try {
      writeSync(2, `plan: ${t(lang, 'io.stdoutFailed', { why: describeWriteError(e) })}\n`);
    } catch {
      /* standard error is gone too: the exit code still says it */
    }
    process.exit(2);
  });
  return {
    useLang: (chosen) => void (lang = chosen),
    stdout: {
      // Writes to files and pipes are synchronous on Linux: pieces do not pile up in memory.
      write: (chunk) => void process.stdout.write(chunk),
      isTTY: Boolean(process.stdout.isTTY),
      ...(process.stdout.columns ? { columns: process.stdout.columns } : {}),
    },
    stderr: { write: (text) => void standardError().write(text) },
    stdin: {
      isPiped: () => {
        const st = stdinStat();
        return st !== null && (st.isFIFO() || st.isFile() || st.isSocket());
      },
      read: (maxSize) => readInput('-', maxSize),
      fileIdentity: () => {
        const st = stdinStat();
        return st?.isFile() ? { dev: st.dev, ino: st.ino } : null;
      },
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

function stdinStat(): Stats | null {
  try {
    return fstatSync(0);
  } catch {
    return null;
  }
}

/** The one-line reason of a failed write to standard output. */
let stderrBound = false;

/**
 * process.stderr, bound on first use: a run that writes nothing to it does not make its stream
 * (for a pipe, Node loads net and the stream machinery for it: ~2.5 ms of a cold start, issue
 * 19). A closed standard error must not turn into a crash: the exit code still tells.
 */
function standardError(): NodeJS.WriteStream {
  if (!stderrBound) {
    process.stderr.on('error', () => process.exit(2));
    stderrBound = true;
  }
  return process.stderr;
}

function describeWriteError(e: NodeJS.ErrnoException): Msg {
  if (e.code === 'EPIPE') return msg('io.epipe');
  if (e.code === 'ENOSPC') return msg('io.enospc');
  return msg('io.cannotWrite', { code: safeText(e.code ?? e.message) });
}
