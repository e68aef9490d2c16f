import { ogImageFile } from './cards/og-images.ts';

/**
 * Internal links, always under the configured base path (`/` or e.g. `/portfolio/`) and with a
 * trailing slash on pages, so links hold when the site is deployed to a sub-folder.
 */
export function href(path: string): string {
  // Named in full so Vite puts the base in its place: reading the env object whole makes Astro copy
  // environment variables into this module, whose code then changed with the shell's `_`.
  const base: string = import.meta.env.BASE_URL;
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export const paths = {
  caseStudy: (id: string) => href(`work/${id}/`),
  tag: (tag: string) => href(`work/tags/${tag}/`),
  skill: (id: string) => href(`skills/${id}/`),
} as const;

/** The pages that have an Open Graph image of their own kind, by the id they are built from. */
const OG_PAGES = {
  home: () => '',
  caseStudy: (id: string) => `work/${id}/`,
  skill: (id: string) => `skills/${id}/`,
  resume: (id: string) => `resume/${id}/`,
} as const;

/**
 * A page's Open Graph image, e.g. `ogImagePath('resume', 'staff-sre')` → `/og/resume/staff-sre.png`.
 * The base layout already links each page's own image; pass this as its `ogImage` only to show
 * another page's image.
 */
export function ogImagePath(kind: keyof typeof OG_PAGES, id = ''): string {
  return href(ogImageFile(OG_PAGES[kind](id)));
}
