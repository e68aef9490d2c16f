import { readFileSync } from 'node:fs';
import { languageName } from '../../content/language-names.ts';
import type { LoadedContent, LoadedEntry } from '../../content/load-content.ts';
import { localizeContent, markedFallbacks, publishedLanguages } from '../../content/localize.ts';
import type { Problem } from '../../content/problems.ts';
import type { CollectionName } from '../../../schemas/index.ts';
import { loadedAsRaw } from '../../model/loaded-content.ts';
import { buildModel } from '../../model/model.ts';
import { selectResume } from '../../model/resume/selection.ts';
import { visibleContent } from '../../model/visibility.ts';
import { renderTextExports } from './exports.ts';
import { letterView } from '../../model/letter-view.ts';
import { letterText } from '../letters/text.ts';

/**
 * A resume goes to a recruiter as one document in one language: German headings over English
 * bullets read as careless. So a variant with `translation: complete` (the default) must have,
 * in every published language, a text of that language for everything it prints. Which texts it
 * prints is found by printing it: the content is localized with each fallback marked, the resume
 * is selected and written out as plain text (what an ATS reads, the same words as the PDF), and
 * every mark found names a field that fell back. A cover letter written in a language other than
 * the default is held to the same rule for what its letterhead takes from the profile and the
 * variant (the headline), and follows its variant's `translation` setting.
 */

/**
 * Fields that are sentences or headings of the person's own, in the language they are written in.
 * Names (a job title, a skill, a talk's or a certificate's title) are often the same in every
 * language and count as translated when written as one plain text; written per language, every
 * published language needs its own.
 */
const PROSE_FIELDS = new Set(['body', 'bullet', 'summary', 'headline', 'valueProposition', 'targetRole', 'description', 'category', 'highlights', 'label']);

const needsOwnText = (fallback: { field: string; perLanguage: boolean }) => fallback.perLanguage || PROSE_FIELDS.has(fallback.field.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? '');

interface Shown {
  collection: CollectionName;
  id: string;
  field: string;
  language: string;
  perLanguage: boolean;
  /** The resume variants that print it. */
  variants: Set<string>;
  /** The letters that print it, and the variants whose setting they follow. */
  letters: Map<string, string>;
}

/** The line of a field (`impact.0.label`, or `body`) in its file: the body's is its first line of text. */
function lineOfField(entry: LoadedEntry, field: string): number {
  if (field !== 'body') return entry.lineOf(field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)));
  const lines = readFileSync(entry.absolute, 'utf8').split(/\r?\n/);
  const closing = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (closing < 0) return 1;
  const text = lines.findIndex((line, index) => index > closing && line.trim() !== '');
  return (text > 0 ? text : closing + 1) + 1;
}

function hintFor(entry: LoadedEntry, field: string, language: string, variantFiles: string[]): string {
  const fix = field === 'body' ? `write the ${languageName(language)} text in ${entry.id}.${language}.mdx beside it` : `give it a ${languageName(language)} text, as ${field.split('.').pop()}: { …, ${language}: "…" }`;
  return `${fix}; or, to send ${variantFiles.length > 1 ? 'these resumes' : 'this resume'} with ${languageName(language)} headings over the default language's text, set translation: fallback in ${variantFiles.join(', ')}`;
}

/** `the German resume staff-sre and the letter acme print it`. */
function printedBy(language: string, resumes: string[], letters: string[]): string {
  const name = languageName(language);
  const parts = [
    ...(resumes.length > 0 ? [`the ${name} resume${resumes.length > 1 ? 's' : ''} ${resumes.join(', ')}`] : []),
    ...(letters.length > 0 ? [`the ${name} letter${letters.length > 1 ? 's' : ''} ${letters.join(', ')}`] : []),
  ];
  return `${parts.join(' and ')} print${resumes.length + letters.length > 1 ? '' : 's'} it`;
}

/** One problem per field a complete-translation resume or letter prints in the default language instead of its own. */
export function untranslatedResumeText(content: LoadedContent): Problem[] {
  const profile = content.profile[0];
  const [defaultLanguage, ...others] = publishedLanguages(profile ? { data: profile.raw } : undefined);
  if (!defaultLanguage || others.length === 0 || content.resumes.length === 0) return [];
  const fileOf = (collection: CollectionName, id: string) => (content[collection] as LoadedEntry[]).find((entry) => entry.id === id);
  const raw = loadedAsRaw(content);
  const shown = new Map<string, Shown>();
  for (const language of others) {
    const { content: localized, fallbacks } = localizeContent(raw, language, { markFallbacks: true });
    const model = buildModel(visibleContent(localized, 'resume'), { language });
    for (const variant of model.resumes) {
      if (variant.data.translation === 'fallback') continue;
      const printed = renderTextExports(selectResume(model, variant.id)).txt;
      for (const index of markedFallbacks(printed)) {
        const fallback = fallbacks[index];
        if (!fallback || !needsOwnText(fallback)) continue;
        const key = `${language}\u0000${fallback.collection}\u0000${fallback.id}\u0000${fallback.field}`;
        const entry = shown.get(key) ?? { ...fallback, variants: new Set<string>(), letters: new Map<string, string>() };
        entry.variants.add(variant.id);
        shown.set(key, entry);
      }
    }
    for (const letter of content.letters) {
      const variant = model.resumes.find((each) => each.id === letter.data.resume);
      if (letter.data.language !== language || !variant || variant.data.translation === 'fallback') continue;
      const printed = letterText(letterView(letter, model, variant, 'resume'));
      for (const index of markedFallbacks(printed)) {
        const fallback = fallbacks[index];
        if (!fallback || !needsOwnText(fallback)) continue;
        const key = `${language}\u0000${fallback.collection}\u0000${fallback.id}\u0000${fallback.field}`;
        const entry = shown.get(key) ?? { ...fallback, variants: new Set<string>(), letters: new Map<string, string>() };
        entry.letters.set(letter.id, variant.id);
        shown.set(key, entry);
      }
    }
  }
  return [...shown.values()].flatMap(({ collection, id, field, language, variants, letters }) => {
    const entry = fileOf(collection, id);
    if (!entry) return [];
    const ids = [...variants].sort();
    const letterIds = [...letters.keys()].sort();
    const settingFiles = [...new Set([...ids, ...letters.values()])].sort().map((variantId) => fileOf('resumes', variantId)?.file ?? variantId);
    return [{
      file: entry.file,
      line: lineOfField(entry, field),
      field,
      message: `has no ${languageName(language)} ("${language}") text, and ${printedBy(language, ids, letterIds)}`,
      hint: hintFor(entry, field, language, settingFiles),
    }];
  });
}
