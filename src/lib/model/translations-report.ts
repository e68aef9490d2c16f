import type { CollectionName } from '../../schemas/index.ts';
import type { LoadedContent, LoadedEntry } from '../content/load-content.ts';
import { isVisibleTo } from './visibility.ts';
import { languageName } from '../content/language-names.ts';
import { hasMessages } from './i18n/messages.ts';
import { forEachAt, localizedFields } from '../content/schema-fields.ts';
import { neutralWhenWrittenOnce, publishedLanguages } from '../content/localize.ts';

/**
 * What is not yet translated: for every published language besides the default, each entry that
 * is published somewhere (public or on resumes) and the fields and body that have no text in that
 * language. A missing translation is not an error: those pages show the default language's text.
 */

export interface MissingTranslation {
  file: string;
  language: string;
  /** Dotted field paths, and `body` for an untranslated body. */
  fields: string[];
}

/** Entries never published (private ones, goals, contacts, interviews) need no translation. */
const PUBLISHED_COLLECTIONS: readonly CollectionName[] = ['profile', 'roles', 'accomplishments', 'skills', 'education', 'learning', 'resumes', 'pitches'];

function missingIn(entry: LoadedEntry, language: string): string[] {
  const fields: string[] = [];
  for (const field of localizedFields(entry.collection)) {
    forEachAt(entry.raw, field, (value, at) => {
      if (neutralWhenWrittenOnce(at, value)) return;
      const has = value !== null && typeof value === 'object' && (value as Record<string, unknown>)[language] !== undefined;
      if (!has) fields.push(at.join('.'));
    });
  }
  if (entry.body.trim().length > 0 && entry.bodies[language] === undefined) fields.push('body');
  return fields;
}

export function missingTranslations(content: LoadedContent): MissingTranslation[] {
  const profile = content.profile[0];
  const [defaultLanguage, ...others] = publishedLanguages(profile ? { data: profile.raw } : undefined);
  if (others.length === 0 || defaultLanguage === undefined) return [];
  const missing: MissingTranslation[] = [];
  for (const language of others) {
    for (const collection of PUBLISHED_COLLECTIONS) {
      for (const entry of content[collection] as LoadedEntry[]) {
        const visibility = (entry.data as { visibility?: 'public' | 'resume' | 'private' }).visibility ?? 'public';
        if (!isVisibleTo(visibility, 'resume')) continue;
        const fields = missingIn(entry, language);
        if (fields.length > 0) missing.push({ file: entry.file, language, fields });
      }
    }
  }
  return missing;
}

/** `content/roles/acme.mdx  title, summary  have no "de" text: the German pages show the English text`. */
export function formatMissingTranslation(missing: MissingTranslation, defaultLanguage: string): string {
  const verb = missing.fields.length === 1 ? 'has' : 'have';
  return `${missing.file}  ${missing.fields.join(', ')}  ${verb} no "${missing.language}" text: the ${languageName(missing.language)} pages show the ${languageName(defaultLanguage)} text`;
}

/** The build's one line per language: `de: 37 fields in 12 files fall back to en; run npm run check for the list`. */
export function fallbackSummary(missing: readonly MissingTranslation[], defaultLanguage: string): string[] {
  const byLanguage = new Map<string, { fields: number; files: number }>();
  for (const item of missing) {
    const count = byLanguage.get(item.language) ?? { fields: 0, files: 0 };
    byLanguage.set(item.language, { fields: count.fields + item.fields.length, files: count.files + 1 });
  }
  return [...byLanguage].map(
    ([language, count]) =>
      `${language}: ${count.fields} field${count.fields === 1 ? '' : 's'} in ${count.files} file${count.files === 1 ? '' : 's'} fall${count.fields === 1 ? 's' : ''} back to ${defaultLanguage} (shown in ${languageName(defaultLanguage)}); run npm run check for the list`,
  );
}

/** One line per published language Cairn has no words for: its headings and labels print in English. */
export function missingMessageTables(languages: readonly string[]): string[] {
  return languages
    .filter((language) => !hasMessages(language))
    .map((language) => `${language}: Cairn has no headings and labels in ${languageName(language)} yet, so its pages and resumes print them in English (add a table in src/lib/model/i18n/tables/ and list it in messages.ts)`);
}
