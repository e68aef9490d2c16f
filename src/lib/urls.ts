/**
 * Internal links, always under the configured base path (`/` or e.g. `/portfolio/`) and with a
 * trailing slash on pages, so links hold when the site is deployed to a sub-folder.
 */
export function href(path: string): string {
  const base = (import.meta.env?.BASE_URL as string | undefined) ?? '/';
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\/+/, '')}`;
}

export const paths = {
  caseStudy: (id: string) => href(`work/${id}/`),
  tag: (tag: string) => href(`work/tags/${tag}/`),
  skill: (id: string) => href(`skills/${id}/`),
} as const;
