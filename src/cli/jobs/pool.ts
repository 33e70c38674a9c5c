import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FileOutcome, Job, JobResult, ReadOptions } from './spec.js';
import type { LoadFailure } from '../load-each.js';

/**
 * How far ahead of the next file to write the workers may run, per worker. The results that
 * wait for an earlier file are held in memory: this bounds them (memory flat in the number of
 * files, issue 19) while a slow file does not stall the others (a worker gets a new file as
 * soon as it is done, until it is this far ahead).
 */
const AHEAD_PER_WORKER = 4;

/** A message from a worker: the outcome of one file, or the error that stopped its work. */
export type WorkerReply =
  | { readonly index: number; readonly result: JobResult }
  | { readonly index: number; readonly failure: LoadFailure }
  | { readonly index: number; readonly error: { readonly message: string; readonly stack?: string } };

/** What a worker is started with. */
export interface WorkerSetup {
  readonly spec: Job;
  readonly read: ReadOptions;
}

/**
 * The worker's entry in dist/ (built by scripts/build.mjs): beside the running bundle, or, when
 * the CLI runs from src/ (the tests), in the dist/ of the package. Null when it is not built:
 * the batch then runs in this thread.
 */
export function workerEntry(): URL | null {
  for (const relative of ['./worker.js', '../../../dist/worker.js']) {
    const url = new URL(relative, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * The outcomes of `names`, in order, from `jobs` worker threads (at most one per file). Each
 * worker asks for the next file when it is done with one; an outcome is yielded as soon as all
 * those before it are. The workers end when the batch does, or when the consumer stops.
 */
export async function* inWorkers(entry: URL, names: readonly string[], spec: Job, options: { jobs: number; read: ReadOptions }): AsyncGenerator<FileOutcome> {
  const size = Math.min(options.jobs, names.length);
  const setup: WorkerSetup = { spec, read: options.read };
  const ready = new Map<number, FileOutcome>();
  const idle: Worker[] = [];
  let next = 0; // the next file to hand out
  let emitted = 0; // the next file to yield
  // Set by the workers' callbacks, which control-flow narrowing does not see.
  let failed = null as Error | null;
  let wake: (() => void) | null = null;
  const signal = (): void => {
    wake?.();
    wake = null;
  };
  const handOut = (): void => {
    while (idle.length > 0 && next < names.length && next < emitted + size * AHEAD_PER_WORKER) {
      const index = next++;
      idle.pop()?.postMessage({ index, file: names[index] });
    }
  };
  const workers = Array.from({ length: size }, () => {
    const worker = new Worker(entry, { workerData: setup });
    worker.on('message', (reply: WorkerReply) => {
      const file = names[reply.index] ?? '';
      if ('error' in reply) {
        failed = Object.assign(new Error(reply.error.message), reply.error.stack ? { stack: reply.error.stack } : {});
      } else {
        ready.set(reply.index, 'failure' in reply ? { index: reply.index, file, failure: reply.failure } : { index: reply.index, file, result: reply.result });
      }
      idle.push(worker);
      handOut();
      signal();
    });
    worker.on('error', (e) => {
      failed = e;
      signal();
    });
    worker.on('exit', (code) => {
      if (code !== 0 && failed === null && emitted < names.length) failed = new Error(`a worker thread stopped with exit code ${code}`);
      signal();
    });
    idle.push(worker);
    return worker;
  });
  try {
    handOut();
    while (emitted < names.length) {
      const outcome = ready.get(emitted);
      if (outcome !== undefined) {
        ready.delete(emitted);
        emitted++;
        handOut();
        yield outcome;
        continue;
      }
      if (failed !== null) throw failed;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
