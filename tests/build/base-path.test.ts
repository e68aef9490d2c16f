import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../src/lib/gates/internal-links.ts';
import { readSiteFile, siteFiles, siteHasFile } from '../../scripts/lib/site-files.ts';
import { PROJECT_ROOT, astroBuild } from '../support/astro-build.ts';

describe('a site deployed under a sub-folder (GitHub Pages project site)', () => {
  it('links every page and asset under /portfolio/ and nowhere else', () => {
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-base-')), 'dist');
    const result = astroBuild({ contentDir: path.join(PROJECT_ROOT, 'content'), outDir: dist, env: { BASE_PATH: '/portfolio/' } });
    expect(result.status, result.output).toBe(0);
    const pages = siteFiles(dist).filter((file) => file.endsWith('.html')).map((file) => ({ path: file, html: readSiteFile(dist, file) }));
    expect(findBrokenLinks(pages, (relative) => siteHasFile(dist, relative), '/portfolio/')).toEqual([]);
    const home = readSiteFile(dist, 'index.html');
    expect(home).toContain('<link rel="canonical" href="https://mayaokafor.example/portfolio/">');
    expect(home).toContain('href="/portfolio/work/"');
  });
});
