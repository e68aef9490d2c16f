import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markUsed, pruneUnused, type PruneResult } from '../build/cache-pruning.ts';
import type { FileDigests } from '../build/file-digests.ts';
import { PublishedImages } from './published-images.ts';
import { unseal, type SealedRead } from '../build/sealed-file.ts';
import type { Model } from '../model/model.ts';
import { businessCards, cardFiles, isPublishedCard, missingQrPages, type BusinessCard } from '../render/cards/business-cards.ts';
import { ImageCache, pipelineFingerprint } from '../render/cards/cache.ts';
import { backInput, frontInput, type CardSide } from '../render/cards/card-template.ts';
import { ImageProblemsError } from '../render/cards/fit.ts';
import { loadFonts, type FontSet } from '../render/cards/fonts.ts';
import type { ImageInputs } from '../render/cards/image-inputs.ts';
import type { ImageProblem } from '../render/cards/layout.ts';
import { ogImageFile, ogSpecs, pageOgSpec, type OgSpec } from '../render/cards/og-images.ts';
import { ogImage } from '../render/cards/og-template.ts';
import { printableCards } from '../render/cards/printable.ts';
import { privateFolder } from '../render/resume/paths.ts';
import type { PageWithImage } from '../render/cards/page-images.ts';
import { cardCanvas, PRINT_DPI } from '../render/cards/sizes.ts';
import type { EarlyDrawingProcess } from './drawing-process-start.ts';
import { drawFile, drawJobKey, drawOne, DrawingProcess, type DrawJob, type Drawings, type KeyedDrawJob } from './image-drawing.ts';

/** How one file was made, for the build's summary and the benchmark. */
export interface ImageRecord {
  file: string;
  /** Published in the built site, the person's own copy in the out folder, or both. */
  places: Where[];
  cached: boolean;
  /** Milliseconds: satori, PNG encoding (or PDF assembly), and everything including cache reads and writes. */
  satori: number;
  encode: number;
  total: number;
}

type FileJob = DrawJob & {
  file: string;
  /** `site`: published in the built site; `out`: the person's own copy, in the out folder; or both. */
  places: Where[];
};

type Where = 'site' | 'out';

const OG_DPI = 72;

/** The print PDF of a card, the person's own copy: both sides drawn again as vectors, with bleed and crop marks. */
function cardPdfJob(card: BusinessCard): FileJob {
  return { kind: 'pdf', file: cardFiles(card).pdf, places: ['out'], front: frontInput(card), back: backInput(card), canvas: cardCanvas(card.size, true), size: card.size, title: `Business card: ${card.name.text}, for ${card.audience}` };
}

/**
 * The PNGs of a card. Every one is the person's own copy, in out/cards/; the default card's two
 * plain sides are also published, as the contact page shows them. Print-shop files
 * (bleed images, the print PDF) are never published.
 */
function cardPngJobs(card: BusinessCard): FileJob[] {
  const files = cardFiles(card);
  const variants: { side: CardSide; bleed: boolean; file: string | undefined }[] = [
    { side: 'front', bleed: false, file: files.front },
    { side: 'back', bleed: false, file: files.back },
    { side: 'front', bleed: true, file: files.frontBleed },
    { side: 'back', bleed: true, file: files.backBleed },
  ];
  return variants.flatMap(({ side, bleed, file }): FileJob[] => {
    if (!file) return [];
    const canvas = cardCanvas(card.size, bleed);
    const title = `Business card (${side}${bleed ? ', with bleed' : ''}): ${card.name.text}, for ${card.audience}`;
    const inputs: ImageInputs = side === 'front' ? { template: 'card-front', input: frontInput(card), canvas } : { template: 'card-back', input: backInput(card), canvas };
    return [{ kind: 'png', file, title, dpi: PRINT_DPI, inputs, places: !bleed && isPublishedCard(card) ? ['site', 'out'] : ['out'] }];
  });
}

function ogJob(spec: OgSpec, file: string): FileJob {
  return { kind: 'png', file, places: ['site'], title: `${spec.title.text}: ${spec.person.name.text}`, dpi: OG_DPI, inputs: { template: 'og', spec } };
}

/** The cards the model asks for that the fonts can draw, with what keeps the others from being made. */
function cardsOf(model: Model, siteUrl: string, fonts: FontSet): { cards: BusinessCard[]; problems: ImageProblem[]; warnings: ImageProblem[] } {
  const { cards: wanted, problems } = businessCards(model, siteUrl);
  const { printable, warnings } = printableCards(wanted, fonts);
  return { cards: printable, problems, warnings };
}

/**
 * Cache entries copied into the site before the stages beside the images (the resume stage's
 * browser) get this thread back: a few milliseconds' work, where copying a large site's thousands
 * at once would hold it for a second.
 */
const COPIES_BETWEEN_TURNS = 64;

const letOthersRun = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Runs `work` over `items`, `limit` at a time: satori runs on this thread while sharp encodes on others. */
async function inPool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface SiteImagesOptions {
  /** The public model. */
  model: Model;
  /** The public model in each other published language: its pages' images are worded in it. */
  translations?: readonly Model[];
  /** The published address with its base path, ending in `/`. */
  siteUrl: string;
  /** Built pages and the image each links; an image linked by several pages is made once. */
  pages: readonly PageWithImage[];
  /** Whether the build made a page, e.g. `resumes/` (a card's QR code must not lead to a 404). */
  pageExists: (sitePath: string) => boolean;
  /** Where the files go: the built site's folder. */
  outDir: string;
  /** Where the person's own copies go (every card, with bleed, and print PDFs): the out folder, whose `cards/` this stage owns. Default: `out/` beside `outDir`. */
  printDir?: string;
  /** Where made images are kept between builds (the `imageCache` option). */
  cache: ImageCache;
  /** Images made at once: satori draws one while sharp rasterises and encodes others on its own threads. Default: 3. */
  concurrency?: number;
  /**
   * The images of the pages the models know, being drawn by a process of their own since before
   * the pages were built (`drawKnownImagesAhead`). The rest is then drawn by a second process from
   * the other end of the list, while this one waits; without it, everything is drawn here.
   */
  drawnAhead?: DrawingProcess | undefined;
  /**
   * Whether the process drawing ahead draws the rest too, after its own list, instead of a second
   * process beside it: when a browser prints the resumes beside this stage and takes the other core.
   */
  aheadDrawsTheRest?: boolean | undefined;
}

/** What a site's images are made from: `SiteImagesOptions` without the folders they are written to. */
export type MakeSiteImagesOptions = Omit<SiteImagesOptions, 'outDir' | 'printDir'>;

/** The specs of the pages every model knows, the translated ones under their language's folder. */
function specsOfModels(model: Model, translations: readonly Model[], siteUrl: string): Map<string, OgSpec> {
  return new Map([model, ...translations].flatMap((each) => [...ogSpecs(each, siteUrl)]));
}

/** Every page the models know, as if read from built pages: what the dev server and the image benchmark offer without a build. */
export function knownPages(model: Model, siteUrl: string, translations: readonly Model[] = []): PageWithImage[] {
  return [...specsOfModels(model, translations, siteUrl).values()].map((spec) => ({ page: spec.page, image: ogImageFile(spec.page), title: spec.title.text, description: '' }));
}

/**
 * Starts drawing the business cards and the Open Graph image of every page the models know that
 * the cache does not have, in a process of its own, before Astro has built a page: the images
 * stage finds them there, and draws only the rest (pages the models do not know, and whatever
 * this process has not reached yet). The cards come first, so they are drawn by the time the
 * pages are, not on the build's own thread after them. Undefined when the cache has them all,
 * as in most rebuilds. A process `started` early draws them, or is stopped when there is nothing
 * to draw.
 */
export function drawKnownImagesAhead(options: { model: Model; translations?: readonly Model[]; siteUrl: string; cache: ImageCache; started?: EarlyDrawingProcess | undefined }): DrawingProcess | undefined {
  const fonts = loadFonts();
  const fingerprint = pipelineFingerprint(fonts);
  const { cards } = cardsOf(options.model, options.siteUrl, fonts);
  const specs = specsOfModels(options.model, options.translations ?? [], options.siteUrl);
  const files = [...cards.flatMap(cardPngJobs), ...cards.map(cardPdfJob), ...[...specs.values()].map((spec) => ogJob(spec, ogImageFile(spec.page)))];
  const jobs = files.map((job) => drawJob({ job, key: drawJobKey(fingerprint, job.file, job) })).filter((job) => !options.cache.has(job.key, job.kind));
  if (jobs.length > 0) return new DrawingProcess(jobs, options.cache.folder, options.started);
  options.started?.stop();
  return undefined;
}

/**
 * The drawings of drawing processes, once all have replied. A process that failed (killed for
 * memory, say) leaves its part to this one: a fault in the drawing itself then shows here, with its stack.
 */
async function drawingsOf(...processes: (DrawingProcess | undefined)[]): Promise<Drawings> {
  const replies = await Promise.all(processes.map((drawing) => drawing?.drawings().catch(() => undefined)));
  return new Map(replies.flatMap((drawings) => [...(drawings ?? [])]));
}

/** A job as another process is sent it: without where it is published. */
function drawJob({ job, key }: { job: FileJob; key: string }): KeyedDrawJob {
  const { places: _published, ...drawn } = job;
  return { ...drawn, key };
}

interface Plan {
  /** The cards that will be made. */
  cards: BusinessCard[];
  problems: ImageProblem[];
  /** What is left out (a card, or text on an image) because the fonts cannot draw it. */
  warnings: ImageProblem[];
  /** The cards' PNGs, the pages' images, then the cards' print PDFs. */
  jobs: FileJob[];
}

function plan(options: Pick<SiteImagesOptions, 'model' | 'translations' | 'siteUrl' | 'pages'>, fonts: FontSet): Plan {
  const { cards, problems, warnings } = cardsOf(options.model, options.siteUrl, fonts);
  const specs = specsOfModels(options.model, options.translations ?? [], options.siteUrl);
  const jobs = cards.flatMap(cardPngJobs);
  const seen = new Set<string>();
  for (const page of options.pages) {
    if (seen.has(page.image)) continue;
    seen.add(page.image);
    const known = specs.get(page.page);
    const spec = known && ogImageFile(known.page) === page.image ? known : pageOgSpec(options.model, options.siteUrl, page.page, page.title, page.description);
    // Made here, not when drawn, so its warnings are told on every build, cached or not.
    warnings.push(...(ogImage(spec, fonts).warnings ?? []));
    jobs.push(ogJob(spec, page.image));
  }
  jobs.push(...cards.map(cardPdfJob));
  return { cards, problems, warnings: groupWarnings(dedupe(warnings)), jobs };
}

/** Makes (or takes from the cache) the files of a plan, keyed by file. */
class Maker {
  private readonly fonts: FontSet;
  private readonly fingerprint: string;
  /**
   * Each made file's cache entry and how to make it again should the entry be gone or corrupt when
   * read; the bytes stay on disk, so thousands of images do not sit in memory until the end.
   */
  private readonly made = new Map<string, { key: string; extension: DrawJob['kind']; redraw: () => Promise<Uint8Array> }>();
  private readonly cache: ImageCache;
  readonly records: ImageRecord[] = [];
  /** Every file's problems, in the plan's order, wherever and whenever each was drawn. */
  readonly problems: ImageProblem[] = [];
  /** Files whose cache entry failed its check, with why; each was made again. */
  readonly discarded: string[] = [];
  /** Files made again after the plan took them from the cache: their entry was gone or corrupt. */
  readonly redrawn = new Set<string>();
  constructor(cache: ImageCache, fonts: FontSet) {
    this.cache = cache;
    this.fonts = fonts;
    this.fingerprint = pipelineFingerprint(fonts);
  }

  /** Draws a file on this thread, into the cache: when it was not drawn ahead, or its entry is gone or corrupt when read. */
  private async draw(job: FileJob, key: string): Promise<Uint8Array> {
    const { bytes } = await drawFile(job, this.fonts);
    this.cache.write(key, job.kind, bytes);
    return bytes;
  }

  /**
   * Every file of the plan: drawn where the cache has none, by the processes drawing ahead and
   * beside when there are (`drawnAhead`), else here. Entries are only looked for here: their bytes
   * are checked when they are read, for the site or the out folder.
   */
  async files(jobs: readonly FileJob[], options: { concurrency: number; drawnAhead: DrawingProcess | undefined; aheadDrawsTheRest?: boolean }): Promise<void> {
    const keyed = jobs.map((job) => ({ job, key: drawJobKey(this.fingerprint, job.file, job) }));
    const missing = keyed.filter(({ job, key }) => !this.cache.has(key, job.kind));
    const { drawnAhead } = options;
    const drawings: Drawings = drawnAhead ? await (options.aheadDrawsTheRest ? this.drawnAfter(missing, drawnAhead) : this.drawnBeside(missing, drawnAhead)) : new Map();
    const left = missing.filter(({ job, key }) => !drawings.has(key) && !this.cache.has(key, job.kind));
    await inPool(left, options.concurrency, async ({ job, key }) => drawings.set(key, await drawOne(job, key, this.cache, this.fonts)));
    for (const { job, key } of keyed) {
      const start = performance.now();
      const drawing = drawings.get(key);
      if (drawing && 'problems' in drawing) {
        this.problems.push(...drawing.problems);
        continue;
      }
      if (!drawing) markUsed(this.cache.file(key, job.kind));
      this.made.set(job.file, { key, extension: job.kind, redraw: () => this.draw(job, key) });
      this.records.push({ file: job.file, places: job.places, cached: !drawing, satori: 0, encode: 0, ...drawing?.timings, total: drawing?.timings.total ?? performance.now() - start });
    }
  }

  /**
   * What the process drawing ahead drew, and what a second process drew of the rest while the
   * first was still at work: first what the first will not draw (pages the models do not know),
   * then the first's list from its other end, so the two meet once. Once the first has
   * finished, the rest is drawn here instead of starting a process.
   */
  private async drawnBeside(missing: readonly { job: FileJob; key: string }[], ahead: DrawingProcess): Promise<Drawings> {
    const fromTheOtherEnd = (job: KeyedDrawJob) => -(ahead.order.get(job.file) ?? ahead.order.size);
    const rest = missing.map(drawJob).sort((a, b) => fromTheOtherEnd(a) - fromTheOtherEnd(b));
    const beside = rest.length > 0 && !ahead.done ? new DrawingProcess(rest, this.cache.folder) : undefined;
    return drawingsOf(ahead, beside);
  }

  /**
   * What the process drawing ahead drew, with what it was given to draw after its own list (pages
   * the models do not know). Had it finished already, a process of its own draws those: this
   * thread drives the browser meanwhile, and a drawing here would hold up every step of a print.
   */
  private async drawnAfter(missing: readonly { job: FileJob; key: string }[], ahead: DrawingProcess): Promise<Drawings> {
    const rest = missing.filter(({ key }) => !ahead.keys.has(key)).map(drawJob);
    const elsewhere = rest.length > 0 && !ahead.add(rest) ? new DrawingProcess(rest, this.cache.folder) : undefined;
    return drawingsOf(ahead, elsewhere);
  }

  /** A made file's bytes, checked against their seal; made again when the entry is gone or corrupt. */
  async bytes(file: string, buffer: { bytes: Buffer } = { bytes: Buffer.alloc(0) }): Promise<Uint8Array | undefined> {
    const made = this.made.get(file);
    if (!made) return undefined;
    const read = readEntry(this.cache.file(made.key, made.extension), buffer);
    if (read.state === 'ok') return read.bytes;
    if (read.state === 'corrupt') this.discarded.push(`${file} (${read.reason})`);
    this.redrawn.add(file);
    return made.redraw();
  }

  /**
   * Puts a made file where the site wants it, in each of `targets`: a copy of the checked bytes,
   * never a link to the cache entry, so nothing done to the cache afterwards changes the built site (a copy costs
   * little more, bench/results.md).
   */
  async copy(file: string, targets: readonly string[], buffer: { bytes: Buffer }, digests?: FileDigests): Promise<string | undefined> {
    const bytes = await this.bytes(file, buffer);
    if (!bytes) throw new Error(`${file} was not made`);
    let digest: string | undefined;
    for (const target of targets) digest = writeNew(target, bytes, digests);
    return digest;
  }

  /** The cache key of a made file. */
  keyOf(file: string): string | undefined {
    return this.made.get(file)?.key;
  }
}

/**
 * A cache entry's bytes once their seal holds, read into `buffer` (grown when too small), so
 * copying thousands of entries leaves no garbage behind while a browser prints beside this stage;
 * a corrupt entry is removed, as `readSealed` does. The bytes are a view of the buffer, valid
 * until its next read.
 */
function readEntry(file: string, buffer: { bytes: Buffer }): SealedRead {
  let descriptor: number;
  try {
    descriptor = openSync(file, 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  let stored: Buffer;
  try {
    const { size } = fstatSync(descriptor);
    if (buffer.bytes.length < size) buffer.bytes = Buffer.allocUnsafe(size);
    stored = buffer.bytes.subarray(0, readSync(descriptor, buffer.bytes, 0, size, 0));
  } finally {
    closeSync(descriptor);
  }
  const unsealed = unseal(stored, path.basename(file));
  if (unsealed.ok) return { state: 'ok', bytes: unsealed.bytes };
  rmSync(file, { force: true });
  return { state: 'corrupt', reason: unsealed.reason };
}

/**
 * Writes a file that is not there yet, as in a fresh build; one that is (a site built before copies
 * were made may hold a link to a cache entry) is removed first, never written through. Through
 * `digests`, which keeps the bytes' hash for the privacy guard.
 */
function writeNew(target: string, bytes: Uint8Array, digests?: FileDigests): string | undefined {
  return replacing(target, () => {
    if (digests) return digests.writeNew(target, bytes);
    writeFileSync(target, bytes, { flag: 'wx' });
    return undefined;
  });
}

/**
 * Links `target` to the last site's unchanged file; false where the file system cannot (another
 * disk, no hard links, the file gone meanwhile), and the bytes are then written instead.
 */
function linked(digests: FileDigests, unchanged: { source: string; digest: string }, target: string): boolean {
  try {
    replacing(target, () => digests.link(unchanged.source, target, unchanged.digest));
    return true;
  } catch {
    return false;
  }
}

/** Makes `target` with `make`, which fails with `EEXIST` where a file is: that file is removed first, never written through. */
function replacing<T>(target: string, make: () => T): T {
  try {
    return make();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(target, { force: true });
    return make();
  }
}

/** Where publishing writes: the site, the out folder, and the record of digests the privacy guard reads. */
export interface PublishFolders {
  outDir: string;
  printDir?: string | undefined;
  digests?: FileDigests | undefined;
  /**
   * The folder this build's site replaces, which holds the last build's (the build wrapper's
   * `dist/`): with `digests`, the images it still holds unchanged are linked from there (`PublishedImages`).
   */
  previousSite?: string | undefined;
}

/** A site's cards and images, made or found in the cache, not yet written into the site. */
export interface SiteImages {
  cards: BusinessCard[];
  /** Each file, so far as made: publishing adds its copying time, and marks a file made again when its entry failed. */
  records: ImageRecord[];
  warnings: ImageProblem[];
  /** Writes every file into the site and the out folder; `discarded` names the cache entries that failed their check and were made again. */
  publish(folders: PublishFolders): Promise<{ discarded: string[]; pruned: PruneResult }>;
}

/**
 * Every card (front, back, bleed variants, print PDF) and every page's Open Graph image, made or
 * taken from the cache, and nothing written outside the cache yet. Every problem of every image
 * is collected and thrown together.
 */
export async function makeSiteImages(options: MakeSiteImagesOptions): Promise<SiteImages> {
  const fonts = loadFonts();
  const { cards, problems, warnings, jobs } = plan(options, fonts);
  problems.push(...missingQrPages(cards, options.pageExists));
  const { cache } = options;
  const maker = new Maker(cache, fonts);
  try {
    await maker.files(jobs, { concurrency: options.concurrency ?? 3, drawnAhead: options.drawnAhead, aheadDrawsTheRest: options.aheadDrawsTheRest ?? false });
  } finally {
    options.drawnAhead?.stop();
  }
  problems.push(...maker.problems);
  if (problems.length > 0) throw new ImageProblemsError(dedupe(problems));
  return { cards, records: maker.records, warnings, publish: (folders) => publish(maker, cache, folders) };
}

/** Written only once every image is made, so a failed build leaves no half set of cards. */
async function publish(maker: Maker, cache: ImageCache, { outDir, printDir: givenPrintDir, digests, previousSite }: PublishFolders): Promise<{ discarded: string[]; pruned: PruneResult }> {
  const printDir = givenPrintDir ?? privateFolder(outDir, undefined);
  const folders: Record<Where, string> = { site: outDir, out: printDir };
  const targetsOf = (record: ImageRecord) => record.places.map((place) => path.join(folders[place], record.file));
  for (const folder of new Set(maker.records.flatMap(targetsOf).map((target) => path.dirname(target)))) mkdirSync(folder, { recursive: true });
  const buffer = { bytes: Buffer.alloc(0) };
  const published = digests && previousSite ? new PublishedImages(cache.folder, previousSite) : undefined;
  for (const [index, record] of maker.records.entries()) {
    const start = performance.now();
    const inSite = record.places.includes('site') ? path.join(folders.site, record.file) : undefined;
    const key = maker.keyOf(record.file);
    const unchanged = published && inSite && key ? published.unchanged(record.file, key) : undefined;
    if (unchanged && linked(digests!, unchanged, inSite!)) {
      published!.record(record.file, key!, unchanged.digest, inSite!);
      const elsewhere = targetsOf(record).filter((target) => target !== inSite);
      if (elsewhere.length > 0) await maker.copy(record.file, elsewhere, buffer, digests);
    } else {
      const digest = await maker.copy(record.file, targetsOf(record), buffer, digests);
      if (published && inSite && key && digest) published.record(record.file, key, digest, inSite);
    }
    record.total += performance.now() - start;
    if (index % COPIES_BETWEEN_TURNS === COPIES_BETWEEN_TURNS - 1) await letOthersRun();
  }
  published?.save();
  removeStaleCards(path.join(printDir, 'cards'), new Set(maker.records.filter((record) => record.places.includes('out')).map((record) => path.basename(record.file))));
  for (const record of maker.records) if (maker.redrawn.has(record.file)) record.cached = false;
  // Only after this build has marked every entry it uses.
  return { discarded: maker.discarded, pruned: pruneUnused(cache.folder) };
}

/**
 * Every card (front, back, bleed variants, print PDF) and every page's Open Graph image, written
 * into the built site. Unchanged inputs are copied from the cache, not drawn; an entry that fails
 * its check is made again and named in `discarded`. Every problem of every image is collected
 * and thrown together.
 */
export async function buildSiteImages(options: SiteImagesOptions): Promise<{ cards: BusinessCard[]; records: ImageRecord[]; warnings: ImageProblem[]; discarded: string[]; pruned: PruneResult }> {
  const made = await makeSiteImages(options);
  const { discarded, pruned } = await made.publish(options);
  return { cards: made.cards, records: made.records, warnings: made.warnings, discarded, pruned };
}

/**
 * One file of the plan, made on request (the dev server's preview), or undefined when no card or
 * known page has that file. Throws the image's problems, as the build would.
 */
export async function buildOneSiteImage(options: Pick<SiteImagesOptions, 'model' | 'translations' | 'siteUrl' | 'pages' | 'cache'>, file: string): Promise<Uint8Array | undefined> {
  const fonts = loadFonts();
  // Plan only what the file needs: a page image needs its own page, a card none of them.
  const pages = file.startsWith('og/') ? options.pages.filter((page) => page.image === file) : [];
  const { jobs } = plan({ ...options, pages }, fonts);
  const maker = new Maker(options.cache, fonts);
  await maker.files(jobs.filter((candidate) => candidate.file === file), { concurrency: 1, drawnAhead: undefined });
  if (maker.problems.length > 0) throw new ImageProblemsError(dedupe(maker.problems));
  return maker.bytes(file);
}

/** Removes card files of cards that no longer exist from out/cards/, so an outdated card is never printed by mistake. */
function removeStaleCards(folder: string, written: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) if (/\.(png|pdf)$/.test(name) && !written.has(name)) rmSync(path.join(folder, name), { force: true });
}

/** One warning for text left off many pages' images (a name in the footer of every page), naming a few of them. */
function groupWarnings(warnings: readonly ImageProblem[]): ImageProblem[] {
  const groups = new Map<string, ImageProblem[]>();
  for (const warning of warnings) {
    const reason = warning.message.slice(warning.message.indexOf(': ') + 2);
    const key = `${JSON.stringify(warning.origin)}\u0000${reason}`;
    groups.set(key, [...(groups.get(key) ?? []), warning]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0]!;
    if (group.length === 1) return first;
    const pages = group.map((warning) => warning.image.replace('the Open Graph image of ', ''));
    const reason = first.message.slice(first.message.indexOf(': ') + 2);
    return { ...first, image: `${group.length} Open Graph images`, message: `is left off ${group.length} Open Graph images (${pages.slice(0, 3).join(', ')}${pages.length > 3 ? ', …' : ''}): ${reason}` };
  });
}

/** The same text fails the same way on several images (front and its bleed variant, many pages' footers): say it once. */
function dedupe(problems: readonly ImageProblem[]): ImageProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${JSON.stringify(problem.origin)}\u0000${problem.message.replace(/ \(bleed\)/g, '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
