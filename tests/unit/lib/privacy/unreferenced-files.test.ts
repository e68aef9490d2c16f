import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unreferencedFiles } from '../../../../src/lib/privacy/unreferenced-files.ts';

/** A built site from `files` (path → text), in a fresh folder. */
function site(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-unreferenced-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

describe('unreferencedFiles', () => {
  it('names an emitted asset that no page shows, such as the picture of an unpublished story', () => {
    const folder = site({
      'index.html': '<img src="/_astro/team.Ab12.webp" alt="">',
      '_astro/team.Ab12.webp': 'image',
      '_astro/private-whiteboard.Cd34.jpg': 'image',
    });
    expect(unreferencedFiles(folder, { base: '/' })).toEqual(['_astro/private-whiteboard.Cd34.jpg']);
  });

  it('follows every way a page names a file: relative paths, srcset, meta tags, feeds and stylesheets', () => {
    const folder = site({
      'index.html': [
        '<link rel="stylesheet" href="/_astro/Base.css">',
        '<img srcset="_astro/a.webp 1x, _astro/a@2x.webp 2x" src="_astro/a.webp">',
        '<meta property="og:image" content="https://ada.example/og/index.png">',
        '<link rel="alternate" type="application/rss+xml" href="/rss.xml">',
        '<a href="resume/general.pdf?download#page=1">PDF</a>',
      ].join('\n'),
      'work/x/index.html': '<a href="../../contact.vcf">card</a>',
      '_astro/Base.css': '@font-face{src:url(./inter.woff2) format("woff2"),url("inter.woff") format("woff")}',
      '_astro/inter.woff2': 'font',
      '_astro/inter.woff': 'font',
      '_astro/a.webp': 'image',
      '_astro/a@2x.webp': 'image',
      'og/index.png': 'image',
      'rss.xml': '<rss><channel><item><enclosure url="https://ada.example/og/work.png"/></item></channel></rss>',
      'og/work.png': 'image',
      'resume/general.pdf': 'pdf',
      'contact.vcf': 'card',
    });
    expect(unreferencedFiles(folder, { base: '/' })).toEqual([]);
  });

  it('reads addresses under the base path of a project site, and percent-encoded names', () => {
    const folder = site({
      'index.html': '<img src="/career/_astro/caf%C3%A9.webp" alt=""><a href="/career/work/">work</a><img src="/_astro/elsewhere.webp">',
      '_astro/café.webp': 'image',
      '_astro/elsewhere.webp': 'image',
      'work/index.html': '<p>work</p>',
    });
    // `/_astro/elsewhere.webp` is outside /career/: on the host it is not this file.
    expect(unreferencedFiles(folder, { base: '/career/' })).toEqual(['_astro/elsewhere.webp']);
  });

  it('counts a file as referenced only when a published file names it, not the unreferenced file itself', () => {
    const folder = site({
      'index.html': '<p>hello</p>',
      '_astro/loop.svg': '<svg><image href="loop.svg"/></svg>',
    });
    expect(unreferencedFiles(folder, { base: '/' })).toEqual(['_astro/loop.svg']);
  });

  it('takes bundled stylesheets as given, with the fonts they name, though no page of this site uses them', () => {
    const folder = site({
      'index.html': '<p>a site without resumes</p>',
      '_astro/ResumeVariantPage.Dm9p.css': '@font-face{src:url(/_astro/serif-italic.C7D4.woff2)}',
      '_astro/serif-italic.C7D4.woff2': 'font',
      '_astro/whiteboard.Qx7r.jpg': 'image',
    });
    expect(unreferencedFiles(folder, { base: '/' })).toEqual(['_astro/whiteboard.Qx7r.jpg']);
  });

  it('leaves alone what a host reads by name and what the person put in public/ on purpose', () => {
    const publicFolder = site({ 'keybase.txt': 'proof', '.well-known/security.txt': 'contact' });
    const folder = site({
      'index.html': '<p>hello</p>',
      '404.html': '<p>not found</p>',
      _headers: '/*\n  X-Frame-Options: DENY',
      'robots.txt': 'Sitemap: https://ada.example/sitemap-index.xml',
      'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://ada.example/sitemap-0.xml</loc></sitemap></sitemapindex>',
      'sitemap-0.xml': '<urlset></urlset>',
      'keybase.txt': 'proof',
      '.well-known/security.txt': 'contact',
      'stray.txt': 'not from public/',
    });
    expect(unreferencedFiles(folder, { base: '/', publicFolder })).toEqual(['stray.txt']);
  });

  it('lets through what is published unlisted on purpose, and nothing beside it', () => {
    const folder = site({ 'index.html': '<p>hello</p>', 'letters/globex.pdf': 'pdf', 'letters/globex.txt': 'text', 'letters/initech.pdf': 'pdf' });
    expect(unreferencedFiles(folder, { base: '/', unlisted: ['letters/globex.pdf', 'letters/globex.txt'] })).toEqual(['letters/initech.pdf']);
  });
});
