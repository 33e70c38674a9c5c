// Bundles the CLI and the library with esbuild so that start-up loads one file
// instead of resolving hundreds of ESM modules (performance issue: ≤ 1.5× bare Node).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { asciiBundle } from './ascii-bundle.mjs';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

/**
 * Tables that depend only on data/*.json, computed here once rather than by every run of the
 * CLI (issue 19: a cold `plan tasks` built the gazetteer's index on each start). The sources'
 * src/units/gazetteer-prebuilt.ts holds null; the bundle gets the tables in its place.
 */
async function prebuiltTables() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'kehoach-build-'));
  try {
    const out = path.join(dir, 'tables.mjs');
    await build({ ...common, entryPoints: ['src/units/gazetteer-tables.ts'], outfile: out });
    const { tablesData } = await import(pathToFileURL(out).href);
    return JSON.stringify(tablesData());
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tables = await prebuiltTables();
/**
 * The name under which bin/plan.js hands dist/cli.cjs its import(): as long as `import`, so
 * that putting it in place of `import` moves no column the source map points at.
 */
const IMPORT = '__kimp';
const prebuilt = {
  name: 'prebuilt-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]units[\\/]gazetteer-prebuilt\.ts$/ }, () => ({
      contents: `export const PREBUILT_TABLES = ${JSON.stringify(tables)};\n`,
      loader: 'js',
    }));
  },
};

/**
 * commander requires node:child_process when it loads, for one thing only: running a
 * subcommand that is an executable of its own (`spawn`), which plan has none of. Loading it
 * also loads net, dgram and a dozen of Node's internal modules, about a third of the time the
 * CLI bundle takes to initialise (issue 19, measured with `node --cpu-prof`): commander gets a
 * `spawn` that loads node:child_process when called.
 */
const commanderSpawnOnDemand = {
  name: 'commander-spawn-on-demand',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'commander-spawn' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'commander-spawn' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };\n",
      loader: 'js',
    }));
  },
};

/**
 * chalk works out the terminal's colour level when it loads (supports-color: the environment,
 * isatty, the OS release), for its default instance. plan never uses that instance: cli/
 * decides on colour (DESIGN.md) and gives every Chalk its level. The detection took about a
 * tenth of what `plan tasks` runs besides reading the plan (issue 19, `node --cpu-prof`), so
 * the CLI bundle gives chalk a detection that finds no colour.
 */
const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      /[\\/]node_modules[\\/]chalk[\\/]/.test(args.importer) ? { path: 'supports-color', namespace: 'chalk-no-detection' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'chalk-no-detection' }, () => ({ contents: 'export default { stdout: false, stderr: false };\n', loader: 'js' }));
  },
};

/**
 * node:crypto, loaded on the first call of one of its functions rather than when the CLI
 * starts: `plan tasks` calls none (the plan's SHA-256 is computed when it is read, and it
 * prints none), and loading it costs ~3 ms of CPU of a cold start (issue 19). The functions
 * src/ imports are listed: esbuild stops the build on any other import of node:crypto.
 */
const CRYPTO_ON_DEMAND = ['createHash', 'randomBytes'];
const cryptoOnDemand = {
  name: 'crypto-on-demand',
  setup(b) {
    b.onResolve({ filter: /^node:crypto$/ }, (args) => (/[\\/]src[\\/]/.test(args.importer) ? { path: 'crypto', namespace: 'crypto-on-demand' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'crypto-on-demand' }, () => ({
      contents: CRYPTO_ON_DEMAND.map((name) => `export const ${name} = (...args) => require('node:crypto').${name}(...args);\n`).join(''),
      loader: 'js',
    }));
  },
};

// Chunk names change with their content: clear old ones so dist/ holds only this build.
rmSync('dist', { recursive: true, force: true });
await build({
  ...common,
  plugins: [prebuilt],
  // Heavy, rarely used modules stay external-by-split: they are loaded with import() only
  // by the commands that need them.
  splitting: true,
  outdir: 'dist',
  // pdf.js is loaded from node_modules as its authors ship it: its worker module is imported
  // at run time, and bundling 2 MB that only PDF input needs would slow every build.
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  // The library and the worker of --jobs; the CLI itself is dist/cli.cjs, below.
  entryPoints: { index: 'src/index.ts', worker: 'src/cli/jobs/worker.ts' },
});

// The CLI once more, as one CommonJS file: bin/plan.js compiles it with node:vm so that V8 can
// take its bytecode from dist/cli.cache (issue 19: a cold run spends its time compiling and
// warming up our code, and an ES module cannot be given a code cache on Node 20). Its dynamic
// imports of our own modules become lazy initialisers in the same file; pdf.js stays external.
const cjs = await build({
  ...common,
  plugins: [prebuilt, commanderSpawnOnDemand, chalkWithoutDetection, cryptoOnDemand],
  format: 'cjs',
  // Minified (identifiers and whitespace): V8 reads and hashes less source on every start, 3.3
  // → 1.9 MB (issue 19: plan tasks on the sample ~8 ms of CPU less, medians of 21). --debug's
  // stack traces name src/ files through the source map (bin/plan.js); the map leaves the
  // sources out (they are in src/).
  minify: true,
  // ASCII, read by bin/plan.js as Latin-1 (scripts/ascii-bundle.mjs escapes what esbuild leaves).
  charset: 'ascii',
  sourcemap: 'linked',
  sourcesContent: false,
  write: false,
  outfile: 'dist/cli.cjs',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  entryPoints: ['src/cli/main.ts'],
  // The worker's URL is found from import.meta.url: in CommonJS, the bundle's own file, made
  // into a URL when asked for (node:url's pathToFileURL took ~2 ms of every cold start).
  define: { 'import.meta.url': '__kehoachBundle.url' },
  // The file is the body of the function Node's CommonJS loader would wrap it in, plus the
  // import() of bin/plan.js (see below), so that bin/plan.js compiles it as it is.
  banner: { js: `(function (exports, require, module, __filename, __dirname, ${IMPORT}) {"use strict";var __kehoachBundle = { get url() { return require("node:url").pathToFileURL(__filename).href; } };` },
  footer: { js: '})' },
});
const codeFile = cjs.outputFiles.find((f) => f.path.endsWith('.cjs'));
const mapFile = cjs.outputFiles.find((f) => f.path.endsWith('.map'));
const ascii = asciiBundle(withHostImport(codeFile.text), mapFile ? JSON.parse(mapFile.text) : null);
// bin/plan.js reads it as Latin-1, which is only right for ASCII.
const stray = /[^\x00-\x7f]/.exec(ascii.code);
if (stray) throw new Error(`build: dist/cli.cjs is not ASCII at ${stray.index}`);
writeFileSync(codeFile.path, ascii.code);
if (mapFile) writeFileSync(mapFile.path, JSON.stringify(ascii.map));
await writeCodeCache();

/**
 * The bundle's import() of a package kept outside it (pdf.js) goes through the function
 * bin/plan.js passes in: a script compiled by node:vm has no import() of its own (on Node 20
 * it needs an experimental option, which warns on standard error, and which a code cache
 * loses). Every import() left would fail at run time, so the build stops on one it cannot turn.
 */
function withHostImport(code) {
  // The banner names it once; a minified name equal to it would shadow it.
  if (code.split(IMPORT).length !== 2) throw new Error(`build: dist/cli.cjs has the name ${IMPORT} besides its banner`);
  const out = code.replace(/\bimport\((?=")/g, `${IMPORT}(`);
  const left = /\bimport\(/.exec(out);
  if (left) throw new Error(`build: dist/cli.cjs has an import() that is not of a quoted package: ${out.slice(left.index, left.index + 80)}`);
  return out;
}

/**
 * dist/cli.cache: the bytecode of every function a run of `plan tasks` on the sample compiled,
 * made by this Node (the `prepare` script runs with the user's own) through bin/plan.js itself,
 * so that V8 flags and version match those of later runs. V8 rejects a cache made by another
 * version or under other flags, and bin/plan.js then compiles as if there were none. Without
 * the sample (an installed package), there is no cache.
 */
async function writeCodeCache() {
  const sample = 'fixtures/446-KH-UBND-2019-ha-tinh.txt';
  if (!existsSync(sample)) return;
  const args = ['bin/plan.js', 'tasks', sample, '--unit', 'Sở Giáo dục', '--format', 'json'];
  const env = { ...process.env, KEHOACH_WRITE_CODE_CACHE: 'dist/cli.cache' };
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`build: the run that makes dist/cli.cache ended with ${r.status ?? r.signal}`);
}
