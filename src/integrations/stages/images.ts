import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describePruning } from '../../lib/build/cache-pruning.ts';
import type { FileDigests } from '../../lib/build/file-digests.ts';
import { userFacingError } from '../../lib/build/user-facing-error.ts';
import type { BuildContext } from '../../lib/model/build-context.ts';
import type { Model } from '../../lib/model/model.ts';
import { ImageCache } from '../../lib/render/cards/cache.ts';
import { ImageProblemsError } from '../../lib/render/cards/fit.ts';
import { pageOfFile, pagesWithImages, type PageWithImage } from '../../lib/render/cards/page-images.ts';
import { describeImageProblems } from '../../lib/render/cards/problems.ts';
import { privateFolder } from '../../lib/render/resume/paths.ts';
import type { BuildSession } from '../../lib/stages/build-session.ts';
import { collectGarbage, SMALL_HEAP_BYTES } from '../../lib/build/collect-garbage.ts';
import type { EarlyDrawingProcess } from '../../lib/stages/drawing-process-start.ts';
import type { DrawingProcess } from '../../lib/stages/image-drawing.ts';
import { buildOneSiteImage, drawKnownImagesAhead, knownPages, makeSiteImages, type ImageRecord, type SiteImages } from '../../lib/stages/images.ts';
import type { BuiltSite } from './built-site.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The built pages, each read when it is asked for (through `digests`, which keeps each page's hash for the privacy guard). */
function* builtPages(folder: string, digests?: FileDigests): Generator<{ file: string; html: string }> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
  for (const file of files) {
    const full = path.join(folder, file);
    yield { file, html: (digests ? digests.read(full) : readFileSync(full)).toString('utf8') };
  }
}

/** `4 business cards and 81 Open Graph images: 0 made, 101 from the cache (0.3 s)`. */
export function describeRecords(cards: number, records: readonly ImageRecord[], milliseconds: number): string {
  const og = records.filter((record) => record.file.startsWith('og/')).length;
  const made = records.filter((record) => !record.cached).length;
  return `${cards} business card${cards === 1 ? '' : 's'} and ${og} Open Graph image${og === 1 ? '' : 's'}: ${made} made, ${records.length - made} from the cache (${(milliseconds / 1000).toFixed(1)} s)`;
}

/** `discarded 1 corrupt cached image and made it again: og/work.png (it has no seal: …)`. */
export function describeDiscarded(discarded: readonly string[]): string {
  const shown = discarded.slice(0, 3).join('; ');
  return `discarded ${discarded.length} corrupt cached image${discarded.length === 1 ? '' : 's'} and made ${discarded.length === 1 ? 'it' : 'them'} again: ${shown}${discarded.length > 3 ? '; …' : ''}`;
}

/** The published models: the default language's and each other language's. */
function publicModels(context: BuildContext): { model: Model; translations: Model[] } {
  return { model: context.model(context.defaultLanguage, 'public'), translations: context.languages.slice(1).map((language) => context.model(language, 'public')) };
}

/**
 * Once Astro's config is done, before its content sync and Vite's set-up: the Open Graph images of
 * the pages the content describes that the image cache does not have, drawn into it by a process
 * of their own while Astro goes on to the pages (`imagesStage` waits for it). Undefined when the
 * cache has them all. A drawing process `started` while the content was read draws them.
 */
export function imagesAheadStage(context: BuildContext, site: BuiltSite, started?: EarlyDrawingProcess): DrawingProcess | undefined {
  return drawKnownImagesAhead({ ...publicModels(context), siteUrl: site.siteUrl, cache: new ImageCache(context.options.imageCache), started });
}

/**
 * Business cards and Open Graph images, after the pages are built (each page's image is named in
 * its own `og:image` tag): made, or found in the cache, into the cache. A problem with any image
 * fails the build, listing all of them. Returns the step that writes them into the site and the
 * out folder, which runs beside the resume and letter stages and before the privacy guard, which
 * then sees the words of every image. With `aheadDrawsTheRest`, the process drawing ahead draws
 * what is left alone, as a browser prints beside this stage.
 */
export async function imagesStage(context: BuildContext, site: BuiltSite, logger: AstroIntegrationLogger, drawnAhead?: DrawingProcess, aheadDrawsTheRest = false): Promise<() => Promise<void>> {
  const started = performance.now();
  const { content } = context.load;
  const { model, translations } = publicModels(context);
  // A copy: the titles read from the pages are slices of their HTML, and would keep every page in memory.
  const pages = structuredClone(pagesWithImages(builtPages(site.dist, site.digests), site.siteUrl, model.profile.data.name));
  const pageExists = (sitePath: string) => {
    const target = path.join(site.dist, sitePath);
    return (existsSync(target) && statSync(target).isFile()) || existsSync(path.join(target, 'index.html'));
  };
  // Astro's garbage goes before a second drawing process starts beside the first.
  collectGarbage({ unlessHeapBelow: SMALL_HEAP_BYTES });
  let made: SiteImages;
  try {
    made = await makeSiteImages({ model, translations, siteUrl: site.siteUrl, pages, pageExists, cache: new ImageCache(context.options.imageCache), drawnAhead, aheadDrawsTheRest });
  } catch (error) {
    if (!(error instanceof ImageProblemsError)) throw error;
    throw userFacingError(
      describeImageProblems(error.problems, content, 'with business cards and social images'),
      'Each line names the file and field to change. Text on cards and images shrinks to a minimum size and is never cut, so too much text has to be shortened.',
    );
  }
  if (made.warnings.length > 0) logger.warn(describeImageProblems(made.warnings, content, 'left out of business cards and social images'));
  const madeMs = performance.now() - started;
  return async () => {
    const publishing = performance.now();
    const { discarded, pruned } = await made.publish({ outDir: site.dist, printDir: privateFolder(site.dist, context.options.outDir), digests: site.digests, previousSite: context.options.previousSite });
    logger.info(describeRecords(made.cards.length, made.records, madeMs + performance.now() - publishing));
    if (discarded.length > 0) logger.warn(describeDiscarded(discarded));
    const prunedLine = describePruning(pruned, 'images');
    if (prunedLine) logger.info(prunedLine);
  };
}

/**
 * In `astro dev` the same files are made on request, so the contact page shows its cards while
 * you edit. The model is the build session's, read again only after the content changed.
 */
export function serveImagesWhileEditing(server: DevServer, session: BuildSession, siteUrl: string, logger: AstroIntegrationLogger): void {
  const cache = new ImageCache(session.options.imageCache);
  // Pages the model knows, worked out once per read of the content.
  const knownOf = new WeakMap<Model, PageWithImage[]>();
  server.middlewares.use((request, response, next) => {
    const base = new URL(siteUrl).pathname;
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith(base) ? pathname.slice(base.length) : '';
    if (!/^(cards\/[^/]+\.(png|pdf)|og\/.+\.png)$/.test(file)) return next();
    const context = session.context();
    const model = context.model(context.defaultLanguage, 'public');
    const translations = context.languages.slice(1).map((language) => context.model(language, 'public'));
    // Without built pages to read, every page the model knows is offered, and any other og/ path gets an image named after it.
    let known = knownOf.get(model);
    if (!known) {
      known = knownPages(model, siteUrl, translations);
      knownOf.set(model, known);
    }
    const page = pageOfFile(file.replace(/^og\//, '').replace(/\.png$/, '.html'));
    const pages = known.some((entry) => entry.image === file) || !file.startsWith('og/') ? known : [{ page, image: file, title: page.replace(/\/$/, '') || model.profile.data.name, description: '' }];
    buildOneSiteImage({ model, translations, siteUrl, pages, cache }, file).then(
      (bytes) => {
        if (!bytes) return next();
        response.writeHead(200, { 'content-type': file.endsWith('.pdf') ? 'application/pdf' : 'image/png', 'cache-control': 'no-store' });
        response.end(bytes);
      },
      (error: unknown) => {
        logger.warn(error instanceof Error ? error.message : String(error));
        next();
      },
    );
  });
}
