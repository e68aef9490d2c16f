import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ImageCache, pipelineFingerprint } from '../../../../src/lib/render/cards/cache.ts';
import { loadFonts } from '../../../../src/lib/render/cards/fonts.ts';
import { DrawingProcess, FEW_IMAGES_LEFT, pngKey } from '../../../../src/lib/stages/image-drawing.ts';
import { fixtureJobs } from './fixture-jobs.ts';

const cacheFolder = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-drawing-cache-'));

/** The images in a cache folder so far. */
const entries = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.png')).length;

describe('DrawingProcess', () => {
  it('draws every job into the cache under its key, in a process of its own', async () => {
    const list = fixtureJobs();
    const cache = new ImageCache(cacheFolder());
    const drawings = await new DrawingProcess(list, cache.folder).drawings();
    for (const job of list) {
      expect(drawings.get(job.key), job.file).toMatchObject({ timings: { total: expect.any(Number) } });
      expect(cache.read(job.key, 'png')).toMatchObject({ state: 'ok' });
    }
  });

  it('draws nothing the cache has, so two processes on one list from its two ends draw each image about once', async () => {
    const list = fixtureJobs();
    const cache = new ImageCache(cacheFolder());
    const [forwards, backwards] = await Promise.all([new DrawingProcess(list, cache.folder).drawings(), new DrawingProcess([...list].reverse(), cache.folder).drawings()]);
    expect(new Set([...forwards.keys(), ...backwards.keys()]).size).toBe(list.length);
    // Where they meet, both may have started the same image.
    expect(forwards.size + backwards.size).toBeLessThanOrEqual(list.length + 2);
    expect((await new DrawingProcess(list, cache.folder).drawings()).size).toBe(0);
  });

  it('draws jobs it is given while drawing after its own, and counts what it has left', async () => {
    const [first, ...rest] = fixtureJobs();
    const cache = new ImageCache(cacheFolder());
    const drawing = new DrawingProcess([first!], cache.folder);
    expect(drawing.left()).toBe(1);
    expect(drawing.finishingUp()).toBe(true);
    expect(drawing.add(rest)).toBe(true);
    const drawings = await drawing.drawings();
    expect([...drawings.keys()].sort()).toEqual([first!, ...rest].map((job) => job.key).sort());
    expect(drawing.left()).toBe(0);
    expect(drawing.finishingUp()).toBe(false);
    // Once it has replied, it takes no more: the caller draws them itself.
    expect(drawing.add(rest)).toBe(false);
  });

  it('is not finishing up with more page images left than a browser should print beside', () => {
    const [job] = fixtureJobs();
    const fingerprint = pipelineFingerprint(loadFonts());
    const many = Array.from({ length: FEW_IMAGES_LEFT + 1 }, (_unused, index) => ({ ...job!, file: `${index}.png`, key: pngKey(fingerprint, { ...job!, dpi: 1000 + index }) }));
    const drawing = new DrawingProcess(many, cacheFolder());
    try {
      expect(drawing.left()).toBe(FEW_IMAGES_LEFT + 1);
      expect(drawing.finishingUp()).toBe(false);
    } finally {
      drawing.stop();
    }
  });

  it('fails its promise when stopped before it replied', async () => {
    const drawing = new DrawingProcess(fixtureJobs(), cacheFolder());
    drawing.stop();
    await expect(drawing.drawings()).rejects.toThrow(/ended before it replied/);
  });

  it('stops drawing soon after the build that started it is killed, not at its last image', async () => {
    // Enough distinct images (each resolution is another entry) to keep it drawing for seconds.
    const fingerprint = pipelineFingerprint(loadFonts());
    const list = Array.from({ length: 60 }, (_unused, round) => fixtureJobs().map((job) => ({ ...job, file: `${round}/${job.file}`, dpi: 72 + round, key: pngKey(fingerprint, { ...job, dpi: 72 + round }) }))).flat();
    const cache = cacheFolder();
    const listFile = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-drawing-jobs-')), 'jobs.json');
    writeFileSync(listFile, JSON.stringify(list));
    const module = pathToFileURL(path.resolve('src/lib/stages/image-drawing.ts')).href;
    const build = spawn(process.execPath, ['--input-type=module', '-e', `import { readFileSync } from 'node:fs'; const { DrawingProcess } = await import(${JSON.stringify(module)}); await new DrawingProcess(JSON.parse(readFileSync(${JSON.stringify(listFile)}, 'utf8')), ${JSON.stringify(cache)}).drawings();`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    build.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    const ended = new Promise((resolve) => build.once('exit', resolve));
    let running = true;
    void ended.then(() => (running = false));
    while (entries(cache) < 3) {
      if (!running) throw new Error(`the build ended before it drew anything: ${errors}`);
      await sleep(20);
    }
    build.kill('SIGKILL');
    await sleep(1000);
    const drawn = entries(cache);
    await sleep(1000);
    expect(entries(cache)).toBe(drawn);
    expect(drawn).toBeLessThan(list.length);
  }, 60_000);
});
