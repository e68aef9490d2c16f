import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/**
 * Chromium's standalone headless build, where Debian's and Alpine's `chromium-headless-shell`
 * packages put it. It prints the same PDFs as the full browser of its release, byte for byte with the
 * flags below, in about half the time and CPU (bench/results.md), so it is tried first.
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
 * The revision of the headless shell that Cairn's playwright-core drives (`browsers.json` beside
 * its package file): what `npx playwright-core install --only-shell chromium` installs. Another
 * project's shell in the same folder is another release of Chromium, which may lay pages out
 * differently, so only this one is taken.
 */
export function playwrightShellRevision(): string | undefined {
  try {
    const manifest = path.join(path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'browsers.json');
    const { browsers } = JSON.parse(readFileSync(manifest, 'utf8')) as { browsers?: { name?: string; revision?: string }[] };
    const revision = browsers?.find((browser) => browser.name === 'chromium-headless-shell')?.revision;
    return revision && /^\d+$/.test(revision) ? revision : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The headless shell of `revision` that Playwright installed in `folder`, if the install is
 * complete: Playwright marks one with `INSTALLATION_COMPLETE` once it is unpacked.
 */
export function playwrightHeadlessShell(folder: string, revision: string | undefined, platform = `${process.platform}-${process.arch}`): string | undefined {
  const inside = SHELL_INSIDE[platform];
  if (!revision || !inside) return undefined;
  const install = path.join(folder, `chromium_headless_shell-${revision}`);
  if (!existsSync(path.join(install, 'INSTALLATION_COMPLETE'))) return undefined;
  return inside.map((file) => path.join(install, file)).find((file) => existsSync(file));
}

/** A headless shell: a system package's, else the one Playwright installed for Cairn's playwright-core. */
export function findHeadlessShell(): string | undefined {
  const system = HEADLESS_SHELLS.find((candidate) => existsSync(candidate));
  if (system) return system;
  const revision = playwrightShellRevision();
  for (const folder of playwrightBrowsersFolders()) {
    const shell = playwrightHeadlessShell(folder, revision);
    if (shell) return shell;
  }
  return undefined;
}

/** A full Chrome or Chromium, where one usually lives. */
export function findFullBrowser(): string | undefined {
  return BROWSERS.find((candidate) => existsSync(candidate));
}

/**
 * The browser as a print depends on it: its path, and the size and modification time of the file
 * there, which an upgrade of the browser's package changes while the path stays. Part of every
 * cached print's key, so a new browser prints afresh instead of handing on the old one's PDFs.
 */
export function browserIdentity(executable: string): string {
  try {
    const { size, mtimeMs } = statSync(executable);
    return `${executable} ${size} ${mtimeMs}`;
  } catch {
    return executable;
  }
}

/**
 * How to get a browser, for every message that says none was found: the headless shell first, as
 * it prints fastest.
 */
export const HOW_TO_INSTALL_A_BROWSER =
  "install Chromium's headless shell (Debian: sudo apt-get install chromium-headless-shell; elsewhere: npx playwright-core install --only-shell chromium) or Google Chrome or Chromium, or set CHROME_PATH to the browser's executable";

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
