import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import type { LoadedEntry } from '../lib/content/load-content.ts';
import { buildSession } from '../lib/stages/build-session.ts';
import { publishedContent } from '../lib/stages/published-content.ts';
import type { CollectionName } from '../schemas/index.ts';

/** Whether the build's content has anything for the collection: an entry, or for `translations` a translated body. */
function hasEntriesFor(name: CollectionKey): boolean {
  const content = publishedContent(buildSession().context().load.content);
  if (name === 'translations') return Object.values(content).some((entries) => (entries as readonly LoadedEntry[]).some((entry) => Object.keys(entry.bodyFiles).length > 0));
  return content[name as CollectionName].length > 0;
}

/**
 * `getCollection`, without Astro's warning for a collection with no entries ("does not exist or is
 * empty. Please check your content config file for errors"): a person with no pitches, no learning
 * or no translations yet has nothing to fix, and has no content config file of their own to check.
 */
export async function entriesOf<C extends CollectionKey>(name: C): Promise<CollectionEntry<C>[]> {
  return hasEntriesFor(name) ? getCollection(name) : [];
}
