import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Translated bodies live beside their entry as `<id>.<lang>.mdx` (`story.mdx` → `story.de.mdx`,
 * `profile.mdx` → `profile.de.mdx`): the file holds only the body in that language, so nothing
 * about the entry is written twice. These helpers tell such a file from an entry.
 */

const TRANSLATION_NAME = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;

/** `2024-03-01-x.de` → `{ id: '2024-03-01-x', language: 'de' }`; an entry's own name → undefined. */
export function translationFileParts(baseName: string): { id: string; language: string } | undefined {
  const match = TRANSLATION_NAME.exec(baseName);
  return match ? { id: match[1]!, language: match[2]! } : undefined;
}

/** The glob that keeps translation files out of a collection's entries (Astro's loader and ours agree). */
export const TRANSLATION_FILE_GLOB = '*.*.mdx';

/** A translated body as read from disk, before it is matched to its entry. */
export interface TranslationFile {
  /** The file as shown in problems. */
  file: string;
  /** The file's absolute path. */
  absolute: string;
  /** The id of the entry it translates. */
  id: string;
  language: string;
  body: string;
  /** Frontmatter fields written in the file (translation files have none). */
  fields: string[];
  /** 1-based line of the first frontmatter field, when there is one. */
  line: number;
}

/** Whether a content folder holds any translation file (`profile.de.mdx` or `<folder>/<id>.<lang>.mdx`). */
export function hasTranslationFiles(contentDir: string): boolean {
  const isTranslation = (name: string) => name.endsWith('.mdx') && translationFileParts(name.slice(0, -'.mdx'.length)) !== undefined;
  if (!existsSync(contentDir)) return false;
  return readdirSync(contentDir, { withFileTypes: true }).some((item) =>
    item.isDirectory() ? readdirSync(path.join(contentDir, item.name)).some(isTranslation) : isTranslation(item.name),
  );
}
