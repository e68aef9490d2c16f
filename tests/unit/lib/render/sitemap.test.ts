import { describe, expect, it } from 'vitest';
import { sitemapLanguages } from '../../../../src/lib/render/sitemap.ts';
import { parseContentFile } from '../../../../src/lib/content/frontmatter.ts';

const profileWith = (languages: string) => parseContentFile(`---\nname: Ada\nheadline: Engineer\nsite: https://ada.example\n${languages}\n---\n`).data;

describe('sitemapLanguages', () => {
  it('lists every published language for the sitemap, the first as its default', () => {
    expect(sitemapLanguages(profileWith('languages: [en, de, ar]'))).toEqual({ i18n: { defaultLocale: 'en', locales: { en: 'en', de: 'de', ar: 'ar' } } });
  });

  it('leaves the option out for one language, none, or a list check will reject', () => {
    expect(sitemapLanguages(profileWith(''))).toEqual({});
    expect(sitemapLanguages(profileWith('languages: [en]'))).toEqual({});
    expect(sitemapLanguages(profileWith('languages: [en, "d e"]'))).toEqual({});
    expect(sitemapLanguages(undefined)).toEqual({});
  });
});
