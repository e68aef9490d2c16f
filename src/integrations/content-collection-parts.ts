import type { COLLECTION_NAMES, CONTENT_TYPES } from '../schemas/index.ts';
import type { cairnLoader, translationsLoader } from './content-loader.ts';

/**
 * What src/content.config.ts takes from Cairn, its loaders and schemas, handed over by the
 * `cairn()` integration, which has Node load them once. Astro loads the content config through a
 * Vite server of its own on every build, which would transform the modules behind them (about 80)
 * anew each time; the integration's copies come from Node's compile cache. Like the build session,
 * they live on `globalThis` under a registered symbol, since the content config is a module graph
 * of its own.
 */
export interface ContentCollectionParts {
  readonly cairnLoader: typeof cairnLoader;
  readonly translationsLoader: typeof translationsLoader;
  readonly CONTENT_TYPES: typeof CONTENT_TYPES;
  readonly COLLECTION_NAMES: typeof COLLECTION_NAMES;
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
