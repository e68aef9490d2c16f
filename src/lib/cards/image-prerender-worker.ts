/**
 * The worker thread of image-prerender.ts: reads the content as the build does, draws the images
 * into the cache, and answers with what it made.
 */
import os from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { contentDirectory, loadContent } from '../content-files.ts';
import { buildModel } from '../model.ts';
import { visibleContent } from '../visibility.ts';
import type { PrerenderRequest } from './image-prerender.ts';
import { prerenderImages } from './site-images.ts';

const { siteUrl, stop } = workerData as PrerenderRequest;
const stopped = new Int32Array(stop);

try {
  // On Linux this lowers this thread only: Astro's page rendering on the main thread comes first,
  // and the images take what CPU is left.
  os.setPriority(10);
} catch {
  // Not permitted here: the images simply compete as equals.
}

const { content, problems } = loadContent(contentDirectory());
// Content with problems fails the build before any image is wanted; nothing to draw ahead.
const made = problems.length > 0 ? new Map() : await prerenderImages({ model: buildModel(visibleContent(content, 'public')), siteUrl }, () => Atomics.load(stopped, 0) === 1);
parentPort?.postMessage(made);
