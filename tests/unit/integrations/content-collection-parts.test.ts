import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cairn } from '../../../src/integrations/cairn.ts';
import { contentCollectionParts } from '../../../src/integrations/content-collection-parts.ts';
import { cairnLoader, translationsLoader } from '../../../src/integrations/content-loader.ts';
import { COLLECTION_NAMES, CONTENT_TYPES } from '../../../src/schemas/index.ts';
import { minimalContent, writeContentFolder } from '../../support/content-fixture.ts';

const SRC = path.resolve(import.meta.dirname, '../../../src');
const PARTS = Symbol.for('cairn.content-collection-parts');
const holder = globalThis as Record<symbol, unknown>;
const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: () => logger, label: 'cairn', options: {} };

/** The files of src/ a module loads when it runs, itself included: relative imports that are not `import type`. */
function loadedAtRunTime(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  for (const [, specifier] of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"](\.{1,2}\/[^'"]+)['"]/gm)) {
    loadedAtRunTime(path.resolve(path.dirname(file), specifier!), seen);
  }
  return seen;
}

describe('the content config’s loaders and schemas', () => {
  const before = holder[PARTS];
  afterEach(() => {
    holder[PARTS] = before;
  });

  it('leave Vite one module of Cairn’s to load besides src/content.config.ts', () => {
    const files = [...loadedAtRunTime(path.join(SRC, 'content.config.ts'))].map((file) => path.relative(SRC, file));
    expect(files.sort()).toEqual(['content.config.ts', path.join('integrations', 'content-collection-parts.ts')]);
  });

  it('are the integration’s own, handed over as Astro sets it up', async () => {
    delete holder[PARTS];
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-parts-'));
    const integration = cairn({ contentDir: writeContentFolder(minimalContent()), astroCache: path.join(root, 'astro-cache'), imageCache: path.join(root, 'image-cache') });
    await (integration.hooks['astro:config:setup'] as (options: unknown) => Promise<void>)({
      command: 'sync',
      config: { root: pathToFileURL(`${root}/`), publicDir: pathToFileURL(`${root}/public/`) },
      updateConfig: vi.fn(),
      addMiddleware: vi.fn(),
      logger,
    });
    const parts = contentCollectionParts();
    expect(parts.CONTENT_TYPES).toBe(CONTENT_TYPES);
    expect(parts.COLLECTION_NAMES).toBe(COLLECTION_NAMES);
    expect(parts.cairnLoader).toBe(cairnLoader);
    expect(parts.translationsLoader).toBe(translationsLoader);
  });

  it('are missing, with the fix named, when astro.config.mjs does not list cairn()', () => {
    delete holder[PARTS];
    expect(() => contentCollectionParts()).toThrow(/astro\.config\.mjs must list cairn\(\) in its integrations/);
  });
});
