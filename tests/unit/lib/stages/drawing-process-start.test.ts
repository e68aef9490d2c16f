import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { ImageCache } from '../../../../src/lib/render/cards/cache.ts';
import { loadFonts } from '../../../../src/lib/render/cards/fonts.ts';
import { drawsEveryImage, EarlyDrawingProcess } from '../../../../src/lib/stages/drawing-process-start.ts';
import { warmUp } from '../../../../src/lib/stages/drawing-warm-up.ts';
import { DrawingProcess } from '../../../../src/lib/stages/image-drawing.ts';
import { drawKnownImagesAhead } from '../../../../src/lib/stages/images.ts';
import { fixture } from '../render/cards/fixture.ts';
import { fixtureJobs, SITE } from './fixture-jobs.ts';

const temporary = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));

/** Every entry of a cache folder, by its path in it. */
function entriesOf(folder: string): Map<string, Buffer> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png'));
  return new Map(files.map((file) => [file, readFileSync(path.join(folder, file))]));
}

describe('drawsEveryImage', () => {
  it('says a build draws every image when its image cache is missing or empty, and not once it holds an entry', () => {
    const folder = path.join(temporary('cairn-early-'), 'image-cache');
    expect(drawsEveryImage(folder)).toBe(true);
    mkdirSync(folder);
    expect(drawsEveryImage(folder)).toBe(true);
    mkdirSync(path.join(folder, 'ab'));
    expect(drawsEveryImage(folder)).toBe(false);
  });

  it('leaves a cache path that is not a folder to the images stage to report, rather than failing here', () => {
    const file = path.join(temporary('cairn-early-'), 'image-cache');
    writeFileSync(file, 'not a folder');
    expect(drawsEveryImage(file)).toBe(false);
  });
});

describe('warmUp', () => {
  it('draws every made-up page image it is asked for, so none stops the warm-up early with a problem', async () => {
    expect(await warmUp(loadFonts(), () => false, 14)).toBe(14);
  });

  it('stops as soon as it is told to', async () => {
    let drawn = 0;
    expect(await warmUp(loadFonts(), () => drawn++ >= 2)).toBe(2);
  });
});

describe('EarlyDrawingProcess', () => {
  it('draws the jobs it is later given into the cache, byte for byte as a process started for them', async () => {
    const list = fixtureJobs();
    const fresh = new ImageCache(temporary('cairn-early-cache-'));
    await new DrawingProcess(list, fresh.folder).drawings();
    const early = new EarlyDrawingProcess();
    // Long enough to be warming up when the jobs come.
    await sleep(1500);
    const warmed = new ImageCache(temporary('cairn-early-cache-'));
    const drawings = await new DrawingProcess(list, warmed.folder, early).drawings();

    expect(drawings.size).toBe(list.length);
    const expected = entriesOf(fresh.folder);
    const drawn = entriesOf(warmed.folder);
    // Nothing of the warm-up reaches the cache.
    expect([...drawn.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [file, bytes] of expected) expect(drawn.get(file)!.equals(bytes), file).toBe(true);
  });

  it('is stopped when the cache already has every page image', async () => {
    const { model } = fixture();
    const cache = new ImageCache(temporary('cairn-early-cache-'));
    await drawKnownImagesAhead({ model, siteUrl: SITE, cache })!.drawings();
    const early = new EarlyDrawingProcess();
    const ended = new Promise((resolve) => early.child.once('exit', (_code, signal) => resolve(signal)));

    expect(drawKnownImagesAhead({ model, siteUrl: SITE, cache, started: early })).toBeUndefined();
    await expect(ended).resolves.toBe('SIGTERM');
  });
});
