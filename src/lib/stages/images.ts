import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markUsed, pruneUnused, type PruneResult } from '../build/cache-pruning.ts';
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
import { cardPdf, cardSideSvg } from '../render/cards/print-pdf.ts';
import { renderImage } from '../render/cards/render.ts';
import type { PageWithImage } from '../render/cards/page-images.ts';
import { cardCanvas, PRINT_DPI } from '../render/cards/sizes.ts';

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

interface PngJob {
  file: string;
  /** `site`: published in the built site; `out`: the person's own copy, in the out folder; or both. */
  places: Where[];
  title: string;
  dpi: number;
  /** Everything the image depends on; its hash is the cache key. */
  inputs: ImageInputs;
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
}

/** The specs of the pages every model knows, the translated ones under their language's folder. */
function specsOfModels(model: Model, translations: readonly Model[], siteUrl: string): Map<string, OgSpec> {
  return new Map([model, ...translations].flatMap((each) => [...ogSpecs(each, siteUrl)]));
}

/** Every page the models know, as if read from built pages: what the dev server and the image benchmark offer without a build. */
export function knownPages(model: Model, siteUrl: string, translations: readonly Model[] = []): PageWithImage[] {
  return [...specsOfModels(model, translations, siteUrl).values()].map((spec) => ({ page: spec.page, image: ogImageFile(spec.page), title: spec.title.text, description: '' }));
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

  private keyOf(job: PngJob): string {
    return cacheKey(this.fingerprint, { inputs: job.inputs, dpi: job.dpi, title: job.title });
  }

  private async draw(job: PngJob, key: string): Promise<Awaited<ReturnType<typeof renderImage>>> {
    const image = await renderImage(layoutOf(job.inputs, this.fonts), this.fonts, { title: job.title, dpi: job.dpi });
    this.cache.write(key, 'png', image.png);
    return image;
  }

  async png(job: PngJob): Promise<void> {
    const start = performance.now();
    const key = this.keyOf(job);
    const redraw = async () => (await this.draw(job, key)).png;
    // Only looked for here: its bytes are checked when they are read, for the site or a print PDF.
    if (this.cache.has(key, 'png')) {
      markUsed(this.cache.file(key, 'png'));
      this.made.set(job.file, { key, extension: 'png', redraw });
      this.records.push({ file: job.file, places: job.places, cached: true, satori: 0, encode: 0, total: performance.now() - start });
      return;
    }
    try {
      const image = await this.draw(job, key);
      this.made.set(job.file, { key, extension: 'png', redraw });
      this.records.push({ file: job.file, places: job.places, cached: false, ...image.timings, total: performance.now() - start });
    } catch (error) {
      if (!(error instanceof ImageProblemsError)) throw error;
      this.problems.push(...error.problems);
    }
  }

  /** The print PDF of a card: both sides drawn again as vectors, with bleed and crop marks; cached like the images. */
  async pdf(job: Plan['pdfs'][number]): Promise<void> {
    const start = performance.now();
    const { card } = job;
    const canvas = cardCanvas(card.size, true);
    const title = `Business card: ${card.name.text}, for ${card.audience}`;
    const key = cacheKey(this.fingerprint, { pdf: job.file, front: frontInput(card), back: backInput(card), canvas, size: card.size, title });
    const assemble = async () => {
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
      this.problems.push(...error.problems);
      return;
    }
    this.made.set(job.file, { key, extension: 'pdf', redraw: assemble });
    const total = performance.now() - start;
    this.records.push({ file: job.file, places: ['out'], cached: cached.state === 'ok', satori: 0, encode: cached.state === 'ok' ? 0 : total, total });
  }

  /** A made file's bytes, checked against their seal; made again when the entry is gone or corrupt. */
  async bytes(file: string): Promise<Uint8Array | undefined> {
    const made = this.made.get(file);
    if (!made) return undefined;
    const read = this.cache.read(made.key, made.extension);
    if (read.state === 'ok') return read.bytes;
    if (read.state === 'corrupt') this.discarded.push(`${file} (${read.reason})`);
    this.redrawn.add(file);
    return made.redraw();
  }

  /**
   * Puts a made file where the site wants it: a copy of the checked bytes, never a link, so
   * nothing done to the cache afterwards changes the built site (a copy costs little more,
   * bench/results.md).
   */
  async copy(file: string, target: string): Promise<void> {
    const bytes = await this.bytes(file);
    if (!bytes) throw new Error(`${file} was not made`);
    // Removed first: a site built before copies were made may hold a link to a cache entry.
    rmSync(target, { force: true });
    writeFileSync(target, bytes);
  }
}

/**
 * Every card (front, back, bleed variants, print PDF) and every page's Open Graph image, written
 * into the built site. Unchanged inputs are copied from the cache, not drawn; an entry that fails
 * its check is made again and named in `discarded`. Every problem of every image is collected
 * and thrown together.
 */
export async function buildSiteImages(options: SiteImagesOptions): Promise<{ cards: BusinessCard[]; records: ImageRecord[]; warnings: ImageProblem[]; discarded: string[]; pruned: PruneResult }> {
  const fonts = loadFonts();
  const { cards, problems, warnings, pngs, pdfs } = plan(options, fonts);
  problems.push(...missingQrPages(cards, options.pageExists));
  const { cache } = options;
  const maker = new Maker(cache, fonts);
  await inPool(pngs, options.concurrency ?? 3, (job) => maker.png(job));
  for (const job of pdfs) await maker.pdf(job);
  problems.push(...maker.problems);
  if (problems.length > 0) throw new ImageProblemsError(dedupe(problems));
  // Written only once every image is made, so a failed build leaves no half set of cards.
  const printDir = options.printDir ?? path.join(path.dirname(path.resolve(options.outDir)), 'out');
  const folders: Record<Where, string> = { site: options.outDir, out: printDir };
  for (const record of maker.records) {
    const start = performance.now();
    for (const place of record.places) {
      const target = path.join(folders[place], record.file);
      mkdirSync(path.dirname(target), { recursive: true });
      await maker.copy(record.file, target);
    }
    record.total += performance.now() - start;
  }
  removeStaleCards(path.join(printDir, 'cards'), new Set(maker.records.filter((record) => record.places.includes('out')).map((record) => path.basename(record.file))));
  for (const record of maker.records) if (maker.redrawn.has(record.file)) record.cached = false;
  // Only after this build has marked every entry it uses.
  return { cards, records: maker.records, warnings, discarded: maker.discarded, pruned: pruneUnused(cache.folder) };
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
  else for (const job of pngs.filter((candidate) => candidate.file === file)) await maker.png(job);
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
