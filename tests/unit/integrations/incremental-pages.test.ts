import type { AstroPrerenderer } from 'astro';
import { describe, expect, it } from 'vitest';
import { pageAddress, reportPages } from '../../../src/integrations/incremental-pages.ts';

/** A prerenderer with two pages and a feed, rendering each after `delays[path]` milliseconds. */
function fakePrerenderer(delays: Record<string, number>): AstroPrerenderer {
  const route = { component: 'src/pages/x.astro', params: [], pattern: /^.*$/ };
  return {
    name: 'fake',
    getStaticPaths: async () => ['/', '/work', '/rss.xml'].map((pathname) => ({ pathname, route })) as never,
    render: async (request) => {
      await new Promise((resolve) => setTimeout(resolve, delays[new URL(request.url).pathname] ?? 0));
      return new Response(request.url);
    },
  };
}

describe('pageAddress', () => {
  it('names a page by its address on the site: under the base path, with the trailing slash its folder gets', () => {
    expect(pageAddress('/', '/')).toBe('/');
    expect(pageAddress('/', '/work')).toBe('/work/');
    expect(pageAddress('/', '/work/2021-latency/')).toBe('/work/2021-latency/');
    expect(pageAddress('/portfolio/', '/')).toBe('/portfolio/');
    expect(pageAddress('/portfolio/', '/rss.xml')).toBe('/portfolio/rss.xml');
    expect(pageAddress('/portfolio/', '/resume/général.txt')).toBe('/portfolio/resume/général.txt');
  });
});

describe('reportPages', () => {
  it('reports every page to build, then each page rendered as its render ends, under the name it was listed by', async () => {
    const listed: string[][] = [];
    const rendered: string[] = [];
    const prerenderer = reportPages('/portfolio/', { listed: (pages) => listed.push([...pages]), rendered: (page, ms) => rendered.push(`${page} ${ms >= 0}`) })(fakePrerenderer({ '/portfolio/': 30 }));
    await prerenderer.getStaticPaths();
    const routeData = {} as never;
    const responses = await Promise.all(['https://ada.example/portfolio/', 'https://ada.example/portfolio/r%C3%A9sum%C3%A9/'].map((url) => prerenderer.render(new Request(url), { routeData })));
    expect(listed).toEqual([['/portfolio/', '/portfolio/work/', '/portfolio/rss.xml']]);
    expect(rendered).toEqual(['/portfolio/résumé/ true', '/portfolio/ true']);
    expect(await (responses[0] as Response).text()).toBe('https://ada.example/portfolio/');
  });

  it('reports nothing for a page whose render failed, and lets the failure through', async () => {
    const rendered: string[] = [];
    const failing = { ...fakePrerenderer({}), render: async () => Promise.reject(new Error('component threw')) };
    const prerenderer = reportPages('/', { listed: () => {}, rendered: (page) => rendered.push(page) })(failing);
    await expect(prerenderer.render(new Request('https://ada.example/'), { routeData: {} as never })).rejects.toThrow('component threw');
    expect(rendered).toEqual([]);
  });
});
