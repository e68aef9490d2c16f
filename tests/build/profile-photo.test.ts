import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSiteFile } from '../../scripts/lib/site-files.ts';
import { astroBuild } from '../support/astro-build.ts';
import { minimalContent, writeContentFolder } from '../support/content-fixture.ts';

describe('a profile photo', () => {
  it('shows on the home and contact pages, and a photo from another site is the one image the Content-Security-Policy lets in', () => {
    const files = minimalContent();
    files['profile.mdx'] = files['profile.mdx']!.replace(/^---\n/, '---\nphoto: https://images.example/people/ada.jpg\n');
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-photo-')), 'dist');
    const result = astroBuild({ contentDir: writeContentFolder(files), outDir: dist });
    expect(result.status, result.output).toBe(0);
    const home = readSiteFile(dist, 'index.html');
    const portrait = /<img class="hero-photo" src="https:\/\/images\.example\/people\/ada\.jpg" alt="Ada Example" width="144" height="144"/;
    expect(home).toMatch(portrait);
    // The contact page shows who you would be writing to.
    expect(readSiteFile(dist, 'contact/index.html')).toMatch(portrait);
    const policy = /http-equiv="content-security-policy" content="([^"]+)"/i.exec(home)?.[1] ?? '';
    expect(policy).toContain("img-src 'self' data: https://images.example;");
    // Other pages carry the same policy, so the allowance is not the home page's alone; nothing else from images.example is linked.
    expect(readSiteFile(dist, 'work/index.html')).toContain('https://images.example');
  });
});
