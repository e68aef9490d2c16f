import { isSiteAddress } from '../../schemas/common.ts';

/**
 * Settings the site needs before it builds, from the profile's frontmatter as written (the
 * reader's `profileFrontmatter`, there even when the profile failed its schema check).
 */
export type ProfileFrontmatter = Readonly<Record<string, unknown>> | undefined;

/** A text field of the profile; undefined when absent or not text. */
function profileText(profile: ProfileFrontmatter, field: string): string | undefined {
  const value = profile?.[field];
  return typeof value === 'string' ? value.trim() : undefined;
}

function profileSite(profile: ProfileFrontmatter): string | undefined {
  const site = profileText(profile, 'site');
  return site && isSiteAddress(site) ? site : undefined;
}

/** The profile's photo as written (a path under public/ or a web address), for the Content-Security-Policy. */
export function profilePhoto(profile: ProfileFrontmatter): string | undefined {
  return profileText(profile, 'photo') || undefined;
}

/** The `site` and `base` options, which win over the profile. */
export interface SiteOverrides {
  site?: string | undefined;
  base?: string | undefined;
}

/**
 * Where the site will be published, read before Astro starts: the `site` option (`SITE_URL`) when
 * set, else the profile's `site`. An unreadable profile falls back to a placeholder here;
 * `npm run check` and the content loader report the real problem with its line.
 */
export function publishedSiteUrl(profile: ProfileFrontmatter, overrides: SiteOverrides = {}): string {
  return overrides.site || profileSite(profile) || 'https://example.com';
}

/**
 * The path the site lives under, e.g. `/portfolio/` for a GitHub Pages project site: the `base`
 * option (`BASE_PATH`) when set, else the path of the site address
 * (`https://you.github.io/portfolio/` → `/portfolio/`).
 */
export function publishedBasePath(profile: ProfileFrontmatter, overrides: SiteOverrides = {}): string {
  const fromSite = new URL(publishedSiteUrl(profile, overrides)).pathname;
  const base = overrides.base || fromSite;
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
