import path from 'node:path';
import type { CollectionName } from '../../schemas/index.ts';
import type { LoadedContent, LoadedEntry } from './load-content.ts';
import type { Problem } from './problems.ts';
import { closestMatch, editDistance } from './similar.ts';
import { forEachAt, localizedFields } from './schema-fields.ts';
import { languageName } from './language-names.ts';
import { publishedLanguages } from './localize.ts';
import type { TranslationFile } from './translation-files.ts';

/**
 * Mistakes in translations that would otherwise vanish silently: text in a language the profile
 * does not publish (usually a typo such as `ge` for `de`), and translation files that translate
 * nothing. Each is an error, named with its file, line and a fix.
 */

/** `removal` says how to drop the text, the likelier fix after a language was taken out of the profile. */
function languageHint(written: string, languages: readonly string[], profileFile: string, removal: string): string {
  // Language codes are two or three letters: one letter off is a typo (`ge` for `de`), two is another language.
  const suggestion = languages.find((code) => editDistance(written.toLowerCase(), code.toLowerCase()) <= 1);
  const published = languages.map((code) => `${code} (${languageName(code)})`).join(', ');
  return suggestion
    ? `did you mean ${suggestion}? Published: ${published}`
    : `${removal} if you do not publish ${languageName(written)}; to publish it, add "${written}" to languages in ${profileFile}. Published: ${published}`;
}

/** Localized fields whose keys are not published languages. */
function unpublishedKeys(entry: LoadedEntry, languages: readonly string[], profileFile: string): Problem[] {
  const problems: Problem[] = [];
  for (const field of localizedFields(entry.collection)) {
    forEachAt(entry.raw, field, (value, at) => {
      if (value === null || typeof value !== 'object') return;
      for (const key of Object.keys(value)) {
        if (languages.includes(key)) continue;
        problems.push({
          file: entry.file,
          line: entry.lineOf([...at, key]),
          field: [...at, key].join('.'),
          message: `is text in "${key}", a language the profile does not publish`,
          received: (value as Record<string, unknown>)[key],
          hint: languageHint(key, languages, profileFile, `remove the "${key}" text`),
        });
      }
    });
  }
  return problems;
}

/**
 * Checks every translation file and attaches its body to its entry (`entry.bodies`); checks every
 * localized field's languages. Returns the problems found.
 */
export function attachTranslations(content: LoadedContent, files: Partial<Record<CollectionName, TranslationFile[]>>): Problem[] {
  const profile = content.profile[0];
  const languages = publishedLanguages(profile ? { data: profile.raw } : undefined);
  const [defaultLanguage] = languages;
  const profileFile = profile?.file ?? 'content/profile.mdx';
  // Without a readable profile the published languages are unknown: its own problems are reported,
  // and every German text of a bilingual person is not one more problem each.
  const languagesKnown = profile !== undefined;
  const problems: Problem[] = [];

  for (const [collection, translations] of Object.entries(files) as [CollectionName, TranslationFile[]][]) {
    const entries = content[collection] as LoadedEntry[];
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    for (const translation of translations) {
      const { file, id, language } = translation;
      const entry = byId.get(id);
      const entryName = `${id}.mdx`;
      if (!entry) {
        const suggestion = closestMatch(id, byId.keys());
        problems.push({
          file,
          message: `translates ${entryName}, which is not here (or has problems of its own)`,
          hint: suggestion ? `did you mean ${suggestion}.${language}.mdx?` : `a translation sits beside its entry, named <id>.<language>.mdx, e.g. ${path.basename(entries[0]?.file ?? 'story.mdx', '.mdx')}.${language}.mdx`,
        });
        continue;
      }
      if (language === defaultLanguage) {
        problems.push({ file, message: `is in the default language (${language}), whose text belongs in ${entryName} itself`, hint: `move its text into ${entryName} and delete this file` });
        continue;
      }
      if (languagesKnown && !languages.includes(language)) {
        problems.push({ file, message: `is a translation into "${language}", a language the profile does not publish`, hint: languageHint(language, languages, profileFile, 'delete this file') });
        continue;
      }
      if (translation.fields.length > 0) {
        problems.push({
          file,
          line: translation.line,
          field: translation.fields.join(', '),
          message: 'is frontmatter in a translation file, which holds only the translated body',
          hint: `give translated fields in ${entryName} per language, e.g. title: { ${defaultLanguage}: "…", ${language}: "…" }, and remove the frontmatter here`,
        });
        continue;
      }
      entry.bodies[language] = translation.body;
      entry.bodyFiles[language] = translation.absolute;
    }
  }

  if (!languagesKnown) return problems;
  for (const collection of Object.keys(content) as CollectionName[]) {
    for (const entry of content[collection] as LoadedEntry[]) problems.push(...unpublishedKeys(entry, languages, profileFile));
  }
  return problems;
}
