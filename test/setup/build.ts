import { execFileSync } from 'node:child_process';

/** Builds dist/ once before the tests, so CLI scenario tests run the current sources. */
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
