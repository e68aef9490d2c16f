import type { ChildProcess } from 'node:child_process';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { cacheKey, ImageCache } from '../render/cards/cache.ts';
import { ImageProblemsError } from '../render/cards/fit.ts';
import type { FontSet } from '../render/cards/fonts.ts';
import { layoutOf, type ImageInputs } from '../render/cards/image-inputs.ts';
import type { ImageProblem } from '../render/cards/layout.ts';
import { renderImage } from '../render/cards/render.ts';
import { forkDrawingProcess, type EarlyDrawingProcess } from './drawing-process-start.ts';

/** What a PNG is drawn from, as plain data: its hash is the cache key. */
export interface PngInputs {
  inputs: ImageInputs;
  title: string;
  dpi: number;
}

/** One PNG to draw, as plain data (so it can be sent to another process). */
export interface DrawJob extends PngInputs {
  /** Where it is published, e.g. `og/work/x.png`. */
  file: string;
  /** Its cache entry's key. */
  key: string;
}

/** A PNG drawn into the cache (satori's, the encoding's and all milliseconds), or why it cannot be drawn. */
export type Drawing = { timings: { satori: number; encode: number; total: number } } | { problems: ImageProblem[] };

/** Drawings by cache key. */
export type Drawings = Map<string, Drawing>;

/** The cache key of a PNG: the hash of the image pipeline and of everything the image is drawn from. */
export function pngKey(fingerprint: string, job: PngInputs): string {
  return cacheKey(fingerprint, { inputs: job.inputs, dpi: job.dpi, title: job.title });
}

/** Draws one PNG into the cache under `key`. */
export async function drawOne(job: PngInputs, key: string, cache: ImageCache, fonts: FontSet): Promise<Drawing> {
  const start = performance.now();
  try {
    const image = await renderImage(layoutOf(job.inputs, fonts), fonts, { title: job.title, dpi: job.dpi });
    cache.write(key, 'png', image.png);
    return { timings: { ...image.timings, total: performance.now() - start } };
  } catch (error) {
    if (!(error instanceof ImageProblemsError)) throw error;
    return { problems: error.problems };
  }
}

/**
 * Draws, one after another, each job whose entry is not in the cache when its turn comes: another
 * process drawing the same list from its other end stops duplicating the work where they meet.
 * A page image drawn over its site's cached ground never waits on I/O, so each drawing is
 * followed by a turn of the event loop: without it a process drawing for a build that was killed
 * would hear so only after its last image.
 */
export async function drawMissing(jobs: readonly DrawJob[], cache: ImageCache, fonts: FontSet): Promise<Drawings> {
  const drawings: Drawings = new Map();
  for (const job of jobs) {
    if (cache.has(job.key, 'png') || drawings.has(job.key)) continue;
    drawings.set(job.key, await drawOne(job, job.key, cache, fonts));
    await nextTurn();
  }
  return drawings;
}

/**
 * Page images left to the process drawing ahead, at most, for the resumes to be printed beside it
 * once the pages are built, the process then drawing the rest alone: one process draws this many
 * in less time than the resume stage takes, and a second would spend a good part of its work
 * starting up. A build of 1,000 accomplishments has 500–650 left, and is quicker beside the browser
 * with all of them. With more left (thousands of pages), the rest is drawn by two processes first,
 * and the browser starts after them: beside the drawing of thousands it was slower, and took the
 * build past its memory (bench/results.md).
 */
export const FEW_IMAGES_LEFT = 800;

/**
 * Images being drawn into the cache by a process of their own, beside whatever this process does
 * (Astro rendering pages, or another such process): satori and the text filling keep a core busy
 * that would otherwise wait, and their garbage leaves with the process.
 */
export class DrawingProcess {
  /** The drawings by cache key, once every job is drawn or found in the cache. */
  readonly finished: Promise<Drawings>;
  /** Whether the process has replied (or failed). */
  done = false;
  /** The files in the order it draws them. */
  readonly order: ReadonlyMap<string, number>;
  private readonly child: ChildProcess;
  /** The cache keys of the jobs it was started with. */
  readonly keys: ReadonlySet<string>;
  private readonly cache: ImageCache;
  /** `started`: a process started before the jobs were known, which draws them instead of a new one. */
  constructor(jobs: readonly DrawJob[], cacheFolder: string, started?: EarlyDrawingProcess) {
    this.order = new Map(jobs.map((job, index) => [job.file, index]));
    this.keys = new Set(jobs.map((job) => job.key));
    this.cache = new ImageCache(cacheFolder);
    this.child = started?.child ?? forkDrawingProcess();
    this.finished = new Promise<Drawings>((resolve, reject) => {
      this.child.once('message', (reply: { drawings: [string, Drawing][] } | { error: unknown }) => ('error' in reply ? reject(reply.error) : resolve(new Map(reply.drawings))));
      this.child.once('error', reject);
      this.child.once('exit', (code, signal) => reject(new Error(`the image drawing process ended before it replied (${signal ?? `exit code ${code}`})`)));
    });
    // Told of a failure when awaited, not as an unhandled rejection while Astro builds the pages.
    this.finished.then(
      () => (this.done = true),
      () => (this.done = true),
    );
    this.child.send({ jobs, cacheFolder });
    this.holdBuildOpen(false);
  }

  /**
   * Whether the process keeps this one running. Not while Astro syncs content and renders pages: a
   * build that fails there ends at once, and the drawing process with it (it ends when this one goes).
   */
  private holdBuildOpen(hold: boolean): void {
    for (const handle of [this.child, this.child.channel]) {
      if (hold) handle?.ref();
      else handle?.unref();
    }
  }

  /** How many of the jobs it was started with are not in the cache yet (0 once it is done). */
  left(): number {
    if (this.done) return 0;
    return [...this.keys].filter((key) => !this.cache.has(key, 'png')).length;
  }

  /**
   * Whether it is still drawing, with few enough images left (`FEW_IMAGES_LEFT`) to finish them
   * alone while a browser prints. Once it is done, what is left (the cards) is made sooner before
   * the browser starts than beside it, where every drawing slows the prints.
   */
  finishingUp(): boolean {
    return !this.done && this.left() <= FEW_IMAGES_LEFT;
  }

  /**
   * Gives the process more jobs, drawn after its own; false when it has finished (or is about to
   * reply), so the caller draws them elsewhere.
   */
  add(jobs: readonly DrawJob[]): boolean {
    if (this.done || !this.child.connected) return false;
    this.child.send({ more: jobs });
    return true;
  }

  /** Waits for the drawings, which the process sends as it ends. */
  async drawings(): Promise<Drawings> {
    this.holdBuildOpen(true);
    return this.finished;
  }

  /** Ends the process, drawn or not (a build that failed, or that no longer needs it). */
  stop(): void {
    if (!this.done) this.child.kill();
  }
}
