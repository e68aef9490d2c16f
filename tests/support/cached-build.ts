import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
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
 * `npm run build -- --verbose [flags]` of `contentDir` into `<folder>/dist`, with the caches kept in
 * `folder`; fails the test if the build fails. Returns its output and the pages Astro rendered
 * and copied from its cache (its line per page: `├─ /x/index.html (+3ms)`, or `(restored)`).
 */
export function buildWithCachesIn(contentDir: string, folder: string, flags: readonly string[] = []) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--verbose', ...flags, '--outDir', path.join(folder, 'dist')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: userEnvironment({ CAIRN_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795000000', CHROME_PATH: CHROME!, ...cachesIn(folder) }),
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(result.status, output).toBe(0);
  const pages = [...output.matchAll(/├─ (\S+)(.*)$/gm)];
  return {
    output,
    rendered: pages.filter(([, , rest]) => !/\((restored|cached)\)/.test(rest!)).map(([, page]) => page!),
    copied: pages.filter(([, , rest]) => /\((restored|cached)\)/.test(rest!)).map(([, page]) => page!),
  };
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
