import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cairn } from '../../../src/integrations/cairn.ts';
import { contentCollectionParts } from '../../../src/integrations/content-collection-parts.ts';
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

/** Every module a file imports when it runs, packages and virtual modules included: `import type` left out. */
function runTimeImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)].map(([, specifier]) => specifier!);
}

describe('the content config’s collections', () => {
  const before = holder[PARTS];
  afterEach(() => {
    holder[PARTS] = before;
  });

  it('leave Vite one module of Cairn’s to load besides src/content.config.ts', () => {
    const files = [...loadedAtRunTime(path.join(SRC, 'content.config.ts'))].map((file) => path.relative(SRC, file));
    expect(files.sort()).toEqual(['content.config.ts', path.join('integrations', 'content-collection-parts.ts')]);
  });

  it('leave Vite no module of Astro’s to load: astro:content would bring its rendering runtime', () => {
    const files = [path.join(SRC, 'content.config.ts'), path.join(SRC, 'integrations', 'content-collection-parts.ts')];
    expect(files.flatMap(runTimeImports)).toEqual(['./integrations/content-collection-parts.ts']);
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
    const { collections } = contentCollectionParts();
    const siteNames = COLLECTION_NAMES.filter((name) => CONTENT_TYPES[name].collection);
    expect(Object.keys(collections).sort()).toEqual([...siteNames, 'translations'].sort());
    for (const name of siteNames) {
      const defined = collections[name as keyof typeof collections] as { type?: string; loader?: { name: string }; schema?: unknown };
      expect(defined.type).toBe('content_layer');
      expect(defined.loader?.name).toBe(`cairn:${name}`);
      // Bodies only: the fields live in Cairn's model, so the types offer no field to read.
      expect(Object.keys((defined.schema as { shape: object }).shape)).toEqual([]);
    }
    expect((collections.translations as { loader?: { name: string } }).loader?.name).toBe('cairn:translations');
  });

  it('are missing, with the fix named, when astro.config.mjs does not list cairn()', () => {
    delete holder[PARTS];
    expect(() => contentCollectionParts()).toThrow(/astro\.config\.mjs must list cairn\(\) in its integrations/);
  });
});
