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

/**
 * The young generation of each worker's heap (V8 splits it into two semi-spaces and a space for
 * large new objects: 192 MB gives semi-spaces of 64 MB, Node 20's default being 16 MB). Reading
 * a plan allocates some 30 MB (micromark's events, a .docx's DOM, the model), much of it alive
 * for the whole file: with the default, each file went through a few scavenges that copied it,
 * and the scavenges promoted some 4 MB a file to the old generation, which mark-compacts then
 * freed (200 corpus plans: 447 scavenges, 46 mark-compacts). With 64 MB, most of a file dies
 * young (139 scavenges, 25 mark-compacts) and a batch of 200 files takes 14.4 s of CPU against
 * 17.4 s with --jobs 2; 96 MB gave 15.9 s. The young generation grows to this only when the
 * scavenges find much alive (a batch of small plans stays smaller); it costs up to 100 MB more
 * memory per worker, not more per file (issue 19: memory flat in the number of files).
 */
const YOUNG_GENERATION_MB = 192;

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
    const worker = new Worker(entry, { workerData: setup, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
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
