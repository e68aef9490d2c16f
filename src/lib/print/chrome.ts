import { existsSync } from 'node:fs';

/** Where Chrome or Chromium usually lives; a configured browser (`chromePath`, `CHROME_PATH`) wins over all of them. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** The browser to drive for PDFs, screenshots and browser tests, or undefined when none is installed. */
export function findChrome(configured: string | undefined): string | undefined {
  if (configured) return existsSync(configured) ? configured : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

/**
 * Headless flags for a machine with no network but the page under test: without the
 * background-networking flags Chromium keeps trying to reach its own services.
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
];

/** Whether this build prints PDFs to link to: `astro build` with a browser installed, never `astro dev`. */
export function printsPdfs(dev: boolean, configured: string | undefined): boolean {
  return !dev && findChrome(configured) !== undefined;
}
