#!/usr/bin/env node
/**
 * npm run screenshot [-- --out docs/screenshot.png] [--path /] [--width 1280] [--dark]
 *
 * Photographs a page of the built site (dist/) in headless Chrome/Chromium, for the README or
 * for looking at a change. Build first with `npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome } from '../src/lib/chrome.ts';
import { serveFolder } from '../src/lib/static-server.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'docs/screenshot.png' },
    path: { type: 'string', default: '/' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    full: { type: 'boolean', default: false },
    dark: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
  },
});

const executablePath = findChrome();
if (!executablePath) {
  console.error('screenshot: no Chrome or Chromium found. Install one (Debian: apt-get install chromium) or set CHROME_PATH.');
  process.exit(1);
}
const folder = path.resolve(values.dist);
if (!existsSync(path.join(folder, 'index.html'))) {
  console.error(`screenshot: ${values.dist}/index.html not found. Run \`npm run build\` first.`);
  process.exit(1);
}

const server = await serveFolder(folder);
const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: Number(values.width), height: Number(values.height) },
    colorScheme: values.dark ? 'dark' : 'light',
    deviceScaleFactor: 1,
  });
  await page.goto(`${server.url}${values.path}`, { waitUntil: 'networkidle' });
  await page.screenshot({ path: values.out, fullPage: values.full });
  console.log(`screenshot: ${values.path} → ${values.out}`);
} finally {
  await browser.close();
  await server.close();
}
