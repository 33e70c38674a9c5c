import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../../model/errors.js';
import { loadFile } from '../node-context.js';
import { runFile } from './run-file.js';
import { failureOf } from '../load-each.js';
import type { WorkerReply, WorkerSetup } from './pool.js';
import type { JobResult } from './spec.js';

/**
 * A worker thread of a batch (pool.ts): reads each file it is handed, works on it as the main
 * thread would (runFile) and sends back the result, which the structured clone copies (the
 * pieces of an export become an array of strings). The model stays here and is dropped.
 */
const setup = workerData as WorkerSetup;
const port = parentPort;

port?.on('message', (job: { index: number; file: string }) => {
  void work(job.index, job.file).then((reply) => port.postMessage(reply));
});

async function work(index: number, file: string): Promise<WorkerReply> {
  try {
    const loaded = await loadFile(file, { ...setup.read, keepLines: false });
    return { index, result: cloneable(await runFile(setup.spec, loaded)) };
  } catch (e) {
    if (e instanceof InputError) return { index, failure: failureOf(e, file, setup.spec.lang) };
    const err = e as Error;
    return { index, error: { message: err?.message ?? String(e), ...(err?.stack ? { stack: err.stack } : {}) } };
  }
}

/** A result as plain data: lazy pieces are read out. */
function cloneable(result: JobResult): JobResult {
  return result.kind === 'export' ? { kind: 'export', pieces: [...result.pieces] } : result;
}
