import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ROOT } from './cli.js';
import { tempDir } from './temp.js';

/**
 * Node's stack cut to 100 KB, a tenth of its default: recursion or an argument spread that
 * overflowed the default stack on an input of size N overflows this one at about N / 10, so
 * a test that an input cannot overflow the stack runs at a tenth of the size that was
 * reported (issue 14), and still fails if the recursion comes back.
 */
export const SMALL_STACK = '--stack-size=100';

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs bin/plan.js with `args` on the small stack, in English, without colour. */
export function planOnSmallStack(args: readonly string[]): Run {
  return spawnSync(process.execPath, [SMALL_STACK, join(ROOT, 'bin/plan.js'), ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', PLAN_LANG: 'en' },
    maxBuffer: 1 << 28,
  });
}

/**
 * Runs `script`, the body of an ES module, on the small stack, where `m` holds the functions
 * `modules` names (source file under the repository → names it exports), bundled with esbuild
 * into the test's temporary folder, since a plain Node process cannot import TypeScript.
 */
export async function scriptOnSmallStack(modules: Record<string, readonly string[]>, script: string): Promise<Run> {
  const bundle = join(tempDir('kehoach-stack-'), 'module.mjs');
  const contents = Object.entries(modules).map(([source, names]) => `export { ${names.join(', ')} } from './${source}';`).join('\n');
  await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'warning',
    // As scripts/build.mjs: bundled CommonJS dependencies (iconv-lite) call require.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  });
  const code = `import * as m from ${JSON.stringify(pathToFileURL(bundle).href)};\n${script}`;
  return spawnSync(process.execPath, [SMALL_STACK, '--input-type=module', '-e', code], { encoding: 'utf8', maxBuffer: 1 << 28 });
}
