import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { PrerenderedImage } from './site-images.ts';

/** What the worker is given. */
export interface PrerenderRequest {
  /** The published address with its base path, ending in `/`. */
  siteUrl: string;
  /** One Int32: set to 1 to ask the worker to stop before its next image. */
  stop: SharedArrayBuffer;
}

/** Images being drawn on another thread while Astro renders the pages. */
export interface ImagePrerender {
  /**
   * The images the worker made, by cache key, once it has finished. Never rejects: if the worker
   * failed, the answer is whatever it had not made, i.e. nothing, and the build's own pass draws it all.
   */
  finished(): Promise<ReadonlyMap<string, PrerenderedImage>>;
  /** Asks the worker to stop after the images it is drawing: the pages are written, and the build's own pass takes over. */
  stop(): void;
}

const WORKER = fileURLToPath(new URL('./image-prerender-worker.ts', import.meta.url));

/**
 * Starts drawing every card and every page image the content describes, on a worker thread, into
 * the image cache. A build renders its pages on one thread, so on a 2-core machine the other core
 * is free for most of that time; the images are the build's longest stage once pages are done.
 * Returns undefined where the worker's source is not on disk (code bundled elsewhere).
 */
export function startImagePrerender(siteUrl: string): ImagePrerender | undefined {
  if (!existsSync(WORKER)) return undefined;
  const stop = new SharedArrayBuffer(4);
  const request: PrerenderRequest = { siteUrl, stop };
  const worker = new Worker(WORKER, { workerData: request });
  // A build that fails must still exit: the worker never holds the process open.
  worker.unref();
  const result = new Promise<ReadonlyMap<string, PrerenderedImage>>((resolve) => {
    worker.once('message', (made: Map<string, PrerenderedImage>) => resolve(made));
    worker.once('error', () => resolve(new Map()));
    worker.once('exit', () => resolve(new Map()));
  });
  return {
    finished: () => result,
    stop: () => Atomics.store(new Int32Array(stop), 0, 1),
  };
}
