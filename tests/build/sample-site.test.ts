import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { findBrokenLinks } from '../../src/lib/gates/internal-links.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { readSiteFile, siteFiles, siteHasFile } from '../../scripts/lib/site-files.ts';
import { directSendLeaks, leaksIn, runPrivacyGuard } from '../support/build-context.ts';

const dist = inject('sampleDist');
const sampleContent = path.join(PROJECT_ROOT, 'content');
const { content } = loadContent(sampleContent);
const publicAccomplishments = content.accomplishments.filter((entry) => entry.data.visibility === 'public');
const hiddenAccomplishments = content.accomplishments.filter((entry) => entry.data.visibility !== 'public');

describe('the sample persona’s site', () => {
  let files: string[] = [];
  let pages: { path: string; html: string }[] = [];
  /** The short addresses business cards print (`c/<slug>/`): pages that only send the reader on. */
  let redirects: { path: string; html: string }[] = [];

  beforeAll(() => {
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
    files = siteFiles(dist);
    const html = files.filter((file) => file.endsWith('.html')).map((file) => ({ path: file, html: readSiteFile(dist, file) }));
    redirects = html.filter((page) => page.html.includes('<meta http-equiv="refresh"'));
    pages = html.filter((page) => !redirects.includes(page));
  });

  it('sends each business card’s short address on to its page: not indexed, with a link to follow and the same security meta', () => {
    expect(redirects.map((page) => page.path).sort()).toEqual(['c/conference-2min/index.html', 'c/me/index.html', 'c/recruiter-60s/index.html']);
    for (const { path: page, html } of redirects) {
      const target = /<meta http-equiv="refresh" content="0; url=(https:\/\/mayaokafor\.example\/[^"]*)"/.exec(html)?.[1];
      expect(target, page).toBeDefined();
      expect(html, page).toContain(`<link rel="canonical" href="${target}">`);
      expect(html, page).toContain(`<a href="${target}">`);
      expect(html, page).toContain('<meta name="robots" content="noindex">');
      expect(html, page).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*default-src 'self'/);
      expect(html, page).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
      expect(siteHasFile(dist, new URL(target!).pathname.slice(1) || 'index.html') || siteHasFile(dist, `${new URL(target!).pathname.slice(1)}index.html`), page).toBe(true);
    }
  });

  it('has every section of the site', () => {
    for (const page of ['index.html', 'work/index.html', 'skills/index.html', 'resumes/index.html', 'contact/index.html', '404.html', 'rss.xml', 'sitemap-index.xml']) {
      expect(files, page).toContain(page);
    }
  });

  it('has a case study for every public accomplishment and none for the others', () => {
    for (const entry of publicAccomplishments) expect(files).toContain(`work/${entry.id}/index.html`);
    expect(hiddenAccomplishments.length).toBeGreaterThan(0);
    for (const entry of hiddenAccomplishments) expect(files).not.toContain(`work/${entry.id}/index.html`);
  });

  it('has a page for every public skill and every tag', () => {
    for (const skill of content.skills.filter((entry) => entry.data.visibility === 'public')) expect(files).toContain(`skills/${skill.id}/index.html`);
    const tags = new Set(publicAccomplishments.flatMap((entry) => entry.data.tags));
    for (const tag of tags) expect(files).toContain(`work/tags/${tag}/index.html`);
  });

  it('links only to pages, assets and anchors that exist', () => {
    expect(findBrokenLinks(pages, (relative) => siteHasFile(dist, relative))).toEqual([]);
  });

  it('gives every page one h1, a title, a description, a canonical URL and landmarks', () => {
    for (const { path: page, html } of pages) {
      expect(html.match(/<h1[\s>]/g)?.length, page).toBe(1);
      // The sample publishes in English (at the root) and German (under /de/).
      expect(html, page).toMatch(page.startsWith('de/') ? /<html lang="de">/ : /<html lang="en">/);
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html, page).toMatch(/<meta name="description" content="[^"]+"/);
      expect(html, page).toMatch(/<link rel="canonical" href="https:\/\/mayaokafor\.example\//);
      expect(html, page).toMatch(/<meta property="og:title" content="[^"]+"/);
      for (const landmark of ['<header', '<nav', '<main', '<footer']) expect(html, `${page} ${landmark}`).toContain(landmark);
    }
  });

  it('sends a Content-Security-Policy with every page and security headers for the host', () => {
    for (const { path: page, html } of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1];
      expect(policy, page).toBeDefined();
      expect(policy, page).toContain("default-src 'self'");
      expect(policy, page).toMatch(/style-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+/);
      // GitHub Pages ignores _headers: what a page can set itself, it sets.
      expect(html, page).toContain('<meta name="referrer" content="strict-origin-when-cross-origin">');
    }
    const headers = readSiteFile(dist, '_headers');
    for (const header of ["frame-ancestors 'none'", 'X-Content-Type-Options: nosniff', 'Referrer-Policy:', 'Permissions-Policy:']) expect(headers).toContain(header);
  });

  it('ships no client JavaScript', () => {
    expect(files.filter((file) => file.endsWith('.js'))).toEqual([]);
    for (const { path: page, html } of pages) {
      const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((match) => match[1]);
      expect(scripts.every((attributes) => attributes?.includes('application/ld+json')), page).toBe(true);
    }
  });

  it('describes the person as JSON-LD on the home page, with < escaped', () => {
    const html = readSiteFile(dist, 'index.html');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(json).toBeDefined();
    const person = JSON.parse(json!);
    expect(person).toMatchObject({ '@type': 'Person', name: content.profile[0]!.data.name, url: 'https://mayaokafor.example/' });
  });

  it('lists every page but the 404 in the sitemap', () => {
    const sitemap = readSiteFile(dist, 'sitemap-0.xml');
    const listed = new Set([...sitemap.matchAll(/<loc>https:\/\/mayaokafor\.example\/([^<]*)<\/loc>/g)].map((match) => match[1]));
    const expected = pages.map((page) => page.path).filter((page) => page !== '404.html').map((page) => page.replace(/index\.html$/, ''));
    expect([...listed].sort()).toEqual(expected.sort());
  });

  it('feeds every public accomplishment, newest first, and nothing else', () => {
    const feed = readSiteFile(dist, 'rss.xml');
    const links = [...feed.matchAll(/<link>https:\/\/mayaokafor\.example\/work\/([^/<]+)\/<\/link>/g)].map((match) => match[1]);
    expect(links).toEqual([...publicAccomplishments].sort((a, b) => b.data.date.localeCompare(a.data.date)).map((entry) => entry.id));
  });

  it('contains no private or resume-only value, PDFs and feeds included', () => {
    expect(leaksIn(dist, sampleContent)).toEqual([]);
  });

  it('keeps the resume-only phone number and the private entry off every page', () => {
    const phone = content.profile[0]!.data.contact.phone;
    expect(phone?.visibility).toBe('resume');
    const everything = files.filter((file) => /\.(html|xml|json|txt)$/.test(file)).map((file) => readSiteFile(dist, file)).join('\n');
    expect(everything).not.toContain(phone!.value);
    for (const entry of hiddenAccomplishments) expect(everything).not.toContain(entry.data.title);
  });
});

describe('the privacy guard', () => {
  function plantedCopy(plant: (folder: string) => void): string {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-leak-')), 'dist');
    cpSync(dist, folder, { recursive: true });
    plant(folder);
    return folder;
  }

  it('catches a planted phone number and names its source', () => {
    const phone = content.profile[0]!.data.contact.phone!.value;
    const folder = plantedCopy((target) => {
      const file = path.join(target, 'contact/index.html');
      writeFileSync(file, readFileSync(file, 'utf8').replace('</main>', `<p>Call ${phone}</p></main>`));
    });
    expect(leaksIn(folder, sampleContent)).toEqual([
      expect.objectContaining({ file: 'dist/contact/index.html', secret: expect.objectContaining({ field: 'contact.phone', source: expect.stringMatching(/profile\.mdx$/) }) }),
    ]);
  });

  it('catches a private accomplishment planted in the feed', () => {
    const secret = hiddenAccomplishments.find((entry) => entry.data.visibility === 'private')!;
    const folder = plantedCopy((target) => {
      const file = path.join(target, 'rss.xml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('</channel>', `<item><title>${secret.data.title.replace(/&/g, '&amp;')}</title></item></channel>`));
    });
    const leaks = leaksIn(folder, sampleContent);
    expect(leaks.map((leak) => [leak.file, leak.secret.field])).toEqual([['dist/rss.xml', 'title']]);
  });

  it('fails the build when it finds a leak', async () => {
    const folder = plantedCopy((target) => writeFileSync(path.join(target, 'leak.txt'), content.profile[0]!.data.contact.address!.value));
    await expect(runPrivacyGuard(folder, sampleContent)).rejects.toThrow(/Privacy guard: \d+ non-public values? found/);
  });

  it('fails the build on a file no page links to, naming it', async () => {
    const folder = plantedCopy((target) => writeFileSync(path.join(target, '_astro', 'whiteboard.Qx7rT2.jpg'), 'a picture from an unpublished story'));
    await expect(runPrivacyGuard(folder, sampleContent)).rejects.toThrow(/Privacy guard: 1 file in the built site is linked from no page, feed or manifest\. Do not deploy it\.\n {2}dist\/_astro\/whiteboard\.Qx7rT2\.jpg$/);
  });

  it('passes the built sample site as it is', async () => {
    await expect(runPrivacyGuard(plantedCopy(() => {}), sampleContent)).resolves.toBeUndefined();
  });
});

describe('what is sent directly (out/), as npm run verify checks it', () => {
  const out = path.join(path.dirname(dist), 'out');

  it('holds no private value, though each cover letter may say what the letter itself says', () => {
    expect(readdirSync(path.join(out, 'letters')).some((file) => file.endsWith('.txt'))).toBe(true);
    expect(directSendLeaks(out, sampleContent)).toEqual([]);
  });

  it('catches another private entry planted in a cover letter', () => {
    const copy = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-out-leak-')), 'out');
    cpSync(out, copy, { recursive: true });
    const secret = hiddenAccomplishments.find((entry) => entry.data.visibility === 'private')!;
    const letter = readdirSync(path.join(copy, 'letters')).find((file) => file.endsWith('.txt'))!;
    appendFileSync(path.join(copy, 'letters', letter), `\n${secret.data.title}\n`);
    expect(directSendLeaks(copy, sampleContent).map((leak) => [leak.file, leak.secret.field])).toEqual([[`out/letters/${letter}`, 'title']]);
  });
});
