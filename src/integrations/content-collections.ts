import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { COLLECTION_NAMES, CONTENT_TYPES, type SiteCollectionName } from '../schemas/index.ts';
import { cairnLoader, translationsLoader } from './content-loader.ts';

// The entries' fields are not in Astro's store (content-loader.ts): the pages read them from Cairn's
// model. An empty schema says so to the types, so no page can read a field that would be missing.
const BODIES_ONLY = z.object({});

const collection = (name: SiteCollectionName) => defineCollection({ loader: cairnLoader(name), schema: BODIES_ONLY });

/**
 * The collections Astro renders bodies from: every content type whose row in CONTENT_TYPES says
 * `collection: true`. Their entries come from Cairn's one read of the content (content-loader.ts),
 * already checked against Cairn's schemas. Defined here, in the integration's module graph, and
 * handed to src/content.config.ts (content-collection-parts.ts): `defineCollection` from
 * `astro/content/config` is the one `astro:content` exports, without the rendering runtime that
 * importing `astro:content` would have Vite transform for the content config on every build.
 */
export function siteCollections() {
  const names = COLLECTION_NAMES.filter((name): name is SiteCollectionName => CONTENT_TYPES[name].collection);
  return {
    ...(Object.fromEntries(names.map((name) => [name, collection(name)])) as { [C in SiteCollectionName]: ReturnType<typeof collection> }),
    /** Translated bodies, with ids such as `accomplishments/2024-03-01-x.de` and `profile.de`. */
    translations: defineCollection({ loader: translationsLoader(), schema: BODIES_ONLY }),
  };
}
