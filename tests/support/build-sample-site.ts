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

interface SampleBuild {
  dist: string;
  output: string;
}

/** The one build of a run: the build and browser classes both list this setup and share it. */
const shared = globalThis as { cairnSampleBuild?: SampleBuild };

/** Builds the sample persona once per test run, into a temporary folder, for the build and browser tests. */
export default function setup(project: TestProject) {
  let teardown: (() => void) | undefined;
  if (!shared.cairnSampleBuild) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-sample-'));
    const outDir = path.join(folder, 'dist');
    const result = astroBuild({ contentDir: path.join(PROJECT_ROOT, 'content'), outDir });
    shared.cairnSampleBuild = { dist: result.status === 0 ? outDir : '', output: result.output };
    teardown = () => {
      rmSync(folder, { recursive: true, force: true });
      delete shared.cairnSampleBuild;
    };
  }
  project.provide('sampleDist', shared.cairnSampleBuild.dist);
  project.provide('sampleBuildOutput', shared.cairnSampleBuild.output);
  return teardown;
}
