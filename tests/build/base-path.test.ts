import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/gates/internal-links.ts';
import { CHROME } from '../support/build-context.ts';
import { readSiteFile, siteFiles, siteHasFile } from '../../scripts/lib/site-files.ts';
import { PROJECT_ROOT, astroBuild, userEnvironment } from '../support/astro-build.ts';

const PROJECT_SITE = 'https://someone.github.io/career/';

describe('a site deployed under a sub-folder (GitHub Pages project site)', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-base-'));
  const dist = path.join(scratch, 'dist');
  const env = { SITE_URL: PROJECT_SITE, CAIRN_CONTENT_DIR: path.join(PROJECT_ROOT, 'content') };
  const run = (script: string, args: string[]) =>
    spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts', script), ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: userEnvironment(env), maxBuffer: 64 * 1024 * 1024 });

  it('links every page and asset under /career/ and nowhere else', () => {
    const result = astroBuild({ contentDir: env.CAIRN_CONTENT_DIR, outDir: dist, env: { SITE_URL: PROJECT_SITE } });
    expect(result.status, result.output).toBe(0);
    const pages = siteFiles(dist).filter((file) => file.endsWith('.html')).map((file) => ({ path: file, html: readSiteFile(dist, file) }));
    expect(findBrokenLinks(pages, (relative) => siteHasFile(dist, relative), '/career/')).toEqual([]);
    const home = readSiteFile(dist, 'index.html');
    expect(home).toContain(`<link rel="canonical" href="${PROJECT_SITE}">`);
    expect(home).toContain('href="/career/work/"');
  });

  it.skipIf(!CHROME)('passes `verify --quick` as the deploy workflow runs it: served under /career/, styled, accessible', () => {
    const result = run('verify.ts', ['--quick', '--dist', dist, '--out', path.join(scratch, 'out')]);
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/links: \d+ links in \d+ pages checked with base \/career\/: 0 broken/);
    expect(result.stdout).toMatch(/accessibility: \d+ page types × light and dark checked with axe-core: 0 serious or critical/);
  }, 300_000);

  it.skipIf(!CHROME)('is photographed styled by `npm run screenshot`, with or without the base in --path', () => {
    for (const page of ['/work/', '/career/work/']) {
      const result = run('screenshot.ts', ['--dist', dist, '--path', page, '--out', path.join(scratch, 'work.png')]);
      expect(result.status, result.stderr).toBe(0);
    }
  }, 120_000);

  it('is refused by verify when the site address now gives another base, with the fix in one line', () => {
    const result = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'scripts/verify.ts'), '--quick', '--dist', dist, '--out', path.join(scratch, 'out')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: userEnvironment({ CAIRN_CONTENT_DIR: env.CAIRN_CONTENT_DIR }),
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^verify: .*dist\/ was built for the base path \/career\/, but the site address now gives \/; run verify with the same SITE_URL and BASE_PATH as the build, or build again$/);
  });
});
