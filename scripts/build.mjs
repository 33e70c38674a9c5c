// Bundles the CLI and the library with esbuild so that start-up loads one file
// instead of resolving hundreds of ESM modules (performance issue: ≤ 1.5× bare Node).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

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
const prebuilt = {
  name: 'prebuilt-tables',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]units[\\/]gazetteer-prebuilt\.ts$/ }, () => ({
      contents: `export const PREBUILT_TABLES = ${JSON.stringify(tables)};\n`,
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
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', worker: 'src/cli/jobs/worker.ts' },
});
