import { mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_ARGS } from '../../src/lib/print/chrome.ts';
import { CHROME } from '../support/build-context.ts';
import { serveSite, type RunningServer } from '../../src/lib/print/http-server.ts';
import { PROJECT_ROOT, astroBuild } from '../support/astro-build.ts';
import { twoLanguageContent } from '../support/language-fixture.ts';

const executablePath = CHROME;
/** Screenshots land here for people to look at; the folder is git-ignored. */
const SHOTS = path.join(PROJECT_ROOT, 'out/screenshots');

describe.skipIf(!executablePath)('a right-to-left language in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-rtl-')), 'dist');
    const build = astroBuild({ contentDir: twoLanguageContent(), outDir: dist, env: { CAIRN_OUT_DIR: path.join(path.dirname(dist), 'out') } });
    expect(build.status, build.output).toBe(0);
    mkdirSync(SHOTS, { recursive: true });
    server = await serveSite(dist);
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROME_ARGS });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lays the Arabic pages out right to left, with no console errors, and takes screenshots', async () => {
    for (const [pathname, shot] of [['/ar/', 'rtl-home.png'], ['/ar/work/2021-05-04-latency/', 'rtl-case-study.png'], ['/ar/resume/platform/', 'rtl-resume.png']] as const) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
      const response = await page.goto(`${server.url}${pathname}`, { waitUntil: 'networkidle' });
      expect(response?.status(), pathname).toBe(200);
      expect(problems, pathname).toEqual([]);
      const layout = await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const heading = document.querySelector('main h1')!;
        const box = heading.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(heading);
        const text = range.getBoundingClientRect();
        return { dir: document.documentElement.dir, direction: getComputedStyle(main).direction, gapRight: box.right - text.right, gapLeft: text.left - box.left };
      });
      expect(layout.dir, pathname).toBe('rtl');
      expect(layout.direction, pathname).toBe('rtl');
      // Right to left, a heading's text starts at the right of its box.
      expect(layout.gapRight, pathname).toBeLessThan(1);
      expect(layout.gapLeft, pathname).toBeGreaterThan(layout.gapRight);
      // Figures and tags keep their left-to-right order inside right-to-left text: −89%, 800 ms → 90 ms, #performance.
      const ltrPieces = await page.evaluate(() =>
        [...document.querySelectorAll('main .figure, main .figure-value, main bdi')].map((element) => ({ text: element.textContent, direction: getComputedStyle(element).direction, unicodeBidi: getComputedStyle(element).unicodeBidi })),
      );
      for (const piece of ltrPieces) {
        if (/^(−|\+)?\d|→/.test(piece.text ?? '')) expect(piece, pathname).toMatchObject({ direction: 'ltr', unicodeBidi: 'isolate' });
        else expect(piece.unicodeBidi, pathname).toBe('isolate');
      }
      if (pathname.includes('/work/')) expect(ltrPieces.map((piece) => piece.text)).toEqual(expect.arrayContaining(['−89%', '800 ms → 90 ms', '#performance']));
      // Text shown in English keeps its own direction but the page's right edge.
      const fallbackAlignment = await page.evaluate(() => [...document.querySelectorAll('main :is(h3, p)[dir="ltr"]')].map((element) => getComputedStyle(element).textAlign));
      expect(new Set(fallbackAlignment), pathname).not.toContain('left');
      // The home page's card gives the figure beside its label: it must not read `ms → 90 ms 800`.
      if (pathname === '/ar/') expect(ltrPieces.map((piece) => piece.text)).toEqual(expect.arrayContaining(['−89%', '800 ms → 90 ms']));
      await page.screenshot({ path: path.join(SHOTS, shot), fullPage: true });
      await page.close();
    }
  });

  it('keeps the English pages left to right', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/work/`, { waitUntil: 'networkidle' });
    await expect(page.evaluate(() => getComputedStyle(document.querySelector('main')!).direction)).resolves.toBe('ltr');
    await page.close();
  });
});
