import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/build-sample-site.ts'],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
  },
});
