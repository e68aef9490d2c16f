#!/usr/bin/env node
/**
 * npm run screenshot [-- --out docs/screenshot.png] [--path /] [--width 1280] [--dark]
 *
 * Photographs a page of the built site (dist/) in headless Chrome/Chromium, for the README or
 * for looking at a change. Build first with `npm run build`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROME_ARGS, findChrome, HOW_TO_INSTALL_A_BROWSER } from '../src/lib/print/chrome.ts';
import { serveSite } from '../src/lib/print/http-server.ts';
import { projectOptions } from './lib/options.ts';
import { builtBasePath } from '../src/lib/gates/built-base-path.ts';
import { watchMissingFiles } from '../src/lib/gates/missing-files.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';

const USAGE = 'npm run screenshot [-- --out docs/screenshot.png] [--path /] [--width 1280] [--height 900] [--full] [--dark] [--dist dist]';

function pixels(name: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 100 || number > 10_000) throw new UsageError(`screenshot: --${name} must be a whole number of pixels from 100 to 10000; received "${value}"\nusage: ${USAGE}`);
  return number;
}

await runCommand(async () => {
  const { values } = parseCommandLine('screenshot', USAGE, {
    out: { type: 'string', default: 'docs/screenshot.png' },
    path: { type: 'string', default: '/' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    full: { type: 'boolean', default: false },
    dark: { type: 'boolean', default: false },
    dist: { type: 'string', default: 'dist' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(`usage: ${USAGE}`);
    return;
  }
  const viewport = { width: pixels('width', values.width), height: pixels('height', values.height) };
  if (!values.path.startsWith('/')) throw new UsageError(`screenshot: --path is a path on the site and starts with /, e.g. /work/; received "${values.path}"\nusage: ${USAGE}`);
  const executablePath = findChrome((await projectOptions('screenshot')).chromePath);
  if (!executablePath) throw new UsageError(`screenshot: no Chrome or Chromium found; ${HOW_TO_INSTALL_A_BROWSER}.`);
  const folder = path.resolve(values.dist);
  if (!existsSync(path.join(folder, 'index.html'))) throw new UsageError(`screenshot: ${values.dist}/index.html not found. Run \`npm run build\` first.`);

  // The site is served under the base path it was built for, so its stylesheets load; --path may name the page with or without that base.
  const base = builtBasePath(folder);
  const pagePath = values.path.startsWith(base) ? values.path.slice(base.length - 1) : values.path;
  const server = await serveSite(folder, base);
  const browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  try {
    const page = await browser.newPage({ viewport, colorScheme: values.dark ? 'dark' : 'light', deviceScaleFactor: 1 });
    const missing = watchMissingFiles(page);
    const response = await page.goto(`${server.siteUrl}${pagePath}`, { waitUntil: 'networkidle' });
    if (response && response.status() >= 400) throw new UsageError(`screenshot: ${values.path} is not a page of ${values.dist}/ (the server answered ${response.status()})`);
    if (missing.length > 0) {
      throw new UsageError(`screenshot: ${values.path} asks for files ${values.dist}/ does not have, so the picture would be wrong: ${missing.slice(0, 5).join(', ')}${missing.length > 5 ? ` and ${missing.length - 5} more` : ''}`);
    }
    await page.screenshot({ path: values.out, fullPage: values.full });
    console.log(`screenshot: ${values.path} → ${values.out}`);
  } finally {
    await browser.close();
    await server.close();
  }
});
