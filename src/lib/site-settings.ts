import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContentFile } from './frontmatter.ts';

function profileSite(contentDir: string): string | undefined {
  const profileFile = path.join(contentDir, 'profile.mdx');
  if (!existsSync(profileFile)) return undefined;
  const site = parseContentFile(readFileSync(profileFile, 'utf8')).data['site'];
  return typeof site === 'string' && URL.canParse(site) ? site : undefined;
}

/**
 * Where the site will be published, read before Astro starts: `SITE_URL` when set, else the
 * profile's `site`. An unreadable profile falls back to a placeholder here; `npm run check` and
 * the content loader report the real problem with its line.
 */
export function publishedSiteUrl(contentDir: string): string {
  return process.env['SITE_URL'] || profileSite(contentDir) || 'https://example.com';
}

/**
 * The path the site lives under, e.g. `/portfolio/` for a GitHub Pages project site: `BASE_PATH`
 * when set, else the path of the site address (`https://you.github.io/portfolio/` → `/portfolio/`).
 */
export function publishedBasePath(contentDir?: string): string {
  const fromSite = contentDir ? new URL(publishedSiteUrl(contentDir)).pathname : '/';
  const base = process.env['BASE_PATH'] || fromSite;
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
