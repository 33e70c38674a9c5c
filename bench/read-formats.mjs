// Child process of the benchmark's format part (issue 16): reads one file N times in this
// process, after a warm-up, and prints the median milliseconds of one read as JSON.
//   node bench/read-formats.mjs ours|floor FILE RUNS
// "ours" is our reader (src/parse/pdf or src/parse/doc, bundled here with esbuild: the reading
// layer, up to the shared model of a read document); "pipeline" is readPlan from the built
// library (reader and the whole pipeline after it); "floor" is the text extraction of the
// library underneath: pdf.js's getTextContent of every page for a PDF, word-extractor's
// getBody for a .doc.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { median } from './stats.mjs';

const [mode, file, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
const bytes = new Uint8Array(readFileSync(file));
const isPdf = file.endsWith('.pdf');

async function pipeline() {
  const { readPlan } = await import('../dist/index.js');
  return async () => (await readPlan(bytes, { path: file })).plan.tasks.length;
}

async function ours() {
  const { build } = await import('esbuild');
  const root = fileURLToPath(new URL('..', import.meta.url));
  // Inside the project, so that pdf.js (kept external, as in dist/) resolves from node_modules.
  const out = path.join(root, 'node_modules', '.cache', 'kehoach-bench', 'readers.mjs');
  await build({
    stdin: { contents: "export { readPdf } from './src/parse/pdf/index.ts'; export { readDoc } from './src/parse/doc/index.ts';", resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'esm', outfile: out, external: ['pdfjs-dist', 'pdfjs-dist/*'], logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const { readPdf, readDoc } = await import(out);
  return async () => (isPdf ? await readPdf(bytes, file) : readDoc(bytes, file)).text.length;
}

async function floor() {
  if (isPdf) {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    globalThis.pdfjsWorker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return async () => {
      const doc = await pdfjs.getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
      let n = 0;
      for (let p = 1; p <= doc.numPages; p++) n += (await (await doc.getPage(p)).getTextContent()).items.length;
      await doc.destroy();
      return n;
    };
  }
  const { default: WordExtractor } = await import('word-extractor');
  return async () => (await new WordExtractor().extract(Buffer.from(bytes))).getBody().length;
}

const read = mode === 'ours' ? await ours() : mode === 'pipeline' ? await pipeline() : await floor();
await read();
const times = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  await read();
  times.push(performance.now() - t);
}
process.stdout.write(`${JSON.stringify({ ms: median(times) })}\n`);
