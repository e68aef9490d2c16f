import type { siteCollections } from './content-collections.ts';

/**
 * What src/content.config.ts takes from Cairn, its collections, handed over by the `cairn()`
 * integration, which has Node load and define them once. Astro loads the content config through a
 * Vite server of its own on every build, which would transform the modules behind them anew each
 * time: Cairn's loaders and schemas (about 80 modules) and, through `astro:content`, Astro's
 * rendering runtime (about 80 more, 0.6 s at 1,000 accomplishments). The integration's copies come
 * from Node's compile cache. Like the build session, they live on `globalThis` under a registered
 * symbol, since the content config is a module graph of its own.
 */
export interface ContentCollectionParts {
  readonly collections: ReturnType<typeof siteCollections>;
}

const PARTS = Symbol.for('cairn.content-collection-parts');
const holder = globalThis as { [PARTS]?: ContentCollectionParts };

/** Called by the integration as Astro sets it up, before the content config is loaded. */
export function handOverCollectionParts(parts: ContentCollectionParts): void {
  holder[PARTS] = parts;
}

/** The parts the integration handed over; without the integration there are none. */
export function contentCollectionParts(): ContentCollectionParts {
  const parts = holder[PARTS];
  if (!parts) throw new Error('Cairn has no content collections: astro.config.mjs must list cairn() in its integrations (see CONTRIBUTING.md).');
  return parts;
}
