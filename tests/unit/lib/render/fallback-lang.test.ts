import { describe, expect, it } from 'vitest';
import { fallbackLang } from '../../../../src/lib/render/fallback-lang.ts';

const entry = { untranslated: ['title', 'impact.0.label'] };

describe('fallbackLang', () => {
  it('gives an untranslated field the default language, and its direction on a page written the other way', () => {
    expect(fallbackLang(entry, 'title', { language: 'de', languages: ['en', 'de'] })).toEqual({ lang: 'en' });
    expect(fallbackLang(entry, 'impact.0.label', { language: 'ar', languages: ['en', 'ar'] })).toEqual({ lang: 'en', dir: 'ltr' });
    expect(fallbackLang(entry, 'title', { language: 'en', languages: ['ar', 'en'] })).toEqual({ lang: 'ar', dir: 'rtl' });
  });

  it('gives nothing to a translated field, or on a page in the default language', () => {
    expect(fallbackLang(entry, 'bullet', { language: 'de', languages: ['en', 'de'] })).toEqual({});
    expect(fallbackLang({}, 'title', { language: 'de', languages: ['en', 'de'] })).toEqual({});
    expect(fallbackLang(entry, 'title', { language: 'en', languages: ['en', 'de'] })).toEqual({});
  });
});
