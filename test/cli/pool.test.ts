/**
 * The worker pool of a batch (src/cli/jobs/pool.ts), with stand-in workers written here: the
 * outcomes come in the order of the files whatever order the workers finish in, the workers
 * never run further ahead than the pool allows, and a worker's error ends the batch.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { inWorkers } from '../../src/cli/jobs/pool.js';
import type { FileOutcome, Job } from '../../src/cli/jobs/spec.js';
import { fileTempDir } from '../setup/temp.js';

// Removed after the file's tests (test/setup/temp.ts).
const dir = fileTempDir('plan-pool-');

/** A worker script: `reply(index, file, data)` returns the reply, after `delay(index)` ms. */
function standIn(name: string, body: string): URL {
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, `import { parentPort, workerData } from 'node:worker_threads';\n${body}\n`);
  return pathToFileURL(file);
}

const SPEC: Job = { kind: 'export', format: 'jsonl', lang: 'en' };
const names = (n: number): string[] => Array.from({ length: n }, (_, i) => `file-${i}`);

async function collect(gen: AsyncIterable<FileOutcome>): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  for await (const o of gen) out.push(o);
  return out;
}

describe('inWorkers', () => {
  it('gives the outcomes in the order of the files when later files finish first', async () => {
    // File i takes (20 - i) ms: the last files are done long before the first.
    const entry = standIn(
      'reverse',
      `parentPort.on('message', ({ index, file }) => setTimeout(() => parentPort.postMessage({ index, result: { kind: 'export', pieces: [file.toUpperCase()] } }), (20 - index) * 3));`,
    );
    const outcomes = await collect(inWorkers(entry, names(20), SPEC, { jobs: 3, read: {} }));
    expect(outcomes.map((o) => o.index)).toEqual([...Array(20).keys()]);
    expect(outcomes.map((o) => ('result' in o && o.result.kind === 'export' ? [...o.result.pieces][0] : null))).toEqual(names(20).map((n) => n.toUpperCase()));
  });

  it('each worker has a young generation of 64 MB semi-spaces, not Node\'s 16 MB (fewer scavenges: a plan\'s allocation dies young)', async () => {
    // The worker reports the size its heap was given (worker_threads.resourceLimits).
    const entry = standIn(
      'heap',
      `import { resourceLimits } from 'node:worker_threads';
parentPort.on('message', ({ index }) => parentPort.postMessage({ index, result: { kind: 'export', pieces: [String(resourceLimits.maxYoungGenerationSizeMb)] } }));`,
    );
    const outcomes = await collect(inWorkers(entry, names(2), SPEC, { jobs: 2, read: {} }));
    expect(outcomes.map((o) => ('result' in o && o.result.kind === 'export' ? [...o.result.pieces][0] : null))).toEqual(['192', '192']);
  });

  it('a file that cannot be read comes as a failure in its place', async () => {
    const entry = standIn(
      'failing',
      `parentPort.on('message', ({ index, file }) => parentPort.postMessage(index === 1 ? { index, failure: { file, message: 'no such file' } } : { index, result: { kind: 'export', pieces: [] } }));`,
    );
    const outcomes = await collect(inWorkers(entry, names(3), SPEC, { jobs: 2, read: {} }));
    expect(outcomes.map((o) => ('failure' in o ? `${o.file}: ${o.failure.message}` : o.file))).toEqual(['file-0', 'file-1: no such file', 'file-2']);
  });

  it('the workers run at most four files per worker ahead of a file that is slow', async () => {
    // File 0 takes 3 s, the others none; a shared counter records the files handed out.
    const handed = new Int32Array(new SharedArrayBuffer(4));
    const entry = standIn(
      'ahead',
      `const count = new Int32Array(workerData.spec.counter);
parentPort.on('message', ({ index }) => {
  Atomics.add(count, 0, 1);
  setTimeout(() => parentPort.postMessage({ index, result: { kind: 'export', pieces: [] } }), index === 0 ? 3000 : 0);
});`,
    );
    const spec = { ...SPEC, counter: handed.buffer } as unknown as Job;
    const gen = inWorkers(entry, names(100), spec, { jobs: 2, read: {} });
    const first = gen.next();
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    for (let waited = 0; Atomics.load(handed, 0) < 8 && waited < 2500; waited += 10) await sleep(10);
    await sleep(100);
    // Two workers, four files each from the next one to write: files 0 to 7, and no more.
    expect(Atomics.load(handed, 0)).toBe(8);
    expect((await first).value?.index).toBe(0);
    expect((await collect(gen)).length).toBe(99);
    expect(Atomics.load(handed, 0)).toBe(100);
  });

  it('an error in a worker ends the batch with its message', async () => {
    const entry = standIn(
      'broken',
      `parentPort.on('message', ({ index }) => parentPort.postMessage(index === 2 ? { index, error: { message: 'boom' } } : { index, result: { kind: 'export', pieces: [] } }));`,
    );
    await expect(collect(inWorkers(entry, names(5), SPEC, { jobs: 2, read: {} }))).rejects.toThrow('boom');
  });

  it('a worker that stops ends the batch', async () => {
    const entry = standIn('exiting', `parentPort.on('message', () => process.exit(3));`);
    await expect(collect(inWorkers(entry, names(5), SPEC, { jobs: 2, read: {} }))).rejects.toThrow('a worker thread stopped with exit code 3');
  });
});
