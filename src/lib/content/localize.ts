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
  /** Whether the field was written with a text per language (and lacks this one), rather than as one plain text. */
  perLanguage: boolean;
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

/** Fields that read the same in every language when written once (a unit: ms, %, £k/yr); written per language, each language needs its own. */
const NEUTRAL_WHEN_WRITTEN_ONCE = new Set(['unit']);

/** Whether a field written as `value` has a text for every language: a per-language field lists them; a plain unit serves all. */
export function neutralWhenWrittenOnce(path: readonly (string | number)[], value: unknown): boolean {
  return !isLocalized(value) && NEUTRAL_WHEN_WRITTEN_ONCE.has(String(path.at(-1)));
}

/** An entry's data with every localized field holding `language`'s text. */
export function resolveData<C extends CollectionName>(
  collection: C,
  data: RawEntryData<C>,
  language: string,
  defaultLanguage: string,
  onMissing?: (field: string, perLanguage: boolean) => string | void,
): EntryData<C> {
  let resolved: unknown = data;
  for (const field of localizedFields(collection)) {
    resolved = mapAt(resolved, field, (value, path) => {
      const { text, missing } = pickText(value, language, defaultLanguage);
      const mark = missing && !neutralWhenWrittenOnce(path, value) ? onMissing?.(path.join('.'), isLocalized(value)) : undefined;
      return typeof mark === 'string' ? marked(text, mark) : text;
    });
  }
  return resolved as EntryData<C>;
}

/** A fallback text with `mark` before it (each text of a list); other values as they are. */
function marked(value: unknown, mark: string): unknown {
  if (typeof value === 'string') return `${mark}${value}`;
  if (Array.isArray(value)) return value.map((item) => (typeof item === 'string' ? `${mark}${item}` : item));
  return value;
}

/**
 * Marks that trace fallback text through to an output: `FALLBACK_MARK` and one private-use
 * character standing for the fallback's index. Used only to find which fallbacks a document shows;
 * such content is never published.
 */
export const FALLBACK_MARK = '\uE000';
const MARK_BASE = 0xf0000;
const markFor = (index: number) => `${FALLBACK_MARK}${String.fromCodePoint(MARK_BASE + index)}`;

/** The indices of the fallbacks whose marks are in `text`. */
export function markedFallbacks(text: string): Set<number> {
  const found = new Set<number>();
  for (const match of text.matchAll(/\uE000(\p{Co})/gu)) found.add(match[1]!.codePointAt(0)! - MARK_BASE);
  return found;
}

/** The body in `language`: its translation when there is one, else the default language's. */
export function resolveBody(entry: { body?: string | undefined; bodies?: Readonly<Record<string, string>> | undefined }, language: string, defaultLanguage: string): { body: string | undefined; missing: boolean } {
  if (language === defaultLanguage) return { body: entry.body, missing: false };
  const translated = entry.bodies?.[language];
  if (translated !== undefined) return { body: translated, missing: false };
  return { body: entry.body, missing: (entry.body ?? '').trim().length > 0 };
}

function resolveEntries<C extends CollectionName>(collection: C, entries: readonly RawEntry<C>[], language: string, defaultLanguage: string, fallbacks: Fallback[], mark: boolean): Entry<C>[] {
  const record = (id: string, field: string, perLanguage: boolean): string | undefined => {
    fallbacks.push({ collection, id, field, language, perLanguage });
    return mark ? markFor(fallbacks.length - 1) : undefined;
  };
  return entries.map((entry) => {
    const before = fallbacks.length;
    const data = resolveData(collection, entry.data, language, defaultLanguage, (field, perLanguage) => record(entry.id, field, perLanguage));
    const resolved = resolveBody(entry, language, defaultLanguage);
    const body = resolved.missing ? `${record(entry.id, 'body', false) ?? ''}${resolved.body}` : resolved.body;
    // Pages mark these with the default language's `lang`, so screen readers and hyphenation treat them right.
    const untranslated = fallbacks.slice(before).map((fallback) => fallback.field);
    return { id: entry.id, data, ...(body === undefined ? {} : { body }), ...(untranslated.length > 0 ? { untranslated } : {}) };
  });
}

/**
 * The content in one language, ready for `buildModel`, and every field that fell back to the
 * default language. `language` defaults to the profile's default language. With `markFallbacks`
 * each fallback text starts with its mark (see `markedFallbacks`).
 */
export function localizeContent(raw: RawContentInput, language?: string, options: { markFallbacks?: boolean } = {}): { content: ContentInput; fallbacks: Fallback[]; languages: string[] } {
  const languages = publishedLanguages(raw.profile[0]);
  const defaultLanguage = languages[0]!;
  const target = language ?? defaultLanguage;
  const fallbacks: Fallback[] = [];
  const content = Object.fromEntries(
    COLLECTION_NAMES.map((collection) => [collection, resolveEntries(collection, raw[collection] as readonly RawEntry<typeof collection>[], target, defaultLanguage, fallbacks, options.markFallbacks ?? false)]),
  ) as unknown as ContentInput;
  return { content, fallbacks, languages };
}
