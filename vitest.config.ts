import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The spawned end-to-end tests (test/cli/smoke.test.ts and a few others) run bin/plan.js,
    // which needs the bundle in dist/.
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
    // Both cores: vitest's default leaves one free for itself, which on a 2-core machine means
    // the files run one at a time.
    maxWorkers: 2,
  },
});
