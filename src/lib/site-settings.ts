import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContentFile } from './frontmatter.ts';

/**
 * Where the site will be published, read before Astro starts: `SITE_URL` when set, else the
 * profile's `site`. An unreadable profile falls back to a placeholder here; `npm run check` and
 * the content loader report the real problem with its line.
 */
export function publishedSiteUrl(contentDir: string): string {
  const fromEnvironment = process.env['SITE_URL'];
  if (fromEnvironment) return fromEnvironment;
  const profileFile = path.join(contentDir, 'profile.mdx');
  if (existsSync(profileFile)) {
    const site = parseContentFile(readFileSync(profileFile, 'utf8')).data['site'];
    if (typeof site === 'string' && URL.canParse(site)) return site;
  }
  return 'https://example.com';
}

/** The path the site lives under, e.g. `/portfolio/` for a project site on GitHub Pages. */
export function publishedBasePath(): string {
  const base = process.env['BASE_PATH'] ?? '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}
