import type { Browser, Page } from 'playwright-core';
import { temporaryFolderProblem } from '../build/temporary-folder.ts';
import { userFacingError } from '../build/user-facing-error.ts';
import { CHROME_ARGS } from './chrome.ts';
import type { FramedPage } from './page-frame.ts';
import { startServer, type Responder } from './http-server.ts';

/**
 * One headless Chrome/Chromium for every resume of a build: started once, its tab (or tabs)
 * reused for each print. Each source of pages (the built site, the stand-alone direct-send documents) is
 * served from memory and disk by its own small HTTP server (http-server.ts), with fonts and
 * stylesheets marked cacheable, so after the first resume a page load is one request.
 * (Intercepting requests instead would switch Chromium's cache off and slow every page load.)
 */

/** What a tab does for a resume, each step one or more round trips to the browser; `show` swaps in another page of the same frame; `layout` reads the screen's layout. */
export type TabStep = 'open' | 'show' | 'replace' | 'layout' | 'print';

/** How many of each step a tab took, and the milliseconds they took in all. */
export type StepTally = Record<TabStep, { count: number; ms: number }>;

export function emptyTally(): StepTally {
  return { open: { count: 0, ms: 0 }, show: { count: 0, ms: 0 }, replace: { count: 0, ms: 0 }, layout: { count: 0, ms: 0 }, print: { count: 0, ms: 0 } };
}

/** The steps taken between two readings of a tab's tally. */
export function tallySince(before: StepTally, now: StepTally): StepTally {
  const since = emptyTally();
  for (const step of Object.keys(since) as TabStep[]) since[step] = { count: now[step].count - before[step].count, ms: Math.round((now[step].ms - before[step].ms) * 10) / 10 };
  return since;
}

/** One browser tab: a page is loaded, adjusted and printed in it, one at a time. */
export interface PrintTab {
  /** Every step this tab has taken so far, for the build's report and the benchmark. */
  readonly tally: StepTally;
  /**
   * Loads a page, adds the stylesheets given (absolute addresses), and waits until its fonts are
   * ready. `offline` refuses every request to another origin (a JSON Resume theme's web fonts), so
   * a print never waits on the network and prints the same without it.
   */
  open(url: string, stylesheets?: readonly string[], options?: { offline?: boolean }): Promise<void>;
  /** Swaps the page's `<article class="resume">` for another rendering (a fit without some bullets). */
  replaceArticle(html: string): Promise<void>;
  /**
   * Shows another page of the same frame (page-frame.ts) without loading it: its body, its title
   * and its address take the place of the loaded page's, keeping the stylesheets and fonts loaded.
   */
  showPage(page: FramedPage): Promise<void>;
  /**
   * Whether the sheet, as the screen lays it out, stays within its one-page height: a hint of the
   * printed page count (print styles can still add a line), never a count.
   */
  sheetFitsOnePage(): Promise<boolean>;
  /**
   * Prints the loaded page with its own @page size and margins; `css` is added for this print alone
   * (a running footer). A print only `measuring` pages and links leaves out the tags a screen reader
   * follows: they take Chromium a good part of each print, and they move nothing.
   */
  print(options?: { css?: string; measuring?: boolean }): Promise<Uint8Array>;
}

export interface Printer {
  /** The address each source is served at, e.g. `http://127.0.0.1:40123`. */
  origins: Record<string, string>;
  /** Tabs that print side by side, so two cores are both busy. */
  tabs: PrintTab[];
  close(): Promise<void>;
}

function tabOf(page: Page, executablePath: string): PrintTab {
  let shown = '';
  const tally = emptyTally();
  /** Runs a step in the tab and counts it; a browser that went away meanwhile (crashed, killed) is said in one line. */
  const step = async <T>(kind: TabStep, action: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await action();
    } catch (error) {
      // The browser writes each PDF to the temporary folder before handing it over.
      const temporaryFolder = temporaryFolderProblem();
      if (temporaryFolder) return Promise.reject(userFacingError(`PDFs cannot be printed: ${temporaryFolder.message}.`, 'The browser writes each PDF there before the build copies it; once there is room, build again.'));
      if (!page.isClosed() && page.context().browser()?.isConnected() !== false) throw error;
      return Promise.reject(
        userFacingError(
          `PDFs cannot be printed with the browser at ${executablePath}: it closed while printing${shown ? ` ${shown}` : ''}.`,
          'Build again; if it closes again, run the browser on its own to see why (out of memory, a missing library), or set CHROME_PATH to another Chrome or Chromium.',
        ),
      );
    } finally {
      tally[kind].count++;
      tally[kind].ms += performance.now() - started;
    }
  };
  return {
    tally,
    open(url, stylesheets = [], options = {}) {
      shown = new URL(url).pathname;
      const origin = new URL(url).origin;
      return step('open', async () => {
        if (options.offline) await page.route((address) => address.origin !== origin, (route) => route.abort('blockedbyclient'));
        try {
          await page.goto(url, { waitUntil: 'load' });
          // One round trip: each stylesheet appended to the head as page.addStyleTag does, then the fonts.
          await page.evaluate(async (addresses) => {
            for (const address of addresses) {
              const link = document.createElement('link');
              link.rel = 'stylesheet';
              link.href = address;
              const loaded = new Promise((resolve, reject) => {
                link.onload = resolve;
                link.onerror = () => reject(new Error(`the stylesheet ${address} did not load`));
              });
              document.head.appendChild(link);
              await loaded;
            }
            await document.fonts.ready;
          }, [...stylesheets]);
        } finally {
          // Intercepting requests switches Chromium's cache off: only for this page.
          if (options.offline) await page.unrouteAll();
        }
      });
    },
    showPage(next) {
      return step('show', async () => {
        await page.evaluate(async ({ url, titleHtml, bodyHtml }) => {
          // The address first: the body's relative links resolve against it.
          history.replaceState(null, '', url);
          // Parsed as the page's own <title> is, character references and all: the print's document title.
          document.title = new DOMParser().parseFromString(`<title>${titleHtml}</title>`, 'text/html').title;
          document.body.innerHTML = bodyHtml;
          await document.fonts.ready;
        }, next);
      });
    },
    replaceArticle(html) {
      return step('replace', async () => {
        // One round trip: the swap, then the fonts its text needs.
        const replaced = await page.evaluate(async (next) => {
          const article = document.querySelector('article.resume');
          if (!article) return false;
          article.outerHTML = next;
          await document.fonts.ready;
          return true;
        }, html);
        if (!replaced) throw new Error('the page has no <article class="resume"> to replace');
      });
    },
    sheetFitsOnePage() {
      return step('layout', () =>
        page.evaluate(() => {
          const sheet = document.querySelector('article.resume');
          if (!sheet) return false;
          // The screen's sheet is at least one page tall (min-height), its margins as padding: it grows only past a page.
          const onePage = Number.parseFloat(getComputedStyle(sheet).minHeight);
          return Number.isFinite(onePage) && onePage > 0 && sheet.getBoundingClientRect().height <= onePage + 0.5;
        }),
      );
    },
    print(options = {}) {
      return step('print', async () => {
        // A constructed stylesheet: the site's Content-Security-Policy refuses an inline <style>, and it is removed again after the print.
        if (options.css) await page.evaluate((css) => {
          const sheet = new CSSStyleSheet();
          sheet.replaceSync(css);
          document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
        }, options.css);
        try {
          return await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: !options.measuring, outline: false });
        } finally {
          if (options.css) await page.evaluate(() => { document.adoptedStyleSheets = document.adoptedStyleSheets.slice(0, -1); });
        }
      });
    },
  };
}

/**
 * The browser could not be started, or closed before it had a tab open: one line saying which
 * browser and how it ended (Playwright's own message is its whole launch log), and what to do.
 */
export function browserStartError(executablePath: string, error: unknown): Error {
  // The browser keeps its profile in the temporary folder: a missing or full one stops it first.
  const temporaryFolder = temporaryFolderProblem();
  if (temporaryFolder) return userFacingError(`PDFs cannot be printed: ${temporaryFolder.message}.`, 'The browser keeps its profile and each PDF there while it prints; once there is room, build again.');
  const log = error instanceof Error ? error.message : String(error);
  const exit = /process did exit: exitCode=(\d+|null), signal=(\w+)/.exec(log);
  const how = exit
    ? exit[2] !== 'null'
      ? `it was stopped by ${exit[2]} as soon as it started`
      : `it exited as soon as it started (exit code ${exit[1]})`
    : `it did not start: ${(log.split('\n')[0] ?? log).replace(/^browserType\.launch:\s*/, '')}`;
  return userFacingError(
    `PDFs cannot be printed with the browser at ${executablePath}: ${how}.`,
    `Check that it is Chrome or Chromium and runs on this machine (try "${executablePath}" --headless=new --version), or set CHROME_PATH to one that does. Without CHROME_PATH and with no browser installed, the build skips PDFs.`,
  );
}

/**
 * Playwright's default width, which the pages lay out at. No print depends on the height (no
 * resume style is sized in viewport units).
 */
const VIEWPORT = { width: 1280, height: 1600 };

/** Starts the browser with `tabs` tabs, and one server per source (`{ site: …, print: … }`). */
export async function startPrinter(executablePath: string, sources: Record<string, Responder>, tabs = 1): Promise<Printer> {
  const servers = await Promise.all(Object.entries(sources).map(async ([name, responder]) => ({ name, server: await startServer(responder) })));
  const stopServers = () => Promise.all(servers.map(({ server }) => server.close()));
  let browser: Browser;
  try {
    // Loaded when a browser is needed: a rebuild whose every PDF is cached never loads the driver.
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  } catch (error) {
    await stopServers();
    throw browserStartError(executablePath, error);
  }
  try {
    // One context: its cache of fonts and stylesheets is shared by the tabs.
    // The site's Content-Security-Policy allows its own fonts only; the print fallbacks come from the print server.
    const context = await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true, viewport: VIEWPORT });
    const pages = await Promise.all(Array.from({ length: Math.max(1, tabs) }, () => context.newPage()));
    return {
      origins: Object.fromEntries(servers.map(({ name, server }) => [name, server.url])),
      tabs: pages.map((page) => tabOf(page, executablePath)),
      async close() {
        await browser.close();
        await stopServers();
      },
    };
  } catch (error) {
    // A browser that launched but closed before a tab opened is one that cannot print either.
    const closed = !browser.isConnected();
    await browser.close().catch(() => undefined);
    await stopServers();
    throw closed ? browserStartError(executablePath, error) : error;
  }
}
