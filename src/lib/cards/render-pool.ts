import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { ImageProblemsError } from './fit.ts';
import type { ImageInputs } from './image-inputs.ts';
import type { ImageProblem } from './layout.ts';
import type { RenderedImage } from './render.ts';

export interface RenderRequest {
  id: number;
  inputs: ImageInputs;
  title: string;
  dpi: number;
}

export type RenderReply = { id: number; image: RenderedImage } | { id: number; problems: ImageProblem[] } | { id: number; error: string };

/** Images each thread has in hand at once: one being drawn by satori while sharp encodes the other. */
const PER_THREAD = 2;

/**
 * Draws images on worker threads. Satori lays out on the thread that calls it, so in one thread it
 * keeps one core busy while the others wait; a site with a thousand pages has a thousand Open
 * Graph images, and this spreads them over every core. The bytes are the same as drawn in-process.
 */
export class RenderPool {
  private readonly threads: { worker: Worker; busy: number }[];
  private readonly waiting = new Map<number, { resolve: (image: RenderedImage) => void; reject: (error: Error) => void; thread: { busy: number } }>();
  private readonly queue: (() => void)[] = [];
  private nextId = 0;

  constructor(size = defaultPoolSize()) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => {
      const thread = { worker: new Worker(new URL('./render-worker.ts', import.meta.url)), busy: 0 };
      thread.worker.on('message', (reply: RenderReply) => this.settle(reply));
      thread.worker.on('error', (error) => this.failAll(error));
      return thread;
    });
  }

  render(inputs: ImageInputs, options: { title: string; dpi: number }): Promise<RenderedImage> {
    return new Promise((resolve, reject) => {
      const start = () => {
        const thread = this.threads.reduce((least, candidate) => (candidate.busy < least.busy ? candidate : least));
        const id = this.nextId++;
        thread.busy++;
        this.waiting.set(id, { resolve, reject, thread });
        thread.worker.postMessage({ id, inputs, title: options.title, dpi: options.dpi } satisfies RenderRequest);
      };
      if (this.threads.some((thread) => thread.busy < PER_THREAD)) start();
      else this.queue.push(start);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.threads.map(({ worker }) => worker.terminate()));
  }

  private settle(reply: RenderReply): void {
    const waiter = this.waiting.get(reply.id);
    if (!waiter) return;
    this.waiting.delete(reply.id);
    waiter.thread.busy--;
    if ('image' in reply) {
      // Posting turns the Buffer into a plain Uint8Array; the cache and the PNG readers expect a Buffer.
      waiter.resolve({ ...reply.image, png: Buffer.from(reply.image.png.buffer, reply.image.png.byteOffset, reply.image.png.byteLength) });
    } else if ('problems' in reply) waiter.reject(new ImageProblemsError(reply.problems));
    else waiter.reject(new Error(`an image thread failed: ${reply.error}`));
    this.queue.shift()?.();
  }

  private failAll(error: Error): void {
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/** One thread per core; `CAIRN_IMAGE_THREADS` overrides it (0 draws on the build's own thread). */
export function defaultPoolSize(): number {
  const configured = process.env['CAIRN_IMAGE_THREADS'];
  if (configured !== undefined && /^\d+$/.test(configured)) return Number(configured);
  return os.availableParallelism();
}
