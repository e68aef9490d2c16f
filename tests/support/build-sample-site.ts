import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, astroBuild } from './astro-build.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the sample persona's built site, or '' when the build failed. */
    sampleDist: string;
    /** Everything the sample build printed. */
    sampleBuildOutput: string;
  }
}

/** Builds the sample persona once per test run, into a temporary folder, for the build and browser tests. */
export default function setup(project: TestProject) {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-sample-'));
  const outDir = path.join(folder, 'dist');
  const result = astroBuild({ contentDir: path.join(PROJECT_ROOT, 'content'), outDir });
  project.provide('sampleDist', result.status === 0 ? outDir : '');
  project.provide('sampleBuildOutput', result.output);
  return () => rmSync(folder, { recursive: true, force: true });
}
