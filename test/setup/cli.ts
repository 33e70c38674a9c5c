import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';
import { overLimit } from '../../src/cli/read-input.js';
import { msg } from '../../src/i18n/index.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliOptions {
  /** Standard input: piped in with these bytes ('' when not given, as spawnSync does). */
  readonly input?: string | Uint8Array;
  readonly cwd?: string;
  /**
   * Added to the environment, which is only PATH, NO_COLOR=1 and PLAN_LANG=en otherwise: the
   * tests written before the messages were translated (issue 21) check the English text; a test
   * of the Vietnamese gives PLAN_LANG: 'vi' or --lang vi.
   */
  readonly env?: Record<string, string>;
  /** Standard input is /dev/null, as at a terminal with nothing piped in. */
  readonly noStdin?: boolean;
  /** In-process only: standard output says it is a terminal (to see colour decided as on one). */
  readonly tty?: boolean;
}

/**
 * Runs the CLI in this process, as `plan …` in the repository root (or `cwd`), without colour
 * or a TTY: `main(argv, io)` with captured streams and the environment given. Starting Node for
 * each case cost a third of a second of CPU; the scenarios that need a real process (signals,
 * pipes, the heap flag set at start, bin/plan.js itself) use spawnCli.
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  const out: Buffer[] = [];
  let err = '';
  const stdin = options.noStdin ? null : Buffer.from(options.input ?? '');
  const io: CliIo = {
    stdout: { write: (chunk) => void out.push(Buffer.from(chunk)), isTTY: options.tty === true },
    stderr: { write: (text) => void (err += text) },
    stdin: {
      isPiped: () => stdin !== null,
      read: (maxSize) => {
        if (stdin === null) return new Uint8Array(0);
        if (stdin.length > maxSize) throw overLimit('-', msg('input.what.stdin'), maxSize);
        return stdin;
      },
      fileIdentity: () => null,
    },
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_LANG: 'en', ...options.env },
    cwd: options.cwd ?? ROOT,
  };
  const code = await main(args, io);
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: err };
}

/** Runs `node bin/plan.js …` as a process of its own: for what only a real process shows. */
export function spawnCli(args: readonly string[], options: CliOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [`${ROOT}/bin/plan.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    ...(options.noStdin ? { stdio: ['ignore', 'pipe', 'pipe'] as const } : { input: options.input ?? '' }),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_LANG: 'en', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
