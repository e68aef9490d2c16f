import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { withBuildLock } from '../../src/lib/build/build-lock.ts';

export interface BuildResult {
  status: number | null;
  output: string;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The environment a person's shell would have: without what vitest sets for itself (NODE_ENV=test, BASE_URL, VITEST…). */
export function userEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'FORCE_COLOR'].includes(key) || key.startsWith('VITEST')) continue;
    env[key] = value;
  }
  // Tests compare printed lines; a CI runner that forces colour would wrap addresses in escape codes.
  return { ...env, NO_COLOR: '1', ...extra };
}

/**
 * Runs the real `astro build` of this project in a child process, with `contentDir` as the content
 * and `outDir` as the output, the way a user's build runs. `--force` drops Astro's content cache so
 * builds of different content folders never mix.
 */
export function astroBuild(options: { contentDir: string; outDir: string; env?: Record<string, string> }): BuildResult {
  return withBuildLock(ROOT, () => runAstroBuild(options));
}

function runAstroBuild(options: { contentDir: string; outDir: string; env?: Record<string, string> }): BuildResult {
  const result = spawnSync(path.join(ROOT, 'node_modules/.bin/astro'), ['build', '--force', '--outDir', options.outDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: userEnvironment({ CAIRN_CONTENT_DIR: options.contentDir, SOURCE_DATE_EPOCH: '1795000000', ...options.env }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

export const PROJECT_ROOT = ROOT;
