import type { LocalizedText } from '../../schemas/common.ts';
import { COLLECTION_NAMES, type CollectionName, type EntryData, type RawEntryData } from '../../schemas/index.ts';
import type { ContentInput, Entry } from './entry.ts';
import { localizedFields, mapAt } from './schema-fields.ts';

/**
 * Turns content as written (a field may hold one text per language; a body may have translated
 * siblings) into content in one language, so the model, selection, ranking, exports and pages
 * keep working on plain strings. What is missing in that language falls back to the default
 * language, and each fallback is recorded for the build's warning and `npm run check`.
 */

/** The language a profile without `languages` publishes in. */
export const DEFAULT_LANGUAGE = 'en';

/** An entry as written: localized fields unresolved, and its body's translations by language. */
export interface RawEntry<C extends CollectionName> {
  id: string;
  data: RawEntryData<C>;
  body?: string | undefined;
  /** The body in other languages (`<id>.<lang>.mdx`), keyed by language code. */
  bodies?: Readonly<Record<string, string>> | undefined;
}

export type RawContentInput = { [C in CollectionName]: readonly RawEntry<C>[] };

/** One field shown in the default language because it has no text in the language asked for. */
export interface Fallback {
  collection: CollectionName;
  id: string;
  /** Dotted path of the field (`impact.0.label`), or `body`. */
  field: string;
  /** The language asked for. */
  language: string;
}

/** The published languages, default first: the profile's `languages`, or just English. */
export function publishedLanguages(profile: { data: { languages?: readonly string[] } } | undefined): string[] {
  const languages = profile?.data.languages;
  return languages && languages.length > 0 ? [...languages] : [DEFAULT_LANGUAGE];
}

function isLocalized(value: unknown): value is LocalizedText<unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * One language's text of a field. Plain text is the default language's; from an object, the
 * language asked for, else the default language's, else the first one written. `missing` says
 * the language asked for had none.
 */
export function pickText<T>(value: T | LocalizedText<T>, language: string, defaultLanguage: string): { text: T; missing: boolean } {
  if (!isLocalized(value)) return { text: value as T, missing: language !== defaultLanguage };
  const values = value as Readonly<Record<string, T>>;
  const own = values[language];
  if (own !== undefined) return { text: own, missing: false };
  const fallback = values[defaultLanguage] ?? Object.values(values)[0];
  return { text: fallback as T, missing: true };
}

/** An entry's data with every localized field holding `language`'s text. */
export function resolveData<C extends CollectionName>(
  collection: C,
  data: RawEntryData<C>,
  language: string,
  defaultLanguage: string,
  onMissing?: (field: string) => void,
): EntryData<C> {
  let resolved: unknown = data;
  for (const field of localizedFields(collection)) {
    resolved = mapAt(resolved, field, (value, path) => {
      const { text, missing } = pickText(value, language, defaultLanguage);
      if (missing) onMissing?.(path.join('.'));
      return text;
    });
  }
  return resolved as EntryData<C>;
}

/** The body in `language`: its translation when there is one, else the default language's. */
export function resolveBody(entry: { body?: string | undefined; bodies?: Readonly<Record<string, string>> | undefined }, language: string, defaultLanguage: string): { body: string | undefined; missing: boolean } {
  if (language === defaultLanguage) return { body: entry.body, missing: false };
  const translated = entry.bodies?.[language];
  if (translated !== undefined) return { body: translated, missing: false };
  return { body: entry.body, missing: (entry.body ?? '').trim().length > 0 };
}

function resolveEntries<C extends CollectionName>(collection: C, entries: readonly RawEntry<C>[], language: string, defaultLanguage: string, fallbacks: Fallback[]): Entry<C>[] {
  return entries.map((entry) => {
    const data = resolveData(collection, entry.data, language, defaultLanguage, (field) => fallbacks.push({ collection, id: entry.id, field, language }));
    const { body, missing } = resolveBody(entry, language, defaultLanguage);
    if (missing) fallbacks.push({ collection, id: entry.id, field: 'body', language });
    return body === undefined ? { id: entry.id, data } : { id: entry.id, data, body };
  });
}

/**
 * The content in one language, ready for `buildModel`, and every field that fell back to the
 * default language. `language` defaults to the profile's default language.
 */
export function localizeContent(raw: RawContentInput, language?: string): { content: ContentInput; fallbacks: Fallback[]; languages: string[] } {
  const languages = publishedLanguages(raw.profile[0]);
  const defaultLanguage = languages[0]!;
  const target = language ?? defaultLanguage;
  const fallbacks: Fallback[] = [];
  const content = Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [collection, resolveEntries(collection, raw[collection] as readonly RawEntry<typeof collection>[], target, defaultLanguage, fallbacks)]),
  ) as unknown as ContentInput;
  return { content, fallbacks, languages };
}
