import { describe, expect, it } from 'vitest';
import { FALLBACK_MARK, localizeContent, markedFallbacks, pickText, publishedLanguages, resolveBody, resolveData, type RawContentInput } from '../../../../src/lib/content/localize.ts';
import { buildModel } from '../../../../src/lib/model/model.ts';
import { AccomplishmentSchema } from '../../../../src/schemas/accomplishment.ts';
import { COLLECTION_NAMES } from '../../../../src/schemas/index.ts';
import { ProfileSchema } from '../../../../src/schemas/profile.ts';
import { RoleSchema } from '../../../../src/schemas/role.ts';

const accomplishment = AccomplishmentSchema.parse({
  title: { en: 'Cut checkout latency', de: 'Checkout-Latenz gesenkt' },
  date: '2024-03-01',
  role: 'acme',
  bullet: 'Cut checkout p99 latency from 800 to 90 ms.',
  impact: [{ label: { en: 'p99 latency', de: 'p99-Latenz' }, from: 800, to: 90, unit: 'ms' }, { label: 'error rate', to: 1, unit: '%' }],
});

function content(languages: string[]): RawContentInput {
  const empty = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as RawContentInput;
  return {
    ...empty,
    profile: [{ id: 'profile', data: ProfileSchema.parse({ name: 'Ada', headline: { en: 'Engineer', de: 'Ingenieurin' }, valueProposition: 'I make things fast.', site: 'https://ada.example', languages }), body: 'About me.', bodies: { de: 'Über mich.' } }],
    roles: [{ id: 'acme', data: RoleSchema.parse({ organisation: 'Acme', title: 'Engineer', start: '2020-01', summary: 'Platform work.' }) }],
    accomplishments: [{ id: '2024-03-01-checkout', data: accomplishment, body: 'The story.' }],
  };
}

describe('pickText', () => {
  it('reads plain text as the default language and reports it missing in any other', () => {
    expect(pickText('Hello', 'en', 'en')).toEqual({ text: 'Hello', missing: false });
    expect(pickText('Hello', 'de', 'en')).toEqual({ text: 'Hello', missing: true });
  });

  it('takes the language asked for, else the default language, else the first written', () => {
    const text = { en: 'Hello', de: 'Hallo' } as never;
    expect(pickText(text, 'de', 'en')).toEqual({ text: 'Hallo', missing: false });
    expect(pickText(text, 'ar', 'en')).toEqual({ text: 'Hello', missing: true });
    expect(pickText({ de: 'Hallo' } as never, 'en', 'en')).toEqual({ text: 'Hallo', missing: true });
  });
});

describe('resolveData', () => {
  it('turns every localized field, nested ones in lists too, into one language and names each fallback', () => {
    const missing: string[] = [];
    const german = resolveData('accomplishments', accomplishment, 'de', 'en', (field) => {
      missing.push(field);
    });
    expect(german.title).toBe('Checkout-Latenz gesenkt');
    expect(german.impact.map((impact) => impact.label)).toEqual(['p99-Latenz', 'error rate']);
    expect(german.bullet).toBe('Cut checkout p99 latency from 800 to 90 ms.');
    expect(missing).toEqual(['bullet', 'impact.1.label']);
  });

  it('leaves ids, dates, numbers and enumerations as they are', () => {
    const english = resolveData('accomplishments', accomplishment, 'en', 'en');
    expect(english).toMatchObject({ date: '2024-03-01', role: 'acme', visibility: 'public', featured: false });
    expect(english.impact[0]).toMatchObject({ from: 800, to: 90, unit: 'ms' });
  });
});

describe('resolveBody', () => {
  it('uses the translated body, or the default one with a fallback when the body has text', () => {
    expect(resolveBody({ body: 'Story.', bodies: { de: 'Geschichte.' } }, 'de', 'en')).toEqual({ body: 'Geschichte.', missing: false });
    expect(resolveBody({ body: 'Story.' }, 'de', 'en')).toEqual({ body: 'Story.', missing: true });
    expect(resolveBody({ body: '\n' }, 'de', 'en')).toEqual({ body: '\n', missing: false });
  });
});

describe('localizeContent', () => {
  it('resolves a whole content set to one language and lists what fell back', () => {
    const { content: german, fallbacks, languages } = localizeContent(content(['en', 'de']), 'de');
    expect(languages).toEqual(['en', 'de']);
    expect(german.profile[0]!.data.headline).toBe('Ingenieurin');
    expect(german.profile[0]!.body).toBe('Über mich.');
    expect(german.accomplishments[0]!.data.title).toBe('Checkout-Latenz gesenkt');
    expect(fallbacks).toContainEqual({ collection: 'accomplishments', id: '2024-03-01-checkout', field: 'body', language: 'de', perLanguage: false });
    expect(fallbacks).toContainEqual({ collection: 'roles', id: 'acme', field: 'title', language: 'de', perLanguage: false });
    expect(fallbacks.filter((fallback) => fallback.collection === 'profile').map((fallback) => fallback.field)).toEqual(['valueProposition']);
  });

  it('defaults to the profile’s first language, with nothing falling back', () => {
    const { content: english, fallbacks } = localizeContent(content(['en', 'de']));
    expect(english.profile[0]!.data.headline).toBe('Engineer');
    expect(fallbacks).toEqual([]);
    const model = buildModel(english);
    expect(model.language).toBe('en');
    expect(model.languages).toEqual(['en', 'de']);
  });
});

describe('publishedLanguages', () => {
  it('is English alone for a profile that names none', () => {
    expect(publishedLanguages(undefined)).toEqual(['en']);
    expect(publishedLanguages({ data: { languages: ['de', 'en'] } })).toEqual(['de', 'en']);
  });
});

describe('localizeContent with fallbacks marked', () => {
  it('starts each fallback text with a mark that names it, and leaves translated text as it is', () => {
    const { content: german, fallbacks } = localizeContent(content(['en', 'de']), 'de', { markFallbacks: true });
    const role = german.roles.find((entry) => entry.id === 'acme')!;
    const found = [...markedFallbacks(`${role.data.title} · ${german.profile[0]!.data.headline}`)].map((index) => fallbacks[index]);
    expect(found).toEqual([{ collection: 'roles', id: 'acme', field: 'title', language: 'de', perLanguage: false }]);
    expect(german.profile[0]!.data.headline).not.toContain(FALLBACK_MARK);
  });
});
