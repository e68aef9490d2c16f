import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROME_ARGS } from '../../src/lib/print/chrome.ts';
import { CHROME } from '../support/build-context.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { serveSite, type RunningServer } from '../../src/lib/print/http-server.ts';

const executablePath = CHROME;
const dist = inject('sampleDist');
if (!executablePath) {
  console.warn('browser tests skipped: no Chrome or Chromium found (install Debian’s chromium, or set CHROME_PATH)');
}

/** Screenshots land here for people to look at; the folder is git-ignored. */
const SHOTS = path.join(PROJECT_ROOT, 'out/screenshots');

describe.skipIf(!executablePath)('the sample site in Chromium', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    expect(dist, 'the sample build failed').not.toBe('');
    mkdirSync(SHOTS, { recursive: true });
    server = await serveSite(dist);
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROME_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(pathname: string, options: { width?: number; dark?: boolean } = {}) {
    const page = await browser.newPage({ viewport: { width: options.width ?? 1280, height: 900 }, colorScheme: options.dark ? 'dark' : 'light' });
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`failed request: ${request.url()}`));
    const response = await page.goto(`${server.url}${pathname}`, { waitUntil: 'networkidle' });
    return { page, problems, status: response?.status() };
  }

  it('opens the home page with no console errors or failed requests, and takes a screenshot', async () => {
    const { page, problems, status } = await open('/');
    expect(status).toBe(200);
    expect(problems).toEqual([]);
    await expect(page.locator('h1').textContent()).resolves.toBe('Maya Okafor');
    await page.screenshot({ path: path.join(SHOTS, 'home.png'), fullPage: true });
    await page.close();
  });

  it('loads its own fonts rather than the system’s', async () => {
    const { page } = await open('/');
    const loaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((font) => font.status === 'loaded').map((font) => font.family.replace(/["']/g, ''));
    });
    expect(new Set(loaded)).toEqual(new Set(['Inter', 'Source Serif 4']));
    await page.close();
  });

  it.each([
    ['/', 'home'],
    ['/work/', 'work'],
    ['/skills/', 'skills'],
    ['/contact/', 'contact'],
  ])('reads at 320 px without sideways scrolling: %s', async (pathname, name) => {
    const { page, problems } = await open(pathname, { width: 320 });
    expect(problems).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(SHOTS, `${name}-320.png`), fullPage: true });
    await page.close();
  });

  it('follows the reader’s dark colour scheme', async () => {
    const light = await open('/');
    const dark = await open('/', { dark: true });
    const background = (page: typeof light.page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background(dark.page)).not.toBe(await background(light.page));
    await dark.page.screenshot({ path: path.join(SHOTS, 'home-dark.png'), fullPage: true });
    await light.page.close();
    await dark.page.close();
  });

  it.each(['/', '/work/2024-06-21-multi-region-failover/', '/skills/go/', '/resumes/'])('sets running text at 75 characters a line or fewer on a wide screen: %s', async (pathname) => {
    const { page } = await open(pathname, { width: 1600 });
    // Characters per rendered line of every paragraph and list item, found from each character's box.
    const longest = await page.evaluate(() => {
      const range = document.createRange();
      let most = 0;
      for (const element of document.querySelectorAll('main p, main li')) {
        const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
        let top = Number.NaN;
        let count = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          for (let index = 0; index < (node.textContent ?? '').length; index++) {
            range.setStart(node, index);
            range.setEnd(node, index + 1);
            const box = range.getBoundingClientRect();
            if (box.height === 0) continue;
            if (!(Math.abs(box.top - top) <= 3)) {
              most = Math.max(most, count);
              count = 0;
              top = box.top;
            }
            count++;
          }
        }
        most = Math.max(most, count);
      }
      return most;
    });
    expect(longest).toBeGreaterThan(40);
    expect(longest).toBeLessThanOrEqual(75);
    await page.close();
  });

  it('serves the 404 page for a missing address', async () => {
    const { page, status } = await open('/no/such/page/');
    expect(status).toBe(404);
    await expect(page.locator('h1').textContent()).resolves.toBe('Page not found');
    await page.close();
  });
});
