import { defineConfig } from 'vitest/config';

const SCRATCH_ROOT = 'tests/support/scratch-root.ts';
const SAMPLE_BUILD = 'tests/support/build-sample-site.ts';

/**
 * Tests in four speed classes, each a folder of tests/: `npm run test:unit` runs the first alone,
 * without building anything; `npm test` runs them all. Only build and browser tests read the
 * sample persona's built site, so only they wait for its build (made once per run, shared).
 */
const speedClass = (name: string, globalSetup: string[], options: { isolate?: boolean } = {}) => ({ extends: true, test: { name, include: [`tests/${name}/**/*.test.ts`], globalSetup, ...options } });

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 240_000,
    reporters: ['default', './tests/support/summary-reporter.ts'],
    // The scratch root comes first so the sample build's folders live inside it too.
    // Unit test files share a worker's loaded modules: they are pure functions and leave no state behind,
    // and loading the same modules again for each of ninety files took most of the class's time.
    projects: [speedClass('unit', [SCRATCH_ROOT], { isolate: false }), speedClass('commands', [SCRATCH_ROOT]), speedClass('build', [SCRATCH_ROOT, SAMPLE_BUILD]), speedClass('browser', [SCRATCH_ROOT, SAMPLE_BUILD])],
  },
});
