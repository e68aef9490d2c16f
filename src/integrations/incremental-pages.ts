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
