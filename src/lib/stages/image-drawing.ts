import type { ChildProcess } from 'node:child_process';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { CardSettings } from '../../schemas/profile.ts';
import { cacheKey, ImageCache } from '../render/cards/cache.ts';
import { cardBack, cardFront, type CardBackInput, type CardFrontInput } from '../render/cards/card-template.ts';
import { ImageProblemsError } from '../render/cards/fit.ts';
import type { FontSet } from '../render/cards/fonts.ts';
import { layoutOf, type ImageInputs } from '../render/cards/image-inputs.ts';
import type { ImageProblem } from '../render/cards/layout.ts';
import { renderImage } from '../render/cards/render.ts';
import type { Canvas } from '../render/cards/sizes.ts';
import { forkDrawingProcess, type EarlyDrawingProcess } from './drawing-process-start.ts';

/** What a PNG is drawn from, as plain data: its hash is the cache key. */
export interface PngInputs {
  inputs: ImageInputs;
  title: string;
  dpi: number;
}

/** What a card's print PDF is drawn from, as plain data: both sides' inputs on the canvas with bleed. */
export interface CardPdfInputs {
  front: CardFrontInput;
  back: CardBackInput;
  canvas: Canvas;
  size: CardSettings['size'];
  title: string;
}

/** One file to draw, a PNG or a card's print PDF, as plain data (so it can be sent to another process). */
export type DrawJob = ({ kind: 'png' } & PngInputs) | ({ kind: 'pdf' } & CardPdfInputs);

/** A job with where it is published (e.g. `og/work/x.png`) and its cache entry's key. */
export type KeyedDrawJob = DrawJob & { file: string; key: string };

/** A file drawn into the cache (satori's, the encoding's and all milliseconds), or why it cannot be drawn. */
export type Drawing = { timings: { satori: number; encode: number; total: number } } | { problems: ImageProblem[] };

/** Drawings by cache key. */
export type Drawings = Map<string, Drawing>;

/** The cache key of a PNG: the hash of the image pipeline and of everything the image is drawn from. */
export function pngKey(fingerprint: string, job: PngInputs): string {
  return cacheKey(fingerprint, { inputs: job.inputs, dpi: job.dpi, title: job.title });
}

/** The cache key of a file: a PNG's as `pngKey`, a card PDF's from its file name and both sides. */
export function drawJobKey(fingerprint: string, file: string, job: DrawJob): string {
  if (job.kind === 'png') return pngKey(fingerprint, job);
  return cacheKey(fingerprint, { pdf: file, front: job.front, back: job.back, canvas: job.canvas, size: job.size, title: job.title });
}

/** A file's bytes, drawn, with the milliseconds satori and the encoding (or the PDF's assembly) took; throws the image's problems. */
export async function drawFile(job: DrawJob, fonts: FontSet): Promise<{ bytes: Uint8Array; satori: number; encode: number }> {
  if (job.kind === 'png') {
    const image = await renderImage(layoutOf(job.inputs, fonts), fonts, { title: job.title, dpi: job.dpi });
    return { bytes: image.png, ...image.timings };
  }
  const start = performance.now();
  // PDFKit is loaded for a card PDF the cache does not have: most builds have them all.
  const { cardPdf, cardSideSvg } = await import('../render/cards/print-pdf.ts');
  const front = await cardSideSvg(cardFront(job.front, job.canvas, fonts), fonts);
  const back = await cardSideSvg(cardBack(job.back, job.canvas, fonts), fonts);
  const bytes = await cardPdf({ front, back }, { size: job.size, title: job.title, author: job.front.name.text });
  return { bytes, satori: 0, encode: performance.now() - start };
}

/** Draws one file into the cache under `key`. */
export async function drawOne(job: DrawJob, key: string, cache: ImageCache, fonts: FontSet): Promise<Drawing> {
  const start = performance.now();
  try {
    const { bytes, satori, encode } = await drawFile(job, fonts);
    cache.write(key, job.kind, bytes);
    return { timings: { satori, encode, total: performance.now() - start } };
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
export async function drawMissing(jobs: readonly KeyedDrawJob[], cache: ImageCache, fonts: FontSet): Promise<Drawings> {
  const drawings: Drawings = new Map();
  for (const job of jobs) {
    if (cache.has(job.key, job.kind) || drawings.has(job.key)) continue;
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
  /** The cache keys of the jobs it was started with, and the kind of file each is. */
  readonly keys: ReadonlyMap<string, DrawJob['kind']>;
  private readonly cache: ImageCache;
  /** `started`: a process started before the jobs were known, which draws them instead of a new one. */
  constructor(jobs: readonly KeyedDrawJob[], cacheFolder: string, started?: EarlyDrawingProcess) {
    this.order = new Map(jobs.map((job, index) => [job.file, index]));
    this.keys = new Map(jobs.map((job) => [job.key, job.kind]));
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
    return [...this.keys].filter(([key, kind]) => !this.cache.has(key, kind)).length;
  }

  /**
   * Whether it is still drawing, with few enough images left (`FEW_IMAGES_LEFT`) to finish them
   * alone while a browser prints. Once it is done, what is left (pages the models do not know) is
   * made sooner before the browser starts than beside it, where every drawing slows the prints.
   */
  finishingUp(): boolean {
    return !this.done && this.left() <= FEW_IMAGES_LEFT;
  }

  /**
   * Gives the process more jobs, drawn after its own; false when it has finished (or is about to
   * reply), so the caller draws them elsewhere.
   */
  add(jobs: readonly KeyedDrawJob[]): boolean {
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
