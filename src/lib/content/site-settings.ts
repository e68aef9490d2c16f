import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContentFile } from './frontmatter.ts';

/** A text field of the profile, read before Astro starts; undefined when absent or unreadable. */
function profileText(contentDir: string, field: string): string | undefined {
  const profileFile = path.join(contentDir, 'profile.mdx');
  if (!existsSync(profileFile)) return undefined;
  const value = parseContentFile(readFileSync(profileFile, 'utf8')).data[field];
  return typeof value === 'string' ? value.trim() : undefined;
}

function profileSite(contentDir: string): string | undefined {
  const site = profileText(contentDir, 'site');
  return site && URL.canParse(site) ? site : undefined;
}

/** The profile's photo as written (a path under public/ or a web address), for the Content-Security-Policy. */
export function profilePhoto(contentDir: string): string | undefined {
  return profileText(contentDir, 'photo') || undefined;
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
