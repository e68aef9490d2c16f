import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImageCache, pipelineFingerprint } from '../../../../src/lib/render/cards/cache.ts';
import { loadFonts } from '../../../../src/lib/render/cards/fonts.ts';
import { ogSpecs } from '../../../../src/lib/render/cards/og-images.ts';
import { DrawingProcess, pngKey, type DrawJob } from '../../../../src/lib/stages/image-drawing.ts';
import { fixture } from '../render/cards/fixture.ts';

const SITE = 'https://ada.example/';
const cacheFolder = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-drawing-cache-'));

/** The page images of the minimal persona, as jobs. */
function jobs(): DrawJob[] {
  const { model } = fixture();
  const fingerprint = pipelineFingerprint(loadFonts());
  return [...ogSpecs(model, SITE).values()].map((spec) => {
    const inputs = { inputs: { template: 'og' as const, spec }, title: spec.title.text, dpi: 72 };
    return { file: `og/${spec.page || 'index'}.png`, key: pngKey(fingerprint, inputs), ...inputs };
  });
}

describe('DrawingProcess', () => {
  it('draws every job into the cache under its key, in a process of its own', async () => {
    const list = jobs();
    const cache = new ImageCache(cacheFolder());
    const drawings = await new DrawingProcess(list, cache.folder).drawings();
    for (const job of list) {
      expect(drawings.get(job.key), job.file).toMatchObject({ timings: { total: expect.any(Number) } });
      expect(cache.read(job.key, 'png')).toMatchObject({ state: 'ok' });
    }
  });

  it('draws nothing the cache has, so two processes on one list from its two ends draw each image about once', async () => {
    const list = jobs();
    const cache = new ImageCache(cacheFolder());
    const [forwards, backwards] = await Promise.all([new DrawingProcess(list, cache.folder).drawings(), new DrawingProcess([...list].reverse(), cache.folder).drawings()]);
    expect(new Set([...forwards.keys(), ...backwards.keys()]).size).toBe(list.length);
    // Where they meet, both may have started the same image.
    expect(forwards.size + backwards.size).toBeLessThanOrEqual(list.length + 2);
    expect((await new DrawingProcess(list, cache.folder).drawings()).size).toBe(0);
  });

  it('fails its promise when stopped before it replied', async () => {
    const drawing = new DrawingProcess(jobs(), cacheFolder());
    drawing.stop();
    await expect(drawing.drawings()).rejects.toThrow(/ended before it replied/);
  });
});
