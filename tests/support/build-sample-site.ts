import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    /** How often the sample build read each content file (tests/support/count-content-reads.ts), by path inside content/. */
    sampleContentReads: Record<string, number>;
  }
}

interface SampleBuild {
  dist: string;
  output: string;
  reads: Record<string, number>;
}

/** The one build of a run: the build and browser classes both list this setup and share it. */
const shared = globalThis as { cairnSampleBuild?: SampleBuild };

/** Builds the sample persona once per test run, into a temporary folder, for the build and browser tests. */
export default function setup(project: TestProject) {
  let teardown: (() => void) | undefined;
  if (!shared.cairnSampleBuild) {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-sample-'));
    const outDir = path.join(folder, 'dist');
    const contentDir = path.join(PROJECT_ROOT, 'content');
    // The build counts its own reads of the content (one line per process it started), so the read-once test needs no build of its own.
    const log = path.join(folder, 'content-reads.jsonl');
    const spy = { NODE_OPTIONS: `--import=${path.join(PROJECT_ROOT, 'tests/support/count-content-reads.ts')}`, CAIRN_COUNT_READS_OF: contentDir, CAIRN_COUNT_READS_TO: log };
    const result = astroBuild({ contentDir, outDir, env: spy });
    const reads: Record<string, number> = {};
    for (const line of existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').filter(Boolean) : []) {
      for (const [file, count] of Object.entries(JSON.parse(line) as Record<string, number>)) reads[file] = (reads[file] ?? 0) + count;
    }
    shared.cairnSampleBuild = { dist: result.status === 0 ? outDir : '', output: result.output, reads };
    teardown = () => {
      rmSync(folder, { recursive: true, force: true });
      delete shared.cairnSampleBuild;
    };
  }
  project.provide('sampleDist', shared.cairnSampleBuild.dist);
  project.provide('sampleBuildOutput', shared.cairnSampleBuild.output);
  project.provide('sampleContentReads', shared.cairnSampleBuild.reads);
  return teardown;
}
