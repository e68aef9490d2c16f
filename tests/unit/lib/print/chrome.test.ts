import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { browserIdentity, findChrome, HOW_TO_INSTALL_A_BROWSER, playwrightBrowsersFolders, playwrightHeadlessShell, playwrightShellRevision } from '../../../../src/lib/print/chrome.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A Playwright browsers folder with the given installs: `[folder name, executable inside, complete]`. */
function browsersFolder(installs: [string, string, boolean][]): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-playwright-'));
  folders.push(root);
  for (const [name, executable, complete] of installs) {
    mkdirSync(path.dirname(path.join(root, name, executable)), { recursive: true });
    writeFileSync(path.join(root, name, executable), '');
    if (complete) writeFileSync(path.join(root, name, 'INSTALLATION_COMPLETE'), '');
  }
  return root;
}

describe('finding the browser to print with', () => {
  it('uses the configured browser when it exists, and none when it does not', () => {
    const folder = browsersFolder([['custom', 'chrome', true]]);
    expect(findChrome(path.join(folder, 'custom', 'chrome'))).toBe(path.join(folder, 'custom', 'chrome'));
    expect(findChrome(path.join(folder, 'missing', 'chrome'))).toBeUndefined();
  });

  it('looks for Playwright’s browsers where Playwright puts them on each system', () => {
    expect(playwrightBrowsersFolders('linux', '/home/me')).toEqual([path.join('/home/me', '.cache', 'ms-playwright'), '/ms-playwright']);
    expect(playwrightBrowsersFolders('darwin', '/Users/me')).toEqual([path.join('/Users/me', 'Library', 'Caches', 'ms-playwright')]);
    expect(playwrightBrowsersFolders('win32', 'C:\\Users\\me')).toEqual([path.join('C:\\Users\\me', 'AppData', 'Local', 'ms-playwright')]);
    expect(playwrightBrowsersFolders('freebsd', '/home/me')).toEqual([]);
  });

  it('takes the headless shell of the revision Cairn’s playwright-core drives, once its install is complete, in either layout', () => {
    const folder = browsersFolder([
      ['chromium_headless_shell-1200', 'chrome-linux/headless_shell', true],
      ['chromium_headless_shell-1255', 'chrome-headless-shell-linux64/chrome-headless-shell', true],
      // Still unpacking: no marker yet.
      ['chromium_headless_shell-1300', 'chrome-headless-shell-linux64/chrome-headless-shell', false],
      // The full browser is not a headless shell.
      ['chromium-1400', 'chrome-linux64/chrome', true],
    ]);
    expect(playwrightHeadlessShell(folder, '1255', 'linux-x64')).toBe(path.join(folder, 'chromium_headless_shell-1255', 'chrome-headless-shell-linux64', 'chrome-headless-shell'));
    expect(playwrightHeadlessShell(folder, '1200', 'linux-x64')).toBe(path.join(folder, 'chromium_headless_shell-1200', 'chrome-linux', 'headless_shell'));
    expect(playwrightHeadlessShell(folder, '1300', 'linux-x64')).toBeUndefined();
    expect(playwrightHeadlessShell(folder, '1400', 'linux-x64')).toBeUndefined();
    expect(playwrightHeadlessShell(folder, undefined, 'linux-x64')).toBeUndefined();
  });

  it('finds no headless shell in a missing folder, or for a system Playwright builds none for', () => {
    const folder = browsersFolder([['chromium_headless_shell-1255', 'chrome-headless-shell-linux64/chrome-headless-shell', true]]);
    expect(playwrightHeadlessShell(path.join(folder, 'missing'), '1255', 'linux-x64')).toBeUndefined();
    expect(playwrightHeadlessShell(folder, '1255', 'freebsd-x64')).toBeUndefined();
  });

  it('knows the headless shell revision of the installed playwright-core', () => {
    const manifest = JSON.parse(readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('playwright-core/package.json')), 'browsers.json'), 'utf8')) as { browsers: { name: string; revision: string }[] };
    expect(playwrightShellRevision()).toMatch(/^\d+$/);
    expect(playwrightShellRevision()).toBe(manifest.browsers.find((browser) => browser.name === 'chromium-headless-shell')!.revision);
  });
});

describe('the messages that say no browser was found', () => {
  it('each say how to get one in the same words', () => {
    const sources = ['src', 'scripts'].flatMap((folder) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => path.join(folder, file)));
    const saying = sources.filter((file) => /no Chrome or Chromium (was )?found/.test(readFileSync(file, 'utf8')));
    // The build's resumes and letters, screenshot, verify and bench:resume.
    expect(saying.length).toBeGreaterThanOrEqual(5);
    expect(saying.filter((file) => !readFileSync(file, 'utf8').includes('HOW_TO_INSTALL_A_BROWSER'))).toEqual([]);
    expect(HOW_TO_INSTALL_A_BROWSER).toContain('chromium-headless-shell');
    expect(HOW_TO_INSTALL_A_BROWSER).toContain('CHROME_PATH');
  });
});

describe('browserIdentity', () => {
  it('stays the same for the same browser and changes when an upgrade replaces it at its path', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-browser-'));
    folders.push(folder);
    const executable = path.join(folder, 'chromium');
    writeFileSync(executable, 'release 146');
    utimesSync(executable, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    const before = browserIdentity(executable);
    expect(browserIdentity(executable)).toBe(before);
    expect(before.startsWith(executable)).toBe(true);
    // The next release, written over it by the package manager with the package's own date.
    writeFileSync(executable, 'release 147');
    utimesSync(executable, new Date('2026-02-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'));
    expect(browserIdentity(executable)).not.toBe(before);
  });

  it('is the path alone for a browser that is not there', () => {
    expect(browserIdentity('/nowhere/chromium')).toBe('/nowhere/chromium');
  });
});
