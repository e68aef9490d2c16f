import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROME_ARGS } from './chrome.ts';
import { startServer, type Responder } from './http-server.ts';

/**
 * One headless Chrome/Chromium for every resume of a build: started once, its tab (or tabs)
 * reused for each print. Each source of pages (the built site, the stand-alone direct-send documents) is
 * served from memory and disk by its own small HTTP server (http-server.ts), with fonts and
 * stylesheets marked cacheable, so after the first resume a page load is one request.
 * (Intercepting requests instead would switch Chromium's cache off and slow every page load.)
 */

/** One browser tab: a page is loaded, adjusted and printed in it, one at a time. */
export interface PrintTab {
  /** Loads a page, adds the stylesheets given (absolute addresses), and waits until its fonts are ready. */
  open(url: string, stylesheets?: readonly string[]): Promise<void>;
  /** Swaps the page's `<article class="resume">` for another rendering (a fit without some bullets). */
  replaceArticle(html: string): Promise<void>;
  /** Prints the loaded page with its own @page size and margins. */
  print(): Promise<Uint8Array>;
}

export interface Printer {
  /** The address each source is served at, e.g. `http://127.0.0.1:40123`. */
  origins: Record<string, string>;
  /** Tabs that print side by side, so two cores are both busy. */
  tabs: PrintTab[];
  close(): Promise<void>;
}

async function fontsReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

function tabOf(page: Page): PrintTab {
  return {
    async open(url, stylesheets = []) {
      await page.goto(url, { waitUntil: 'load' });
      for (const stylesheet of stylesheets) await page.addStyleTag({ url: stylesheet });
      await fontsReady(page);
    },
    async replaceArticle(html) {
      const replaced = await page.evaluate((next) => {
        const article = document.querySelector('article.resume');
        if (!article) return false;
        article.outerHTML = next;
        return true;
      }, html);
      if (!replaced) throw new Error('the page has no <article class="resume"> to replace');
      await fontsReady(page);
    },
    async print() {
      return page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    },
  };
}

/** Starts the browser with `tabs` tabs, and one server per source (`{ site: …, print: … }`). */
export async function startPrinter(executablePath: string, sources: Record<string, Responder>, tabs = 1): Promise<Printer> {
  const servers = await Promise.all(Object.entries(sources).map(async ([name, responder]) => ({ name, server: await startServer(responder) })));
  const stopServers = () => Promise.all(servers.map(({ server }) => server.close()));
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROME_ARGS });
  } catch (error) {
    await stopServers();
    throw error;
  }
  try {
    // One context: its cache of fonts and stylesheets is shared by the tabs.
    // The site's Content-Security-Policy allows its own fonts only; the print fallbacks come from the print server.
    const context = await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true });
    const pages = await Promise.all(Array.from({ length: Math.max(1, tabs) }, () => context.newPage()));
    return {
      origins: Object.fromEntries(servers.map(({ name, server }) => [name, server.url])),
      tabs: pages.map(tabOf),
      async close() {
        await browser.close();
        await stopServers();
      },
    };
  } catch (error) {
    await browser.close();
    await stopServers();
    throw error;
  }
}
