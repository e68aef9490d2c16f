import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { contentDirectory } from '../lib/content/load-content.ts';
import { hasTranslationFiles, translationFileParts } from '../lib/content/translation-files.ts';
import { CONTENT_TYPES, type CollectionName } from '../schemas/index.ts';

/** Whether the content folder holds any file the collection's loader could read. */
function hasFilesFor(name: CollectionKey, contentDir: string): boolean {
  if (name === 'translations') return hasTranslationFiles(contentDir);
  const { folder } = CONTENT_TYPES[name as CollectionName];
  if (folder === '.') return true;
  const dir = path.join(contentDir, folder);
  return existsSync(dir) && readdirSync(dir).some((file) => file.endsWith('.mdx') && translationFileParts(file.slice(0, -'.mdx'.length)) === undefined);
}

/**
 * `getCollection`, without Astro's warning for a collection with no entries ("does not exist or is
 * empty. Please check your content config file for errors"): a person with no pitches, no learning
 * or no translations yet has nothing to fix, and has no content config file of their own to check.
 * Only a folder without a single file to read counts as empty; anything else is asked of Astro.
 */
export async function entriesOf<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return hasFilesFor(name, contentDirectory()) ? getCollection(name) : [];
}
