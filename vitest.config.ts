import { defineConfig } from 'vitest/config';

// A test file that replaces a module with vi.mock needs modules of its own; every other file
// shares the modules already loaded in its worker (isolate: false), which saves importing the
// whole pipeline again for each of the 100-odd files (a third of the suite's CPU time).
const OWN_MODULES = ['test/robustness/out-file-exclusive.test.ts'];

export default defineConfig({
  test: {
    // The spawned end-to-end tests (test/cli/smoke.test.ts and a few others) run bin/plan.js,
    // which needs the bundle in dist/.
    globalSetup: ['test/setup/build.ts'],
    // Removes each test's temporary folders (test/setup/temp.ts), in every file.
    setupFiles: ['test/setup/temp-cleanup.ts'],
    testTimeout: 30_000,
    // Both cores: vitest's default leaves one free for itself, which on a 2-core machine means
    // the files run one at a time.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: OWN_MODULES, isolate: false } },
      { extends: true, test: { name: 'own-modules', include: OWN_MODULES } },
    ],
  },
});
