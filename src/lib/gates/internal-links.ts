/**
 * Internal links of a built site that lead nowhere: pages, assets and `#anchors`, checked over
 * the files themselves (no server), the way a static host would resolve them.
 */
export interface BrokenLink {
  /** The page that holds the link, relative to the site folder, e.g. `work/index.html`. */
  page: string;
  /** The link as written. */
  href: string;
  /** Why it is broken. */
  reason: 'no such page or file' | 'no such anchor';
}

export interface SitePage {
  /** Path relative to the site folder, e.g. `work/index.html`. */
  path: string;
  html: string;
}

const LINK_ATTRIBUTE = /\s(?:href|src|srcset)="([^"]*)"/g;
const ID_ATTRIBUTE = /\sid="([^"]+)"/g;

function decodeAttribute(value: string): string {
  return value.replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
}

/** The URL path a page is served at: `work/index.html` → `/work/`. */
function servedPath(page: string): string {
  return `/${page.replace(/(^|\/)index\.html$/, '$1')}`;
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID_ATTRIBUTE)].map((match) => decodeAttribute(match[1]!)));
}

/**
 * @param pages every HTML page of the site
 * @param fileExists whether a path (relative to the site folder) is a file of the site
 * @param base the base path the site is deployed under, e.g. `/` or `/portfolio/`
 */
export function findBrokenLinks(pages: readonly SitePage[], fileExists: (relative: string) => boolean, base = '/'): BrokenLink[] {
  const origin = 'http://site.invalid';
  const idsByPage = new Map(pages.map((page) => [page.path, idsOf(page.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${servedPath(page.path)}`, origin);
    const links = [...page.html.matchAll(LINK_ATTRIBUTE)].flatMap((match) =>
      match[0].includes('srcset') ? match[1]!.split(',').map((part) => part.trim().split(/\s+/)[0]!) : [match[1]!],
    );
    for (const raw of links) {
      const href = decodeAttribute(raw);
      // Other sites and other schemes are not ours to check offline.
      if (href === '' || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) continue;
      const target = new URL(href, pageUrl);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        broken.push({ page: page.path, href, reason: 'no such page or file' });
        continue;
      }
      const relative = decodeURIComponent(target.pathname.slice(base.length));
      const candidates = relative === '' || relative.endsWith('/') ? [`${relative}index.html`] : [relative, `${relative}/index.html`];
      const file = candidates.find(fileExists);
      if (!file) {
        broken.push({ page: page.path, href, reason: 'no such page or file' });
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsByPage.get(file)?.has(anchor)) {
        broken.push({ page: page.path, href, reason: 'no such anchor' });
      }
    }
  }
  return broken;
}
