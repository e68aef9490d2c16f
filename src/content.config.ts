import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { contentCollectionParts } from './integrations/content-collection-parts.ts';
import type { SiteCollectionName } from './schemas/index.ts';

/**
 * The collections Astro renders bodies from: every content type whose row in CONTENT_TYPES says
 * `collection: true`. Their entries come from Cairn's one read of the content (content-loader.ts),
 * already checked against these same schemas. The loaders and schemas are the integration's own
 * (content-collection-parts.ts), so this file stays a few lines for Vite to load.
 */
const { cairnLoader, translationsLoader, CONTENT_TYPES, COLLECTION_NAMES } = contentCollectionParts();

const collection = <C extends SiteCollectionName>(name: C) => defineCollection({ loader: cairnLoader(name), schema: CONTENT_TYPES[name].schema });

const siteCollections = COLLECTION_NAMES.filter((name): name is SiteCollectionName => CONTENT_TYPES[name].collection);

export const collections = {
  ...(Object.fromEntries(siteCollections.map((name) => [name, collection(name)])) as { [C in SiteCollectionName]: ReturnType<typeof collection<C>> }),
  /** Translated bodies, with ids such as `accomplishments/2024-03-01-x.de` and `profile.de`. */
  translations: defineCollection({ loader: translationsLoader(), schema: z.object({}) }),
};
