import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { localized, singleLine } from '../../../src/schemas/common.ts';
import { ProfileSchema } from '../../../src/schemas/profile.ts';

const Entry = z.strictObject({ title: localized(singleLine('a title', 12)) });
const messages = (input: unknown) => {
  const result = Entry.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('localized fields', () => {
  it('accept plain text or text per language', () => {
    expect(Entry.parse({ title: 'Hello' }).title).toBe('Hello');
    expect(Entry.parse({ title: { en: 'Hello', de: 'Hallo' } }).title).toEqual({ en: 'Hello', de: 'Hallo' });
  });

  it('hold each translation to the same rules as the original', () => {
    expect(messages({ title: { en: 'Hello', de: 'Hallo, schöne Welt' } })).toEqual(['title.de: is 18 characters; keep it to 12 or fewer']);
    expect(messages({ title: 'Hello, wide world' })).toEqual(['title: is 17 characters; keep it to 12 or fewer']);
  });

  it('name a key that is not a language code, with its canonical spelling when there is one', () => {
    expect(messages({ title: { EN: 'Hello', 'x y': 'Hallo' } })).toEqual([
      'title.EN: "EN" as a language key: write the language code as en',
      'title.x y: "x y" as a language key: is not a language code: use a BCP 47 tag such as en, de or pt-BR',
    ]);
    expect(messages({ title: {} })).toEqual(['title: must give the text in at least one language, e.g. { en: "…", de: "…" }']);
  });
});

describe('profile languages', () => {
  const profile = { name: 'Ada', headline: 'Engineer', valueProposition: 'I make things fast.', site: 'https://ada.example' };

  it('default to English alone', () => {
    expect(ProfileSchema.parse(profile).languages).toEqual(['en']);
  });

  it('refuse duplicates, an empty list and malformed codes', () => {
    const issues = (languages: unknown) => ProfileSchema.safeParse({ ...profile, languages }).error?.issues.map((issue) => issue.message);
    expect(issues(['en', 'de', 'en'])).toEqual(['lists a language twice']);
    expect(issues([])).toEqual(['must name at least one language, e.g. [en]']);
    expect(issues(['en', 'de_DE'])).toEqual(['is not a language code: use a BCP 47 tag such as en, de or pt-BR']);
    expect(issues(['en', 'pt-br'])).toEqual(['write the language code as pt-BR']);
  });
});
