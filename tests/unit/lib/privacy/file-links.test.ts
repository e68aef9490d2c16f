import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSealed, writeSealed } from '../../../../src/lib/build/sealed-file.ts';
import { unreferencedFiles } from '../../../../src/lib/privacy/unreferenced-files.ts';

/** A built site from `files` (path → text), in a fresh folder, and a cache folder beside it. */
function scratch(files: Record<string, string>) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-file-links-'));
  const site = path.join(root, 'dist');
  write(site, files);
  return { site, cache: path.join(root, 'cache') };
}

function write(site: string, files: Record<string, string>): void {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(site, name)), { recursive: true });
    writeFileSync(path.join(site, name), text);
  }
}

const uncached = (site: string) => unreferencedFiles(site, { base: '/' });
const cached = (site: string, cache: string) => unreferencedFiles(site, { base: '/', cacheFolder: cache });

const SITE = {
  'index.html': '<link rel="stylesheet" href="/_astro/Base.css"><img src="/_astro/team.webp"><a href="work/">work</a>',
  'work/index.html': '<a href="../contact.vcf">card</a><img srcset="/_astro/a.webp 1x, /_astro/a%402x.webp 2x">',
  '_astro/Base.css': '@font-face{src:url(./inter.woff2)}',
  '_astro/inter.woff2': 'font',
  '_astro/team.webp': 'image',
  '_astro/a.webp': 'image',
  '_astro/a@2x.webp': 'image',
  '_astro/whiteboard.jpg': 'image',
  'contact.vcf': 'card',
};

/**
 * The check as it was before it kept anything: every token of every page, against every file name.
 * The cached check must give this answer whatever the record holds.
 */
function fullParse(siteFolder: string): string[] {
  const walk = (folder: string): string[] => readdirSync(folder, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? walk(path.join(folder, item.name)) : [path.join(folder, item.name)]));
  const files = new Set(walk(siteFolder).map((file) => path.relative(siteFolder, file).split(path.sep).join('/')));
  const names = new Set([...files].map((file) => path.posix.basename(file)));
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  };
  const resolve = (token: string, referrer: string) => {
    let url: URL;
    try {
      url = new URL(token.replace(/&amp;/g, '&'), `http://site.invalid/${referrer}`);
    } catch {
      return undefined;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return undefined;
    }
    const relative = pathname.slice(1);
    if (files.has(relative)) return relative;
    const page = `${relative.replace(/\/?$/, '/')}index.html`.replace(/^\//, '');
    return files.has(page) ? page : undefined;
  };
  const reached = new Set([...files].filter((file) => /\.(html|css|js|mjs)$/.test(file) || file === '_headers'));
  const queue = [...reached];
  while (queue.length > 0) {
    const referrer = queue.pop()!;
    if (!/\.(html|htm|xml|rss|webmanifest|json|css|js|mjs|svg|txt)$/i.test(referrer)) continue;
    for (const token of readFileSync(path.join(siteFolder, referrer), 'utf8').split(/[\s"'`<>(),;]+|&quot;|&#39;|&#x27;/)) {
      const bare = token.replace(/[?#].*$/, '');
      const last = bare.slice(bare.lastIndexOf('/') + 1);
      if (last !== '' && !names.has(last) && !names.has(decode(last))) continue;
      if (last === '' && !bare.includes('/')) continue;
      const target = resolve(token, referrer);
      if (target === undefined || reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return [...files].filter((file) => !reached.has(file)).sort();
}

describe('the unlinked-files check with what each file links to kept between builds', () => {
  it('gives the same answer as a check that parses every file, on the first build and the next', () => {
    const { site, cache } = scratch(SITE);
    expect(uncached(site)).toEqual(['_astro/whiteboard.jpg']);
    expect(cached(site, cache)).toEqual(['_astro/whiteboard.jpg']);
    expect(cached(site, cache)).toEqual(['_astro/whiteboard.jpg']);
  });

  it('reads a page again when its bytes changed: a link it drops or gains counts at once', () => {
    const { site, cache } = scratch(SITE);
    cached(site, cache);
    write(site, { 'index.html': SITE['index.html'].replace('/_astro/team.webp', '/_astro/whiteboard.jpg') });
    expect(cached(site, cache)).toEqual(['_astro/team.webp']);
    expect(uncached(site)).toEqual(['_astro/team.webp']);
  });

  it('follows a link an unchanged page kept to a file that exists only now', () => {
    const { site, cache } = scratch({ 'index.html': '<img src="/_astro/later.webp"><a href="/docs/">docs</a>' });
    expect(cached(site, cache)).toEqual([]);
    write(site, { '_astro/later.webp': 'image', 'docs/index.html': '<p>docs</p>' });
    expect(cached(site, cache)).toEqual([]);
  });

  it('follows a link to a new file whose name has no dot, which the kept links could not have looked for', () => {
    const { site, cache } = scratch({ 'index.html': '<a href="/legal/LICENSE">licence</a> <a href="/legal/%4EOTICE">notice</a> <img src="/_astro/a%2Ewebp">' });
    cached(site, cache);
    write(site, { 'legal/LICENSE': 'MIT', 'legal/NOTICE': 'notice', 'legal/COPYING': 'gpl', '_astro/a.webp': 'image' });
    expect(cached(site, cache)).toEqual(['legal/COPYING']);
    expect(uncached(site)).toEqual(['legal/COPYING']);
  });

  it('parses every file again when the record is corrupt, and keeps a good one for the next build', () => {
    const { site, cache } = scratch(SITE);
    cached(site, cache);
    const record = path.join(cache, 'file-links.json');
    const bytes = readFileSync(record);
    bytes[10] = bytes[10]! ^ 0x20;
    writeFileSync(record, bytes);
    expect(cached(site, cache)).toEqual(['_astro/whiteboard.jpg']);
    expect(readSealed(record).state).toBe('ok');
    writeFileSync(record, readFileSync(record).subarray(0, 100));
    expect(cached(site, cache)).toEqual(['_astro/whiteboard.jpg']);
  });

  it('ignores a sealed record of another shape', () => {
    const { site, cache } = scratch(SITE);
    mkdirSync(cache, { recursive: true });
    writeSealed(path.join(cache, 'file-links.json'), Buffer.from(JSON.stringify({ files: { nothing: [7] }, tokens: [] })));
    expect(cached(site, cache)).toEqual(['_astro/whiteboard.jpg']);
  });

  it('takes an unchanged file\'s links from the record rather than parsing it again', () => {
    const { site, cache } = scratch(SITE);
    cached(site, cache);
    // A record that says the home page names the whiteboard too: only a check that trusts it follows that.
    const record = path.join(cache, 'file-links.json');
    const read = readSealed(record);
    if (read.state !== 'ok') throw new Error(`the first check kept no record: ${read.state}`);
    const kept = JSON.parse(read.bytes.toString('utf8')) as { tokens: string[]; files: Record<string, number[]> };
    kept.tokens.push('/_astro/whiteboard.jpg');
    for (const places of Object.values(kept.files)) places.push(kept.tokens.length - 1);
    writeSealed(record, Buffer.from(JSON.stringify(kept)));
    expect(cached(site, cache)).toEqual([]);
  });

  it('matches a full parse on sites of every kind of address, before and after a change', () => {
    let state = 19;
    const next = () => {
      state = (state * 1103515245 + 12345) % 2147483648;
      return state / 2147483648;
    };
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const names = ['a.webp', 'b%20c.png', 'caf\u00e9.jpg', 'LICENSE', 'notes', 'x.css', 'index.html', 'feed.xml', 'q.svg'];
    const folders = ['', 'work/', 'work/one/', '_astro/', 'legal/'];
    const forms = (file: string, from: string) => [
      `/${file}`,
      `/${encodeURI(file)}`,
      `https://site.invalid/${file}?v=1#top`,
      `${path.posix.relative(path.posix.dirname(from), file) || '.'}`,
      `/${path.posix.dirname(file)}/`,
      `/${file}/`,
      `/${file.replace(/\.[a-z]+$/, '')}`,
      `/${file.replace('.', '%2E').replace('N', '%4E')}`,
      `${file}&amp;x`,
      '%E0%A4%A',
    ];
    for (let round = 0; round < 12; round++) {
      const files: Record<string, string> = {};
      const all = Array.from({ length: 14 }, () => `${pick(folders)}${pick(names)}`);
      for (const file of all) files[file] = '';
      const pages = Object.keys(files).filter((file) => /\.(html|css|xml|svg)$/.test(file));
      for (const page of [...pages, 'index.html']) files[page] = Array.from({ length: 8 }, () => pick(forms(pick(all), page))).join(pick([' ', '"', "'", ', ', '(', ';']));
      const { site, cache } = scratch(files);
      expect(cached(site, cache), `round ${round}`).toEqual(fullParse(site));
      const changed = pick(Object.keys(files));
      rmSync(path.join(site, pick(Object.keys(files))), { force: true });
      write(site, { [changed]: `${files[changed]} ${pick(forms(pick(all), changed))}`, [`${pick(folders)}${pick(names)}`]: `/${pick(all)}` });
      expect(cached(site, cache), `round ${round}, after a change`).toEqual(fullParse(site));
      expect(uncached(site), `round ${round}, uncached`).toEqual(fullParse(site));
    }
  });
});
