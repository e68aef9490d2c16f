import { rejectedEntryIds, type LoadedContent, type LoadedEntry } from './load-content.ts';
import type { Problem } from './problems.ts';
import { closestMatch } from './similar.ts';
import { publishedLanguages } from './localize.ts';

/**
 * Rules for cover letters beyond their schema. A letter takes its paper and design from the
 * resume variant it accompanies, so that variant must exist and be built: a misspelt id would
 * otherwise print the letter in nobody's design. And a letter needs its words: an empty body
 * would print a greeting and a signature with nothing between them.
 */
export function checkLetters(content: LoadedContent): Problem[] {
  const variants = new Map(content.resumes.map((entry) => [entry.id, entry]));
  return content.letters.flatMap((entry): Problem[] => {
    const empty: Problem[] = /\S/.test(entry.body.replace(/^\s*(import|export)\s.*$/gm, ''))
      ? []
      : [{ file: entry.file, field: 'body', message: 'the letter has no text', hint: 'write the letter in Markdown below the closing --- line' }];
    // A variant whose own file has problems exists: those problems are listed, the letter's reference is fine.
    const reference = rejectedEntryIds(content, 'resumes').has(entry.data.resume) ? [] : referenceProblems(entry, variants);
    return [...empty, ...reference, ...languageProblems(entry, content)];
  });
}

/** A letter is printed with the words, dates and letterhead of a language the site publishes. */
function languageProblems(entry: LoadedEntry<'letters'>, content: LoadedContent): Problem[] {
  const language = entry.data.language;
  const profile = content.profile[0];
  if (!language || !profile) return [];
  const languages = publishedLanguages({ data: profile.raw });
  if (languages.includes(language)) return [];
  return [{ file: entry.file, line: entry.lineOf(['language']), field: 'language', message: `is not one of the languages the profile publishes (${languages.join(', ')})`, received: language, hint: `write one of them, or add ${language} to languages in ${profile.file}` }];
}

function referenceProblems(entry: LoadedEntry<'letters'>, variants: ReadonlyMap<string, LoadedEntry<'resumes'>>): Problem[] {
  const id = entry.data.resume;
  const variant = variants.get(id);
  const where = { file: entry.file, line: entry.lineOf(['resume']), field: 'resume', received: id };
  if (!variant) {
    const suggestion = closestMatch(id, variants.keys());
    const known = [...variants.keys()].sort();
    return [
      {
        ...where,
        message: 'no resume variant with this id exists in content/resumes/',
        hint: suggestion ? `did you mean "${suggestion}"?` : known.length > 0 ? `use one of: ${known.slice(0, 8).join(', ')}` : 'add a resume variant in content/resumes/ for this letter to go with',
      },
    ];
  }
  if (variant.data.visibility === 'private') {
    return [{ ...where, message: `accompanies resume "${id}", which is private and never built`, hint: `set visibility: resume in ${variant.file} to build it for sending, or name another variant` }];
  }
  return [];
}
