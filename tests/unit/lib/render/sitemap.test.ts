import { describe, expect, it } from 'vitest';
import { sitemapLanguages } from '../../../../src/lib/render/sitemap.ts';
import { mdx, writeContentFolder } from '../../../support/content-fixture.ts';

const folderWith = (languages: string) => writeContentFolder({ 'profile.mdx': mdx(`name: Ada\nheadline: Engineer\nvalueProposition: I make things fast.\nsite: https://ada.example\n${languages}`) });

describe('sitemapLanguages', () => {
  it('lists every published language for the sitemap, the first as its default', () => {
    expect(sitemapLanguages(folderWith('languages: [en, de, ar]'))).toEqual({ i18n: { defaultLocale: 'en', locales: { en: 'en', de: 'de', ar: 'ar' } } });
  });

  it('leaves the option out for one language, none, or a list check will reject', () => {
    expect(sitemapLanguages(folderWith(''))).toEqual({});
    expect(sitemapLanguages(folderWith('languages: [en]'))).toEqual({});
    expect(sitemapLanguages(folderWith('languages: [en, "d e"]'))).toEqual({});
    expect(sitemapLanguages('/nonexistent/cairn-content')).toEqual({});
  });
});
