import { describe, expect, it } from 'vitest';
import { findBrokenLinks } from '../../../../src/lib/gates/internal-links.ts';

const files = new Set(['index.html', 'work/index.html', 'work/a/index.html', 'rss.xml', '_astro/site.css']);
const exists = (path: string) => files.has(path);

describe('findBrokenLinks', () => {
  it('accepts pages, trailing-slash directories, assets, anchors and external links', () => {
    const pages = [
      { path: 'index.html', html: '<a href="/work/">w</a><a href="/work/a/#result">a</a><link href="/_astro/site.css"><a href="https://x.example/">x</a><a href="mailto:a@b.example">m</a><a href="#top">t</a><h1 id="top">T</h1>' },
      { path: 'work/a/index.html', html: '<h2 id="result">R</h2><a href="../">up</a><a href="/rss.xml">feed</a>' },
    ];
    expect(findBrokenLinks(pages, exists)).toEqual([]);
  });

  it('names the page and link of each broken one', () => {
    const pages = [{ path: 'work/index.html', html: '<a href="/work/missing/">m</a><a href="/work/a/#nowhere">n</a><img src="/img.png">' }];
    expect(findBrokenLinks(pages, exists)).toEqual([
      { page: 'work/index.html', href: '/work/missing/', reason: 'no such page or file' },
      { page: 'work/index.html', href: '/work/a/#nowhere', reason: 'no such anchor' },
      { page: 'work/index.html', href: '/img.png', reason: 'no such page or file' },
    ]);
  });

  it('treats links that escape the base path as broken when the site lives in a sub-folder', () => {
    const pages = [{ path: 'index.html', html: '<a href="/portfolio/work/">ok</a><a href="/work/">escapes</a>' }];
    expect(findBrokenLinks(pages, exists, '/portfolio/')).toEqual([{ page: 'index.html', href: '/work/', reason: 'no such page or file' }]);
  });
});
