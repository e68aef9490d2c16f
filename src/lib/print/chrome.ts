import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Chromium's standalone headless build, where Debian's and Alpine's `chromium-headless-shell`
 * packages put it. It prints the same PDFs as the full browser, byte for byte with the flags below,
 * in about half the time and CPU (bench/results.md), so it is tried first.
 */
const HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

/** Where Chrome or Chromium usually lives. */
const BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/**
 * The folders Playwright installs its browsers in (`npx playwright install`) when
 * PLAYWRIGHT_BROWSERS_PATH is not set, and the one its Docker images use. Elsewhere, CHROME_PATH
 * names the browser.
 */
export function playwrightBrowsersFolders(platform: NodeJS.Platform = process.platform, home = os.homedir()): string[] {
  if (platform === 'linux') return [path.join(home, '.cache', 'ms-playwright'), '/ms-playwright'];
  if (platform === 'darwin') return [path.join(home, 'Library', 'Caches', 'ms-playwright')];
  if (platform === 'win32') return [path.join(home, 'AppData', 'Local', 'ms-playwright')];
  return [];
}

/** The executable inside one of Playwright's `chromium_headless_shell-<revision>` folders, by platform, newer layout first. */
const SHELL_INSIDE: Partial<Record<string, readonly string[]>> = {
  'linux-x64': ['chrome-headless-shell-linux64/chrome-headless-shell', 'chrome-linux/headless_shell'],
  'linux-arm64': ['chrome-headless-shell-linux-arm64/chrome-headless-shell', 'chrome-linux/headless_shell'],
  'darwin-arm64': ['chrome-headless-shell-mac-arm64/chrome-headless-shell', 'chrome-mac/headless_shell'],
  'darwin-x64': ['chrome-headless-shell-mac-x64/chrome-headless-shell', 'chrome-mac/headless_shell'],
  'win32-x64': ['chrome-headless-shell-win64/chrome-headless-shell.exe', 'chrome-win/headless_shell.exe'],
};

/**
 * The headless shells Playwright has installed, newest revision first. Only complete installs
 * count: Playwright marks one with `INSTALLATION_COMPLETE` once it is unpacked.
 */
export function playwrightHeadlessShells(folder: string | undefined, platform = `${process.platform}-${process.arch}`): string[] {
  const inside = SHELL_INSIDE[platform];
  if (!folder || !inside || !existsSync(folder)) return [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .map((name) => ({ name, revision: Number(/^chromium_headless_shell-(\d+)$/.exec(name)?.[1]) }))
    .filter(({ name, revision }) => Number.isInteger(revision) && existsSync(path.join(folder, name, 'INSTALLATION_COMPLETE')))
    .sort((a, b) => b.revision - a.revision)
    .flatMap(({ name }) => inside.map((file) => path.join(folder, name, file)))
    .filter((file) => existsSync(file));
}

/** A headless shell: a system package's, else the newest Playwright installed. */
export function findHeadlessShell(): string | undefined {
  return HEADLESS_SHELLS.find((candidate) => existsSync(candidate)) ?? playwrightBrowsersFolders().flatMap((folder) => playwrightHeadlessShells(folder))[0];
}

/** A full Chrome or Chromium, where one usually lives. */
export function findFullBrowser(): string | undefined {
  return BROWSERS.find((candidate) => existsSync(candidate));
}

/**
 * The browser to drive for PDFs, screenshots and browser tests, or undefined when none is
 * installed: a configured one (`chromePath`, `CHROME_PATH`) wins; then a headless shell; then a
 * full Chrome or Chromium.
 */
export function findChrome(configured: string | undefined): string | undefined {
  if (configured) return existsSync(configured) ? configured : undefined;
  return findHeadlessShell() ?? findFullBrowser();
}

/**
 * Headless flags for a machine with no network but the page under test: without the
 * background-networking flags Chromium keeps trying to reach its own services. Without hinting,
 * the headless shell places glyphs at the font's own advances as the full browser does; with it,
 * its PDFs space letters unevenly.
 */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--font-render-hinting=none',
];

/** Whether this build prints PDFs to link to: `astro build` with a browser installed, never `astro dev`. */
export function printsPdfs(dev: boolean, configured: string | undefined): boolean {
  return !dev && findChrome(configured) !== undefined;
}
