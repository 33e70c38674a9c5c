import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI scenario tests run bin/plan.js, which needs the bundle in dist/.
    globalSetup: ['test/setup/build.ts'],
    testTimeout: 30_000,
  },
});
