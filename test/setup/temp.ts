import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The folders made by the current test and by the current file. test/setup/temp-cleanup.ts (a
// setup file of vitest.config.ts, run for every test file) removes them after each test and
// after each file: hooks registered here would run for the first file that imports this module
// only, since files share modules (isolate: false).
const perTest: string[] = [];
const perFile: string[] = [];

function removeAll(dirs: string[]): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Removes the folders of the test that just ended. */
export const removeTestDirs = (): void => removeAll(perTest);
/** Removes the folders of the file whose tests just ended. */
export const removeFileDirs = (): void => removeAll(perFile);

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
