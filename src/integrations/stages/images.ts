import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describePruning } from '../../lib/build/cache-pruning.ts';
import { userFacingError } from '../../lib/build/user-facing-error.ts';
import type { BuildContext } from '../../lib/model/build-context.ts';
import type { Model } from '../../lib/model/model.ts';
import { ImageCache } from '../../lib/render/cards/cache.ts';
import { ImageProblemsError } from '../../lib/render/cards/fit.ts';
import { pageOfFile, pagesWithImages, type PageWithImage } from '../../lib/render/cards/page-images.ts';
import { describeImageProblems } from '../../lib/render/cards/problems.ts';
import { directSendFolder } from '../../lib/render/resume/paths.ts';
import type { BuildSession } from '../../lib/stages/build-session.ts';
import { buildOneSiteImage, buildSiteImages, knownPages, type ImageRecord } from '../../lib/stages/images.ts';
import type { BuiltSite } from './built-site.ts';

type DevServer = Parameters<NonNullable<AstroIntegration['hooks']['astro:server:setup']>>[0]['server'];

/** The built pages, each read when it is asked for. */
function* builtPages(folder: string): Generator<{ file: string; html: string }> {
  const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
  for (const file of files) yield { file, html: readFileSync(path.join(folder, file), 'utf8') };
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

/**
 * Business cards and Open Graph images, after the pages are built (each page's image is named in
 * its own `og:image` tag) and before the privacy guard, which then sees the words of every image.
 * A problem with any image fails the build, listing all of them.
 */
export async function imagesStage(context: BuildContext, site: BuiltSite, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const { content } = context.load;
  const model = context.model(context.defaultLanguage, 'public');
  const translations = context.languages.slice(1).map((language) => context.model(language, 'public'));
  const pages = pagesWithImages(builtPages(site.dist), site.siteUrl, model.profile.data.name);
  const pageExists = (sitePath: string) => {
    const target = path.join(site.dist, sitePath);
    return (existsSync(target) && statSync(target).isFile()) || existsSync(path.join(target, 'index.html'));
  };
  try {
    const { cards, records, warnings, discarded, pruned } = await buildSiteImages({ model, translations, siteUrl: site.siteUrl, pages, pageExists, outDir: site.dist, printDir: path.dirname(directSendFolder(site.dist, context.options.outDir)), cache: new ImageCache(context.options.imageCache) });
    if (warnings.length > 0) logger.warn(describeImageProblems(warnings, content, 'left out of business cards and social images'));
    logger.info(describeRecords(cards.length, records, performance.now() - started));
    if (discarded.length > 0) logger.warn(describeDiscarded(discarded));
    const prunedLine = describePruning(pruned, 'images');
    if (prunedLine) logger.info(prunedLine);
  } catch (error) {
    if (!(error instanceof ImageProblemsError)) throw error;
    throw userFacingError(
      describeImageProblems(error.problems, content, 'with business cards and social images'),
      'Each line names the file and field to change. Text on cards and images shrinks to a minimum size and is never cut, so too much text has to be shortened.',
    );
  }
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
