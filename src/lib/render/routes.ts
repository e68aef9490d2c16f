import { href } from './urls.ts';

/**
 * Where each language's pages live: the default language at the site's root, as for a site in one
 * language (nothing moves when a second language is added), every other under `/<lang>/`.
 */

export interface LanguageContext {
  /** The page's language. */
  language: string;
  /** Every published language, the default first. */
  languages: readonly string[];
}

/** `work/` → `de/work/` for German when English is the default; unchanged for the default language. */
export function languagePath(context: LanguageContext, path: string): string {
  const clean = path.replace(/^\/+/, '');
  return context.language === context.languages[0] ? clean : `${context.language}/${clean}`;
}

/** An internal link in the page's language, under the base path. */
export function localHref(context: LanguageContext, path: string): string {
  return href(languagePath(context, path));
}

/** Links to the pages of one entry kind, in the page's language. */
export function localPaths(context: LanguageContext) {
  return {
    caseStudy: (id: string) => localHref(context, `work/${id}/`),
    tag: (tag: string) => localHref(context, `work/tags/${tag}/`),
    skill: (id: string) => localHref(context, `skills/${id}/`),
    project: (id: string) => localHref(context, `projects/${id}/`),
  };
}

/**
 * The page a path shows, without base path and language prefix: `/portfolio/de/work/x/` → `work/x/`.
 * The same page in another language is `languagePath(other, pageOf(…))`.
 */
export function pageOf(pathname: string, context: LanguageContext, base = '/'): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const relative = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  if (context.language === context.languages[0]) return relative;
  const own = `${context.language}/`;
  return relative.startsWith(own) ? relative.slice(own.length) : relative === context.language ? '' : relative;
}

/** The same page in every published language, default first: what `hreflang` links and the switcher offer. */
export function alternatePages(page: string, languages: readonly string[]): { language: string; path: string }[] {
  return languages.map((language) => ({ language, path: languagePath({ language, languages }, page) }));
}
