import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The scratch root comes first so the sample build's folders live inside it too.
    globalSetup: ['tests/support/scratch-root.ts', 'tests/support/build-sample-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
