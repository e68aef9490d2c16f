import type { ProfileFrontmatter } from '../content/site-settings.ts';

/**
 * The sitemap's language alternates (@astrojs/sitemap's `i18n` option), read from the profile
 * before Astro starts, as the site address is: every page under `/<lang>/` is listed with its
 * versions in the other languages. One language needs none, so the option is left out.
 */
export function sitemapLanguages(profile: ProfileFrontmatter): { i18n?: { defaultLocale: string; locales: Record<string, string> } } {
  const written = profile?.['languages'];
  // A malformed list is reported by `npm run check`; the sitemap then simply has no alternates.
  if (!Array.isArray(written) || written.length < 2 || !written.every((code) => typeof code === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code))) return {};
  const languages = written as string[];
  return { i18n: { defaultLocale: languages[0]!, locales: Object.fromEntries(languages.map((code) => [code, code])) } };
}

/** A business card's short address (`<base>c/<slug>/`): a redirect, which a sitemap does not list. */
export function isShortCardPage(page: string, base: string): boolean {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return new URL(page).pathname.startsWith(`${prefix}c/`);
}
