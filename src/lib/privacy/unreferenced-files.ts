import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileLinks, uncachedFileLinks } from './file-links.ts';
import { guardReads, type GuardReads } from './guard-reads.ts';
import { mayNameFile } from './link-tokens.ts';

/**
 * Files of a built site that nothing published points to. Astro writes every asset a rendered
 * module imports, whether or not a page shows it; a file no page, feed or manifest names is how
 * an entry that was never meant to be published would still reach the host, unseen by a visitor
 * but served to anyone who guesses or lists its address.
 */

/** Files a host reads by name rather than by link. */
const HOST_FILES = new Set(['_headers', '_redirects', 'CNAME', '.nojekyll', 'robots.txt', 'favicon.ico', '404.html', 'sitemap-index.xml']);

/** Kinds whose text can name other files: pages, feeds, manifests, stylesheets, scripts. */
const REFERRING_EXTENSIONS = new Set(['.html', '.htm', '.xml', '.rss', '.webmanifest', '.json', '.css', '.js', '.mjs', '.svg', '.txt']);

/** A file in the site, as a path relative to its folder with `/` separators. */
type SitePath = string;

/**
 * Pages, host files, and the stylesheets and scripts Astro bundles from Cairn's own components:
 * those are written for every component, even one no page of this site uses (the resume page's
 * stylesheet and its fonts on a site without resumes), and no entry's text reaches them.
 */
function startsReachable(relative: SitePath): boolean {
  return /\.(html|css|js|mjs)$/.test(relative) || HOST_FILES.has(relative) || relative.startsWith('.well-known/');
}

/**
 * The site file a token names, if it names one: a path relative to the referring file, a path
 * from the root (under `base`), or a full address whose path is under `base`.
 */
function resolveToken(token: string, referrer: SitePath, base: string, files: ReadonlySet<SitePath>): SitePath | undefined {
  const address = token.replace(/&amp;/g, '&');
  let url: URL;
  try {
    url = new URL(address, `http://site.invalid${base}${referrer}`);
  } catch {
    return undefined;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return undefined;
  }
  if (!pathname.startsWith(base)) return undefined;
  const relative = pathname.slice(base.length);
  if (files.has(relative)) return relative;
  const page = `${relative.replace(/\/?$/, '/')}index.html`.replace(/^\//, '');
  return files.has(page) ? page : undefined;
}

export interface UnreferencedOptions {
  /** The base path the site is served under, `/` or e.g. `/career/`. */
  base: string;
  /** The project's public/ folder: what the person put there is published on purpose, linked or not. */
  publicFolder?: string | undefined;
  /** Files published on purpose at an address no page shows, e.g. a public cover letter you send as a link. */
  unlisted?: readonly SitePath[] | undefined;
  /** Where what each file links to is kept between checks (the PDF text cache), so a rebuild parses only changed files. */
  cacheFolder?: string | undefined;
  /** What the guard's other checks have read of the folder. */
  reads?: GuardReads | undefined;
}

/** Addresses that mean the same file from any page: from the root (`/…`, `//host/…`, `\\…`) or with a scheme and host. */
const FROM_ANY_PAGE = /^([/\\]|[a-z][a-z\d+.-]*:\/\/)/i;

/**
 * Every file of `siteFolder` that is neither a page, a bundled stylesheet or script, a file a host
 * reads by name or one published unlisted, nor named by any of them (directly or through a feed
 * or manifest they name).
 */
export function unreferencedFiles(siteFolder: string, options: UnreferencedOptions): SitePath[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const reads = options.reads ?? guardReads();
  const files = new Set(reads.filesIn(siteFolder).map((file) => path.relative(siteFolder, file).split(path.sep).join('/')));
  // A token is resolved only when its last segment is the name of some file: most words are not.
  const names = new Set([...files].map((file) => path.posix.basename(file)));
  const undotted = new Set([...names].filter((name) => !name.includes('.')));
  const links = options.cacheFolder ? fileLinks(options.cacheFolder, undotted, reads) : uncachedFileLinks(undotted);
  // Most pages name the same stylesheets, images and pages: each address is resolved once.
  const resolved = new Map<string, SitePath | undefined>();
  const targetOf = (token: string, referrer: SitePath) => {
    const key = FROM_ANY_PAGE.test(token) ? token : `${referrer}\0${token}`;
    if (!resolved.has(key)) resolved.set(key, resolveToken(token, referrer, base, files));
    return resolved.get(key);
  };
  const unlisted = new Set(options.unlisted ?? []);
  const reached = new Set([...files].filter((file) => startsReachable(file) || unlisted.has(file)));
  const queue = [...reached];
  while (queue.length > 0) {
    const referrer = queue.pop()!;
    if (!REFERRING_EXTENSIONS.has(path.posix.extname(referrer).toLowerCase())) continue;
    for (const token of links.of(path.join(siteFolder, referrer))) {
      if (!mayNameFile(token, names)) continue;
      const target = targetOf(token, referrer);
      if (target === undefined || reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  links.save();
  const publicFolder = options.publicFolder;
  return [...files].filter((file) => !reached.has(file) && !(publicFolder && existsSync(path.join(publicFolder, file)))).sort();
}
