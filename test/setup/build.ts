import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

// What the bundle is made from: a change to any of them makes dist/ out of date.
const INPUTS = ['src', 'data', 'scripts/build.mjs', 'package-lock.json'];

/** The latest modification time of a file or of any file under a folder. */
function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = stat.mtimeMs;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/**
 * Builds dist/ before the tests, so CLI scenario tests run the current sources; skipped when
 * dist/ is newer than every file it is built from (`npm test` and `npm ci` have just built it).
 */
export default function setup(): void {
  let built = 0;
  try {
    built = statSync('dist/index.js').mtimeMs;
  } catch {
    // No bundle yet: build it.
  }
  if (built > Math.max(...INPUTS.map(newest))) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
