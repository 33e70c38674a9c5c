// Bundles the CLI and the library with esbuild so that start-up loads one file
// instead of resolving hundreds of ESM modules (performance issue: ≤ 1.5× bare Node).
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  // Heavy, rarely used modules stay external-by-split: they are loaded with import() only
  // by the commands that need them.
  splitting: true,
  outdir: 'dist',
  // pdf.js is loaded from node_modules as its authors ship it: its worker module is imported
  // at run time, and bundling 2 MB that only PDF input needs would slow every build.
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

// Chunk names change with their content: clear old ones so dist/ holds only this build.
rmSync('dist', { recursive: true, force: true });
await build({ ...common, entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts', worker: 'src/cli/jobs/worker.ts' } });
