import { contentCollectionParts } from './integrations/content-collection-parts.ts';

/**
 * Cairn's content collections (src/integrations/content-collections.ts), defined by the `cairn()`
 * integration and handed over here, so this file imports nothing else for Vite to load.
 */
export const collections = contentCollectionParts().collections;
