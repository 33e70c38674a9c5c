import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node bin/plan.js …` in the repository root (or `cwd`), without colour or a TTY. */
export function runCli(args: readonly string[], options: { input?: string | Uint8Array; cwd?: string; env?: Record<string, string>; noStdin?: boolean } = {}): CliRun {
  const r = spawnSync(process.execPath, [`${ROOT}/bin/plan.js`, ...args], {
    cwd: options.cwd ?? ROOT,
    // noStdin: standard input is /dev/null, as at a terminal with nothing piped in.
    ...(options.noStdin ? { stdio: ['ignore', 'pipe', 'pipe'] as const } : { input: options.input ?? '' }),
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
