import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { pagesOf } from '../../src/lib/build/stage-timer.ts';
import { PROJECT_ROOT, userEnvironment } from './astro-build.ts';
import { CHROME } from './build-context.ts';

/** Caches of one project's builds, apart from every other build's: Astro's, the images', the PDFs'. */
export function cachesIn(folder: string): Record<string, string> {
  return {
    CAIRN_ASTRO_CACHE: path.join(folder, 'astro-cache'),
    CAIRN_IMAGE_CACHE: path.join(folder, 'image-cache'),
    CAIRN_PDF_CACHE: path.join(folder, 'pdf-cache'),
    CAIRN_PDF_TEXT_CACHE: path.join(folder, 'pdf-text-cache'),
  };
}

/**
 * `npm run build [flags]` of `contentDir` into `<folder>/dist`, with the caches kept in `folder` (and
 * `environment` added to the user's);
 * fails the test if the build fails. Returns its output and the pages it rendered and copied from
 * Astro's cache, by their paths on the site (`/work/x/`), as the build reported them in its timings
 * file: both are empty when Astro did not run.
 */
export function buildWithCachesIn(contentDir: string, folder: string, flags: readonly string[] = [], environment: Record<string, string> = {}) {
  const timings = path.join(folder, `timings-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`);
  const result = spawnSync(process.execPath, ['scripts/build.ts', ...flags, '--outDir', path.join(folder, 'dist')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: userEnvironment({ CAIRN_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795000000', CHROME_PATH: CHROME!, CAIRN_TIMINGS: timings, ...cachesIn(folder), ...environment }),
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  const pages = pagesOf(existsSync(timings) ? readFileSync(timings, 'utf8') : '');
  rmSync(timings, { force: true });
  return { output, ...pages };
}

/** Every file of a folder with its bytes. */
export function snapshot(folder: string): Map<string, Buffer> {
  return new Map(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => path.join(item.parentPath, item.name))
      .sort()
      .map((file) => [path.relative(folder, file), readFileSync(file)]),
  );
}
