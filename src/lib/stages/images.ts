import { closeSync, existsSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markUsed, pruneUnused, type PruneResult } from '../build/cache-pruning.ts';
import { unseal, type SealedRead } from '../build/sealed-file.ts';
import type { Model } from '../model/model.ts';
import { businessCards, cardFiles, isPublishedCard, missingQrPages, type BusinessCard } from '../render/cards/business-cards.ts';
import { cacheKey, ImageCache, pipelineFingerprint } from '../render/cards/cache.ts';
import { backInput, cardBack, cardFront, frontInput, type CardSide } from '../render/cards/card-template.ts';
import { ImageProblemsError } from '../render/cards/fit.ts';
import { loadFonts, type FontSet } from '../render/cards/fonts.ts';
import { layoutOf, type ImageInputs } from '../render/cards/image-inputs.ts';
import type { ImageProblem } from '../render/cards/layout.ts';
import { ogImageFile, ogSpecs, pageOgSpec, type OgSpec } from '../render/cards/og-images.ts';
import { ogImage } from '../render/cards/og-template.ts';
import { printableCards } from '../render/cards/printable.ts';
import { privateFolder } from '../render/resume/paths.ts';
import { renderImage } from '../render/cards/render.ts';
import type { PageWithImage } from '../render/cards/page-images.ts';
import { cardCanvas, PRINT_DPI } from '../render/cards/sizes.ts';
import type { EarlyDrawingProcess } from './drawing-process-start.ts';
import { drawOne, DrawingProcess, pngKey, type DrawJob, type Drawing, type Drawings, type PngInputs } from './image-drawing.ts';

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

interface PngJob extends PngInputs {
  file: string;
  /** `site`: published in the built site; `out`: the person's own copy, in the out folder; or both. */
  places: Where[];
}

type Where = 'site' | 'out';

const OG_DPI = 72;

/**
 * The PNGs of a card. Every one is the person's own copy, in out/cards/; the default card's two
 * plain sides are also published, as the contact page shows them. Print-shop files
 * (bleed images, the print PDF) are never published.
 */
function cardJobs(card: BusinessCard): PngJob[] {
  const files = cardFiles(card);
  const variants: { side: CardSide; bleed: boolean; file: string | undefined }[] = [
    { side: 'front', bleed: false, file: files.front },
    { side: 'back', bleed: false, file: files.back },
    { side: 'front', bleed: true, file: files.frontBleed },
    { side: 'back', bleed: true, file: files.backBleed },
  ];
  return variants.flatMap(({ side, bleed, file }): PngJob[] => {
    if (!file) return [];
    const canvas = cardCanvas(card.size, bleed);
    const title = `Business card (${side}${bleed ? ', with bleed' : ''}): ${card.name.text}, for ${card.audience}`;
    const inputs: ImageInputs = side === 'front' ? { template: 'card-front', input: frontInput(card), canvas } : { template: 'card-back', input: backInput(card), canvas };
    return [{ file, title, dpi: PRINT_DPI, inputs, places: !bleed && isPublishedCard(card) ? ['site', 'out'] : ['out'] }];
  });
}

function ogJob(spec: OgSpec, file: string): PngJob {
  return { file, places: ['site'], title: `${spec.title.text}: ${spec.person.name.text}`, dpi: OG_DPI, inputs: { template: 'og', spec } };
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
 * Starts drawing the Open Graph image of every page the models know that the cache does not have,
 * in a process of its own, before Astro has built a page: the images stage finds them there, and
 * draws only the rest (pages the models do not know, cards, and whatever this process has not
 * reached yet). Undefined when the cache has them all, as in most rebuilds. A process `started`
 * early draws them, or is stopped when there is nothing to draw.
 */
export function drawKnownImagesAhead(options: { model: Model; translations?: readonly Model[]; siteUrl: string; cache: ImageCache; started?: EarlyDrawingProcess | undefined }): DrawingProcess | undefined {
  const fingerprint = pipelineFingerprint(loadFonts());
  const specs = specsOfModels(options.model, options.translations ?? [], options.siteUrl);
  const jobs = [...specs.values()].flatMap((spec): DrawJob[] => {
    const { file, inputs, title, dpi } = ogJob(spec, ogImageFile(spec.page));
    const key = pngKey(fingerprint, { inputs, title, dpi });
    return options.cache.has(key, 'png') ? [] : [{ file, key, inputs, title, dpi }];
  });
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

/** A PNG job as another process is sent it. */
function drawJob({ job, key }: { job: PngJob; key: string }): DrawJob {
  return { file: job.file, key, inputs: job.inputs, title: job.title, dpi: job.dpi };
}

interface Plan {
  /** The cards that will be made. */
  cards: BusinessCard[];
  problems: ImageProblem[];
  /** What is left out (a card, or text on an image) because the fonts cannot draw it. */
  warnings: ImageProblem[];
  pngs: PngJob[];
  pdfs: { file: string; card: BusinessCard }[];
}

function plan(options: Pick<SiteImagesOptions, 'model' | 'translations' | 'siteUrl' | 'pages'>, fonts: FontSet): Plan {
  const { cards: wanted, problems } = businessCards(options.model, options.siteUrl);
  const { printable: cards, warnings } = printableCards(wanted, fonts);
  const specs = specsOfModels(options.model, options.translations ?? [], options.siteUrl);
  const pngs: PngJob[] = cards.flatMap(cardJobs);
  const seen = new Set<string>();
  for (const page of options.pages) {
    if (seen.has(page.image)) continue;
    seen.add(page.image);
    const known = specs.get(page.page);
    const spec = known && ogImageFile(known.page) === page.image ? known : pageOgSpec(options.model, options.siteUrl, page.page, page.title, page.description);
    // Made here, not when drawn, so its warnings are told on every build, cached or not.
    warnings.push(...(ogImage(spec, fonts).warnings ?? []));
    pngs.push(ogJob(spec, page.image));
  }
  const pdfs = cards.map((card) => ({ file: cardFiles(card).pdf, card }));
  return { cards, problems, warnings: groupWarnings(dedupe(warnings)), pngs, pdfs };
}

/** Makes (or takes from the cache) the files of a plan, keyed by file. */
class Maker {
  private readonly fonts: FontSet;
  private readonly fingerprint: string;
  /**
   * Each made file's cache entry and how to make it again should the entry be gone or corrupt when
   * read; the bytes stay on disk, so thousands of images do not sit in memory until the end.
   */
  private readonly made = new Map<string, { key: string; extension: 'png' | 'pdf'; redraw: () => Promise<Uint8Array> }>();
  private readonly cache: ImageCache;
  readonly records: ImageRecord[] = [];
  private readonly pngProblems: ImageProblem[] = [];
  private readonly pdfProblems: ImageProblem[] = [];
  /** The PNGs' problems, then the print PDFs': in the plan's order, whichever was made first. */
  get problems(): ImageProblem[] {
    return [...this.pngProblems, ...this.pdfProblems];
  }
  /** Files whose cache entry failed its check, with why; each was made again. */
  readonly discarded: string[] = [];
  /** Files made again after the plan took them from the cache: their entry was gone or corrupt. */
  readonly redrawn = new Set<string>();
  constructor(cache: ImageCache, fonts: FontSet) {
    this.cache = cache;
    this.fonts = fonts;
    this.fingerprint = pipelineFingerprint(fonts);
  }

  /** Draws a PNG on this thread, into the cache: when it was not drawn ahead, or its entry is gone or corrupt when read. */
  private async draw(job: PngJob, key: string): Promise<Uint8Array> {
    const image = await renderImage(layoutOf(job.inputs, this.fonts), this.fonts, { title: job.title, dpi: job.dpi });
    this.cache.write(key, 'png', image.png);
    return image.png;
  }

  /**
   * Every PNG of the plan: drawn where the cache has none, by the processes drawing ahead and
   * beside when there are (`drawnAhead`), else here. Entries are only looked for here: their bytes
   * are checked when they are read, for the site or a print PDF.
   */
  async pngs(jobs: readonly PngJob[], options: { concurrency: number; drawnAhead: DrawingProcess | undefined; aheadDrawsTheRest?: boolean }): Promise<void> {
    const keyed = jobs.map((job) => ({ job, key: pngKey(this.fingerprint, job) }));
    const missing = keyed.filter(({ key }) => !this.cache.has(key, 'png'));
    const { drawnAhead } = options;
    const drawings = drawnAhead ? await (options.aheadDrawsTheRest ? this.drawnAfter(missing, drawnAhead) : this.drawnBeside(missing, drawnAhead)) : new Map<string, Drawing>();
    const left = missing.filter(({ key }) => !drawings.has(key) && !this.cache.has(key, 'png'));
    await inPool(left, options.concurrency, async ({ job, key }) => drawings.set(key, await drawOne(job, key, this.cache, this.fonts)));
    for (const { job, key } of keyed) {
      const start = performance.now();
      const drawing = drawings.get(key);
      if (drawing && 'problems' in drawing) {
        this.pngProblems.push(...drawing.problems);
        continue;
      }
      if (!drawing) markUsed(this.cache.file(key, 'png'));
      this.made.set(job.file, { key, extension: 'png', redraw: () => this.draw(job, key) });
      this.records.push({ file: job.file, places: job.places, cached: !drawing, satori: 0, encode: 0, ...drawing?.timings, total: drawing?.timings.total ?? performance.now() - start });
    }
  }

  /**
   * What the process drawing ahead drew, and what a second process drew of the rest while the
   * first was still at work: first what the first will not draw (cards, pages the models do not
   * know), then the first's list from its other end, so the two meet once. Once the first has
   * finished, the rest is drawn here instead of starting a process.
   */
  private async drawnBeside(missing: readonly { job: PngJob; key: string }[], ahead: DrawingProcess): Promise<Drawings> {
    const fromTheOtherEnd = (job: DrawJob) => -(ahead.order.get(job.file) ?? ahead.order.size);
    const rest = missing.map(drawJob).sort((a, b) => fromTheOtherEnd(a) - fromTheOtherEnd(b));
    const beside = rest.length > 0 && !ahead.done ? new DrawingProcess(rest, this.cache.folder) : undefined;
    return drawingsOf(ahead, beside);
  }

  /**
   * What the process drawing ahead drew, with what it was given to draw after its own list (cards,
   * pages the models do not know). Had it finished already, a process of its own draws those: this
   * thread drives the browser meanwhile, and a drawing here would hold up every step of a print.
   */
  private async drawnAfter(missing: readonly { job: PngJob; key: string }[], ahead: DrawingProcess): Promise<Drawings> {
    const rest = missing.filter(({ key }) => !ahead.keys.has(key)).map(drawJob);
    const elsewhere = rest.length > 0 && !ahead.add(rest) ? new DrawingProcess(rest, this.cache.folder) : undefined;
    return drawingsOf(ahead, elsewhere);
  }

  /** The print PDF of a card: both sides drawn again as vectors, with bleed and crop marks; cached like the images. */
  async pdf(job: Plan['pdfs'][number]): Promise<void> {
    const start = performance.now();
    const { card } = job;
    const canvas = cardCanvas(card.size, true);
    const title = `Business card: ${card.name.text}, for ${card.audience}`;
    const key = cacheKey(this.fingerprint, { pdf: job.file, front: frontInput(card), back: backInput(card), canvas, size: card.size, title });
    const assemble = async () => {
      // PDFKit is loaded for a card PDF the cache does not have: most builds have them all.
      const { cardPdf, cardSideSvg } = await import('../render/cards/print-pdf.ts');
      const [front, back] = [await cardSideSvg(cardFront(frontInput(card), canvas, this.fonts), this.fonts), await cardSideSvg(cardBack(backInput(card), canvas, this.fonts), this.fonts)];
      const bytes = await cardPdf({ front, back }, { size: card.size, title, author: card.name.text });
      this.cache.write(key, 'pdf', bytes);
      return bytes;
    };
    const cached = this.cache.read(key, 'pdf');
    if (cached.state === 'ok') markUsed(this.cache.file(key, 'pdf'));
    if (cached.state === 'corrupt') this.discarded.push(`${job.file} (${cached.reason})`);
    try {
      if (cached.state !== 'ok') await assemble();
    } catch (error) {
      if (!(error instanceof ImageProblemsError)) throw error;
      this.pdfProblems.push(...error.problems);
      return;
    }
    this.made.set(job.file, { key, extension: 'pdf', redraw: assemble });
    const total = performance.now() - start;
    this.records.push({ file: job.file, places: ['out'], cached: cached.state === 'ok', satori: 0, encode: cached.state === 'ok' ? 0 : total, total });
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
   * never a link, so nothing done to the cache afterwards changes the built site (a copy costs
   * little more, bench/results.md).
   */
  async copy(file: string, targets: readonly string[], buffer: { bytes: Buffer }): Promise<void> {
    const bytes = await this.bytes(file, buffer);
    if (!bytes) throw new Error(`${file} was not made`);
    for (const target of targets) writeNew(target, bytes);
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

/** Writes a file that is not there yet, as in a fresh build; one that is (a site built before copies were made may hold a link to a cache entry) is removed first, never written through. */
function writeNew(target: string, bytes: Uint8Array): void {
  try {
    writeFileSync(target, bytes, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    rmSync(target, { force: true });
    writeFileSync(target, bytes, { flag: 'wx' });
  }
}

/** A site's cards and images, made or found in the cache, not yet written into the site. */
export interface SiteImages {
  cards: BusinessCard[];
  /** Each file, so far as made: publishing adds its copying time, and marks a file made again when its entry failed. */
  records: ImageRecord[];
  warnings: ImageProblem[];
  /** Writes every file into the site and the out folder; `discarded` names the cache entries that failed their check and were made again. */
  publish(folders: { outDir: string; printDir?: string | undefined }): Promise<{ discarded: string[]; pruned: PruneResult }>;
}

/**
 * Every card (front, back, bleed variants, print PDF) and every page's Open Graph image, made or
 * taken from the cache, and nothing written outside the cache yet. Every problem of every image
 * is collected and thrown together.
 */
export async function makeSiteImages(options: MakeSiteImagesOptions): Promise<SiteImages> {
  const fonts = loadFonts();
  const { cards, problems, warnings, pngs, pdfs } = plan(options, fonts);
  problems.push(...missingQrPages(cards, options.pageExists));
  const { cache } = options;
  const maker = new Maker(cache, fonts);
  const printPdfs = async () => {
    for (const job of pdfs) await maker.pdf(job);
  };
  try {
    // The print PDFs are made on this thread while the drawing processes draw the PNGs.
    await Promise.all([maker.pngs(pngs, { concurrency: options.concurrency ?? 3, drawnAhead: options.drawnAhead, aheadDrawsTheRest: options.aheadDrawsTheRest ?? false }), printPdfs()]);
  } finally {
    options.drawnAhead?.stop();
  }
  problems.push(...maker.problems);
  if (problems.length > 0) throw new ImageProblemsError(dedupe(problems));
  return { cards, records: maker.records, warnings, publish: (folders) => publish(maker, cache, folders) };
}

/** Written only once every image is made, so a failed build leaves no half set of cards. */
async function publish(maker: Maker, cache: ImageCache, { outDir, printDir: givenPrintDir }: { outDir: string; printDir?: string | undefined }): Promise<{ discarded: string[]; pruned: PruneResult }> {
  const printDir = givenPrintDir ?? privateFolder(outDir, undefined);
  const folders: Record<Where, string> = { site: outDir, out: printDir };
  const targetsOf = (record: ImageRecord) => record.places.map((place) => path.join(folders[place], record.file));
  for (const folder of new Set(maker.records.flatMap(targetsOf).map((target) => path.dirname(target)))) mkdirSync(folder, { recursive: true });
  const buffer = { bytes: Buffer.alloc(0) };
  for (const [index, record] of maker.records.entries()) {
    const start = performance.now();
    await maker.copy(record.file, targetsOf(record), buffer);
    record.total += performance.now() - start;
    if (index % COPIES_BETWEEN_TURNS === COPIES_BETWEEN_TURNS - 1) await letOthersRun();
  }
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
  const { pngs, pdfs } = plan({ ...options, pages }, fonts);
  const maker = new Maker(options.cache, fonts);
  const pdf = pdfs.find((job) => job.file === file);
  if (pdf) await maker.pdf(pdf);
  else await maker.pngs(pngs.filter((candidate) => candidate.file === file), { concurrency: 1, drawnAhead: undefined });
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
