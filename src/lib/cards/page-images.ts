import type { PageWithImage } from './site-images.ts';

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

/** `work/x/index.html` → `work/x/`; `404.html` → `404/`. */
export function pageOfFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
}

/**
 * The pages of a built site that link one of our Open Graph images (`og/…` under the site), with
 * their own title (the person's name taken off) and description, read from their meta tags.
 */
export function pagesWithImages(pages: readonly { file: string; html: string }[], siteUrl: string, personName: string): PageWithImage[] {
  return pages.flatMap(({ file, html }) => {
    const image = meta(html, 'og:image');
    if (!image || !image.startsWith(siteUrl)) return [];
    const relative = image.slice(siteUrl.length);
    if (!relative.startsWith('og/')) return [];
    const title = (meta(html, 'og:title') ?? personName).replace(` · ${personName}`, '');
    return [{ page: pageOfFile(file), image: relative, title, description: meta(html, 'og:description') ?? '' }];
  });
}
