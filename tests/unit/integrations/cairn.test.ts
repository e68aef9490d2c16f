import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { describe, expect, it, vi } from 'vitest';
import { cairn } from '../../../src/integrations/cairn.ts';
import { minimalContent, writeContentFolder } from '../../support/content-fixture.ts';

type Hook = (options: unknown) => Promise<void> | void;

const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn(), fork: () => logger, label: 'cairn', options: {} };

/** The images in a cache folder so far. */
const entries = (folder: string) => (existsSync(folder) ? readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).length : 0);

/**
 * Astro's first two hooks for Cairn, as `command` runs them, up to the point where a build syncs
 * its content; returns the image cache the drawing ahead would fill.
 */
async function setUpAndConfigure(command: 'dev' | 'build' | 'preview' | 'sync'): Promise<string> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-hooks-'));
  const imageCache = path.join(root, 'image-cache');
  const integrations: AstroIntegration[] = [];
  const integration = cairn({ contentDir: writeContentFolder(minimalContent()), astroCache: path.join(root, 'astro-cache'), imageCache });
  await (integration.hooks['astro:config:setup'] as Hook)({
    command,
    config: { root: pathToFileURL(`${root}/`), publicDir: pathToFileURL(`${root}/public/`), outDir: pathToFileURL(`${root}/dist/`) },
    updateConfig: (update: { integrations?: AstroIntegration[] }) => integrations.push(...(update.integrations ?? [])),
    addMiddleware: vi.fn(),
    logger,
  });
  const stages = integrations.find((candidate) => candidate.name === 'cairn:stages')!;
  await (stages.hooks['astro:config:done'] as Hook)({ config: { base: '/career/', site: 'https://someone.github.io' }, logger });
  return imageCache;
}

describe('cairn(): when the page images start being drawn', () => {
  it('starts drawing them as a build’s config is done, before Astro syncs its content and renders a page', async () => {
    const cache = await setUpAndConfigure('build');
    for (let waited = 0; entries(cache) === 0 && waited < 30_000; waited += 50) await sleep(50);
    expect(entries(cache)).toBeGreaterThan(0);
  }, 40_000);

  it('draws nothing for astro sync (and astro check), the dev server or the preview server', async () => {
    const caches = [];
    for (const command of ['sync', 'dev', 'preview'] as const) caches.push(await setUpAndConfigure(command));
    // A build's first image is in its cache within about a second.
    await sleep(3000);
    expect(caches.map(entries)).toEqual([0, 0, 0]);
  }, 40_000);
});
