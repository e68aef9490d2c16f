import { transliterate } from 'transliteration';

/** Long enough for a title's gist, short enough to read in a file list and a web address. */
export const MAX_SLUG_LENGTH = 60;

/**
 * A file-name slug from a title in any script: accents folded (`é` → `e`, `ß` → `ss`), Chinese,
 * Japanese, Korean, Cyrillic and Greek spelled in Latin letters (`性能` → `xing-neng`), emoji
 * dropped. Entry ids are ASCII (`lowercase-words-and-digits`) because they become web addresses
 * and references; transliteration keeps a non-Latin title readable within that rule.
 * Returns `fallback` when nothing readable is left (a title made only of emoji).
 */
export function titleSlug(title: string, fallback = 'entry', maxLength = MAX_SLUG_LENGTH): string {
  const words = transliterate(title.normalize('NFKC'), { unknown: ' ' })
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A single word longer than the limit is cut rather than lost.
  if (!slug && words[0]) slug = words[0].slice(0, maxLength);
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
