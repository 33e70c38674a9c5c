// Section 7 of the benchmark (issue 19): a province's archive. Copies of the corpus plans, read
// by one command: the speed-up of --jobs 2 over --jobs 1 on this machine, that both write the
// same bytes, and the peak memory of 2,000 files against 200 (memory flat in the number of files).
import { copyFileSync, createReadStream, mkdirSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import path from 'node:path';

export const BATCH_TARGET = { speedUp: 1.7, memory: 1.3 };
// The semi-spaces of a worker's young generation (src/cli/jobs/pool.ts: 192 MB, a third each).
const WORKER_SEMI_SPACE_MB = 64;

/**
 * `count` copies of the corpus plans in `dir`, taken in turn (the PDF aside: one copy of it
 * takes as long as thirty text plans, and pdf.js's own memory would be measured).
 */
export function archive(root, dir, count) {
  const corpus = path.join(root, 'fixtures', 'corpus');
  const sources = readdirSync(corpus, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => path.join(corpus, d.name, readdirSync(path.join(corpus, d.name)).find((f) => f.startsWith('input.')) ?? ''))
    .filter((f) => !f.endsWith('.pdf'))
    .sort();
  mkdirSync(dir, { recursive: true });
  const files = [];
  for (let i = 0; i < count; i++) {
    const src = sources[i % sources.length];
    const file = path.join(dir, `plan-${String(i).padStart(5, '0')}${path.extname(src)}`);
    copyFileSync(src, file);
    files.push(file);
  }
  return { files, sources };
}

async function sha256(file) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk);
  return hash.digest('hex');
}

/**
 * Runs section 7 with the benchmark's helpers: `measure(argv, runs, outFile)` gives the medians
 * of whole runs; `row`, `say` and `verdict` print.
 */
export async function benchBatch({ root, node, plan, work, say, row, verdict, measure, mb, ms, count, runs }) {
  const small = Math.max(1, Math.round(count / 10));
  const { files, sources } = archive(root, path.join(work, 'archive'), count);
  const exts = [...new Set(sources.map((s) => path.extname(s)))].join(' ');
  say(`7. a province's archive: ${count.toLocaleString('en')} copies of the ${sources.length} corpus plans (${exts}; the PDF aside), one command, ${runs} run(s) each`);
  const exportArgs = (list, jobs) => [node, plan, 'export', ...list, '--format', 'jsonl', '--jobs', String(jobs)];
  const out1 = path.join(work, 'batch-1.jsonl');
  const out2 = path.join(work, 'batch-2.jsonl');
  const one = measure(exportArgs(files, 1), runs, out1);
  // --jobs 1 reads in the main thread, whose young generation is set when Node starts (not by
  // the CLI): run with the workers' size too, so that the speed-up of threads alone is seen.
  const [nodeBin, ...rest] = exportArgs(files, 1);
  const oneSemi = measure([nodeBin, `--max-semi-space-size=${WORKER_SEMI_SPACE_MB}`, ...rest], runs, null);
  const two = measure(exportArgs(files, 2), runs, out2);
  const line = (m) => `wall ${ms(m.ms)}  cpu ${ms(m.cpuMs)}  peak ${mb(m.rssKiB * 1024)}`;
  row('--jobs 1', line(one));
  row(`--jobs 1 semi ${WORKER_SEMI_SPACE_MB}M`, line(oneSemi));
  row('--jobs 2', line(two));
  const same = (await sha256(out1)) === (await sha256(out2));
  row('same output', same ? 'yes: --jobs 2 wrote the bytes --jobs 1 wrote' : 'NO: the outputs differ (MISS)');
  verdict('speed-up', one.ms / two.ms, BATCH_TARGET.speedUp, '×', undefined, true);
  verdict('same young gen.', oneSemi.ms / two.ms, BATCH_TARGET.speedUp, '×', undefined, true);

  // Memory: the default --jobs (one thread per CPU), export and validate, 10 times fewer files.
  for (const [name, args] of [
    ['export --format jsonl', (list) => [node, plan, 'export', ...list, '--format', 'jsonl']],
    ['validate', (list) => [node, plan, 'validate', ...list]],
  ]) {
    const few = measure(args(files.slice(0, small)), 1, null, null, [0, 1]);
    const many = measure(args(files), 1, null, null, [0, 1]);
    row(name, `peak ${mb(few.rssKiB * 1024)} for ${small.toLocaleString('en')} files, ${mb(many.rssKiB * 1024)} for ${count.toLocaleString('en')} (wall ${ms(many.ms)})`);
    verdict(`memory ${name.split(' ')[0]}`, many.rssKiB / few.rssKiB, BATCH_TARGET.memory, '×');
  }
  say('');
}
