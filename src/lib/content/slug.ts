import { createRequire } from 'node:module';
import { eng as ENGLISH_STOPWORDS } from 'stopword';

/**
 * transliteration, loaded when a text first needs it: its tables take about 50 ms to load, and a
 * build needs them only to suggest a file name or name a card whose file name is not a slug already.
 */
let transliteration: typeof import('transliteration') | undefined;
const spelling = () => (transliteration ??= createRequire(import.meta.url)('transliteration') as typeof import('transliteration'));

/** Already what `asciiSlug` makes of it: lower-case ASCII words joined by single hyphens. */
const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case ASCII letters, digits and hyphens, from a name in any script (`Recruiter-Zürich` → `recruiter-zurich`). */
export function asciiSlug(text: string): string {
  return PLAIN_SLUG.test(text) ? text : spelling().slugify(text, { lowercase: true, separator: '-' });
}

/** Long enough for a title's gist, short enough to read in a file list and a web address. */
export const MAX_SLUG_LENGTH = 60;

/** Words a cut slug should not end on: English function words (`stopword`'s list), and `per`, `via`, `vs`. */
const TRAILING_WORDS = new Set([...ENGLISH_STOPWORDS, 'per', 'via', 'vs']);

/**
 * A file-name slug from a title in any script: accents folded (`é` → `e`, `ß` → `ss`), Chinese,
 * Japanese, Korean, Cyrillic and Greek spelled in Latin letters (`性能` → `xing-neng`), emoji
 * dropped. Entry ids are ASCII (`lowercase-words-and-digits`) because they become web addresses
 * and references; transliteration keeps a non-Latin title readable within that rule.
 * A title longer than `maxLength` is cut between words, never after a word like `for`, `a` or
 * `the`. Returns `fallback` when nothing readable is left (a title made only of emoji).
 */
export function titleSlug(title: string, fallback = 'entry', maxLength = MAX_SLUG_LENGTH): string {
  const words = spelling()
    .transliterate(title.normalize('NFKC'), { unknown: ' ' })
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > maxLength) break;
    kept.push(word);
  }
  // A slug cut short ends on a word that carries meaning: `…-for-a` reads as a sentence broken off.
  if (kept.length < words.length) while (kept.length > 1 && TRAILING_WORDS.has(kept[kept.length - 1]!)) kept.pop();
  // A single word longer than the limit is cut rather than lost.
  const slug = kept.join('-') || (words[0] ?? '').slice(0, maxLength);
  return slug || fallback;
}

/**
 * The id an entry named `text` would have, in any script: `titleSlug` without its length limit,
 * so a long name still matches the id written for it. `Crème brûlée` → `creme-brulee`,
 * `Ана Лима` → `ana-lima`, `数据库` → `shu-ju-ku`.
 */
export function entryIdFrom(text: string, fallback = 'entry'): string {
  return titleSlug(text, fallback, Number.POSITIVE_INFINITY);
}
