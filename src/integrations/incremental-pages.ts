import type { AstroPrerenderer } from 'astro';
import type { KeyedPage } from '../lib/stages/page-cache-keys.ts';

/**
 * Gives every page Astro prerenders a `cacheKey` (Astro's incremental build skips a page whose key
 * and code are unchanged, copying its last output instead). Cairn's pages read the build session,
 * not their `getStaticPaths()` props, so the keys are set here, for every route at once, rather than
 * in each page.
 */
export function keyEveryPage(keyOf: () => (page: KeyedPage) => string): (prerenderer: AstroPrerenderer) => AstroPrerenderer {
  return (prerenderer) => {
    const pathsOf = prerenderer.getStaticPaths.bind(prerenderer);
    prerenderer.getStaticPaths = async () => {
      const paths = await pathsOf();
      const key = keyOf();
      return paths.map((item) => {
        const match = item.route.pattern.exec(item.pathname) ?? item.route.pattern.exec(item.pathname.replace(/\/?$/, '/'));
        const params = Object.fromEntries(item.route.params.map((name, index) => [name, match?.[index + 1]]));
        return { ...item, cacheKey: item.cacheKey ?? key({ component: item.route.component, params }) };
      });
    };
    return prerenderer;
  };
}

/** What a build reports of its pages: every page it has to build, then each it rendered rather than copied from Astro's cache. */
export interface PageReport {
  listed(pages: readonly string[]): void;
  rendered(page: string, ms: number): void;
}

/**
 * A page's address on the site from the path Astro lists it by: under the site's base path, and with
 * the trailing slash its page gets (`/work` is built as `/work/index.html`, so it is `/work/`); a file
 * such as `/rss.xml` keeps its name.
 */
export function pageAddress(base: string, pathname: string): string {
  const address = `${base.replace(/\/$/, '')}${pathname.startsWith('/') ? pathname : `/${pathname}`}`;
  return /\.[^/]*$/.test(address) || address.endsWith('/') ? address : `${address}/`;
}

/**
 * Reports the pages Astro builds and those it renders, each by its address on the site (`/work/x/`).
 * Astro's own line per page cannot be read for this: with several pages at a time, the halves of a
 * rendered page's line (printed before and after its render) are split by other pages' lines.
 */
export function reportPages(base: string, report: PageReport): (prerenderer: AstroPrerenderer) => AstroPrerenderer {
  return (prerenderer) => {
    const pathsOf = prerenderer.getStaticPaths.bind(prerenderer);
    const render = prerenderer.render.bind(prerenderer);
    prerenderer.getStaticPaths = async () => {
      const paths = await pathsOf();
      report.listed(paths.map((item) => pageAddress(base, item.pathname)));
      return paths;
    };
    prerenderer.render = async (request, options) => {
      const started = performance.now();
      const result = await render(request, options);
      report.rendered(decodeURI(new URL(request.url).pathname), performance.now() - started);
      return result;
    };
    return prerenderer;
  };
}
