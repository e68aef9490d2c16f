
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

function decodeAttribute(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function meta(html: string, property: string): string | undefined {
  const match = new RegExp(`<meta (?:property|name)="${property.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`).exec(html);
  return match ? decodeAttribute(match[1]!) : undefined;
}

/** A built page that links an Open Graph image, as read from its HTML. */
export interface PageWithImage {
  /** The page, relative to the site root, e.g. `work/x/`. */
  page: string;
  /** The image file it links, relative to the site root, e.g. `og/work/x.png`. */
  image: string;
  title: string;
  description: string;
}

/** `work/x/index.html` → `work/x/`; `404.html` → `404/`. */
export function pageOfFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
}

/**
 * The pages of a built site that link one of our Open Graph images (`og/…` under the site), with
 * their own title (the person's name taken off) and description, read from their meta tags.
 * Pages are read one at a time, so a site of thousands of pages is never held in memory at once.
 */
export function pagesWithImages(pages: Iterable<{ file: string; html: string }>, siteUrl: string, personName: string): PageWithImage[] {
  const found: PageWithImage[] = [];
  for (const { file, html } of pages) {
    const headEnd = html.indexOf('</head>');
    const head = headEnd < 0 ? html : html.slice(0, headEnd);
    const image = meta(head, 'og:image');
    if (!image || !image.startsWith(siteUrl)) continue;
    const relative = image.slice(siteUrl.length);
    if (!relative.startsWith('og/')) continue;
    const title = (meta(head, 'og:title') ?? personName).replace(` · ${personName}`, '');
    found.push({ page: pageOfFile(file), image: relative, title, description: meta(head, 'og:description') ?? '' });
  }
  return found;
}
