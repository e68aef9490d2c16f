import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '../../src/lib/print/chrome.ts';
import { CHROME } from '../support/build-context.ts';
import { pdfText } from '../../src/lib/privacy/pdf-text.ts';
import { serveSite, type RunningServer } from '../../src/lib/print/http-server.ts';
import { readPngText } from '../../src/lib/render/cards/png-text.ts';
import { PROJECT_ROOT, astroBuild } from '../support/astro-build.ts';
import { readSiteFile, siteFiles } from '../../scripts/lib/site-files.ts';

/**
 * Content a real person could write — tags and scripts in names and titles, quotes and ampersands
 * in organisations, right-to-left and CJK text, emoji, combining accents, a future date — must
 * build, show exactly as written, and never run as code.
 */
const fixture = path.join(PROJECT_ROOT, 'tests/fixtures/hostile');
const executablePath = CHROME;

describe('hostile and unusual content', () => {
  let dist = '';
  let buildOutput = '';

  beforeAll(() => {
    dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-hostile-')), 'dist');
    const result = astroBuild({ contentDir: fixture, outDir: dist });
    buildOutput = result.output;
    expect(result.status, result.output).toBe(0);
  });

  it('builds every page, including the accomplishment dated in the future', () => {
    const files = siteFiles(dist);
    expect(files).toContain('work/2030-01-01-future/index.html');
    expect(files).toContain('work/2021-04-01-hostile-title/index.html');
    expect(buildOutput).toContain('no private or resume-only value in the built site');
  });

  it('escapes every tag a person wrote into text', () => {
    for (const file of siteFiles(dist).filter((name) => name.endsWith('.html'))) {
      // Attribute values may hold `<` safely inside their quotes; look at the markup around them.
      const html = readSiteFile(dist, file).replace(/="[^"]*"/g, '=""');
      expect(html, file).not.toMatch(/<script>/);
      expect(html, file).not.toMatch(/<img src=x/i);
      expect(html, file).not.toMatch(/<svg onload/i);
      expect(html, file).not.toMatch(/<[a-z][^<>]*\son(error|load)=/i);
    }
  });

  it('keeps the JSON-LD parseable and unable to close its script element', () => {
    const html = readSiteFile(dist, 'index.html');
    const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)?.[1];
    expect(JSON.parse(json!).name).toBe("Zoe\u0308 <script>window.__pwned = 'name'</script> O'Brien & Søn");
  });

  it('keeps the text as written in the resume exports, the PDF and the vCard', async () => {
    expect(readSiteFile(dist, 'resume/general.txt')).toContain('Smith & Sons "Quality" <Widgets>');
    expect(readSiteFile(dist, 'resume/general.md')).toContain('Smith & Sons');
    const json = JSON.parse(readSiteFile(dist, 'resume/general.json'));
    expect(JSON.stringify(json)).toContain('Smith & Sons \\"Quality\\" <Widgets>');
    const vcard = readSiteFile(dist, 'contact.vcf');
    expect(vcard).toContain("FN:Zoe\u0308 <script>window.__pwned = 'name'</script> O'Brien & Søn");
    if (executablePath) {
      const pdf = readFileSync(path.join(dist, 'resume/general.pdf'));
      const text = await pdfText(new Uint8Array(pdf));
      expect(text.replace(/\s+/g, ' ')).toContain('Smith & Sons "Quality" <Widgets>');
      expect(text).toContain('東京のチームを率いた。');
      expect(text).toContain('users 🚀');
      // Drawn with the bundled faces, not left to whatever fonts the build machine has (none, on a bare CI runner).
      const fonts = new Set([...pdf.toString('latin1').matchAll(/\/BaseFont\s*\/[A-Z]{6}\+([A-Za-z]+)/g)].map((match) => match[1]));
      expect(fonts).toContain('NotoSansSCThin');
      expect(fonts).toContain('NotoSansArabic');
      expect(fonts).toContain('NotoEmoji');
    }
  });

  it('draws the right-to-left text, CJK and emoji on the business card and the Open Graph images, leaving nothing out', () => {
    expect(buildOutput).not.toMatch(/cannot draw|is left off|from being made/);
    const location = '東京 (Tōkyō) — \uFEFFTel Aviv תל אביב';
    expect(readPngText(readFileSync(path.join(dist, 'cards/default-front.png')))['Description']).toContain(location);
    const home = readPngText(readFileSync(path.join(dist, 'og/index.png')))['Description'];
    expect(home).toContain('أبني أنظمة سريعة 🚀 and keep them {fast} & calm');
  });

  it('escapes the feed and the sitemap', () => {
    const feed = readSiteFile(dist, 'rss.xml');
    expect(feed).not.toContain('<script>');
    expect(feed).toContain('&lt;script&gt;document.title=');
  });

  describe.skipIf(!executablePath)('in Chromium', () => {
    let browser: Browser;
    let server: RunningServer;

    beforeAll(async () => {
      server = await serveSite(dist);
      browser = await chromium.launch({ executablePath: executablePath!, args: CHROME_ARGS });
    });

    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('runs no injected script on any page and shows the text as written', async () => {
      const pages = siteFiles(dist).filter((file) => file.endsWith('.html'));
      for (const file of pages) {
        const page = await browser.newPage();
        const dialogs: string[] = [];
        const errors: string[] = [];
        page.on('dialog', async (dialog) => {
          dialogs.push(dialog.message());
          await dialog.dismiss();
        });
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(`${server.url}/${file.replace(/index\.html$/, '')}`, { waitUntil: 'networkidle' });
        const state = await page.evaluate(() => ({ pwned: (window as unknown as { __pwned?: unknown }).__pwned, title: document.title }));
        expect(state.pwned, file).toBeUndefined();
        expect(state.title, file).not.toBe('pwned');
        expect(dialogs, file).toEqual([]);
        expect(errors, file).toEqual([]);
        await page.close();
      }
    });

    it('renders names, right-to-left and CJK text exactly as written', async () => {
      const page = await browser.newPage();
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      await expect(page.locator('h1').textContent()).resolves.toBe("Zoe\u0308 <script>window.__pwned = 'name'</script> O'Brien & Søn");
      await expect(page.locator('.value').textContent()).resolves.toBe('أبني أنظمة سريعة 🚀 and keep them {fast} & calm');
      await page.goto(`${server.url}/work/2021-04-01-hostile-title/`, { waitUntil: 'networkidle' });
      await expect(page.locator('h1').textContent()).resolves.toBe("<script>document.title='pwned'</script> Shipped ümlauts & 中文");
      const story = await page.locator('.story').textContent();
      expect(story).toContain('The page showed <script> literally. We escaped {every} brace and wrote 1 < 2.');
      expect(story).toContain('مرحبا بالعالم and שלום עולם and 你好世界');
      await page.close();
    });
  });
});
