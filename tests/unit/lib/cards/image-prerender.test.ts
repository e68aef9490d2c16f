import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startImagePrerender } from '../../../../src/lib/cards/image-prerender.ts';
import { minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';
import { SITE } from './fixture.ts';

const saved = { content: process.env['CAIRN_CONTENT_DIR'], cache: process.env['CAIRN_IMAGE_CACHE'] };
afterEach(() => {
  for (const [name, value] of [['CAIRN_CONTENT_DIR', saved.content], ['CAIRN_IMAGE_CACHE', saved.cache]] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

/** The worker reads the content folder and the cache folder the build uses, from the environment it starts with. */
function useFolders(files: Record<string, string>): string {
  process.env['CAIRN_CONTENT_DIR'] = writeContentFolder(files);
  const cache = mkdtempSync(path.join(os.tmpdir(), 'cairn-prerender-cache-'));
  process.env['CAIRN_IMAGE_CACHE'] = cache;
  return cache;
}

describe('startImagePrerender', () => {
  it('draws the content’s images on a worker thread and answers with each one it made', async () => {
    const cache = useFolders(minimalContent());
    const made = await startImagePrerender(SITE)!.finished();
    expect(made.size).toBeGreaterThan(1);
    expect(readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png'))).toHaveLength(made.size);
  });

  it('draws nothing more once asked to stop', async () => {
    const cache = useFolders(minimalContent());
    const prerender = startImagePrerender(SITE)!;
    // Asked before the worker has even read the content: it never starts an image.
    prerender.stop();
    expect((await prerender.finished()).size).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('answers with nothing, rather than failing the build, when the content cannot be read', async () => {
    const files = minimalContent();
    files['profile.mdx'] = files['profile.mdx']!.replace(/^---\n/, '---\nnotAField: 1\n');
    const cache = useFolders(files);
    expect((await startImagePrerender(SITE)!.finished()).size).toBe(0);
    expect(readdirSync(cache)).toEqual([]);
  });
});
