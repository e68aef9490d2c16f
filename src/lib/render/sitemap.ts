import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseContentFile } from '../content/frontmatter.ts';

/**
 * The sitemap's language alternates (@astrojs/sitemap's `i18n` option), read from the profile
 * before Astro starts, as the site address is: every page under `/<lang>/` is listed with its
 * versions in the other languages. One language needs none, so the option is left out.
 */
export function sitemapLanguages(contentDir: string): { i18n?: { defaultLocale: string; locales: Record<string, string> } } {
  const profileFile = path.join(contentDir, 'profile.mdx');
  if (!existsSync(profileFile)) return {};
  const written = parseContentFile(readFileSync(profileFile, 'utf8')).data['languages'];
  // A malformed list is reported by `npm run check`; the sitemap then simply has no alternates.
  if (!Array.isArray(written) || written.length < 2 || !written.every((code) => typeof code === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(code))) return {};
  const languages = written as string[];
  return { i18n: { defaultLocale: languages[0]!, locales: Object.fromEntries(languages.map((code) => [code, code])) } };
}
