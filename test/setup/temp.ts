import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

const perTest: string[] = [];
const perFile: string[] = [];
const removeAll = (dirs: string[]): void => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
};
// Registered when a test file imports this module: its hooks run for every test of that file.
afterEach(() => removeAll(perTest));
afterAll(() => removeAll(perFile));

/** A new folder in the system's temporary folder, removed with its content after the current test. */
export function tempDir(prefix = 'kehoach-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  perTest.push(dir);
  return dir;
}

/** A new temporary folder for the tests of a whole file (made in a describe or beforeAll), removed after them. */
export function fileTempDir(prefix = 'kehoach-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  perFile.push(dir);
  return dir;
}
