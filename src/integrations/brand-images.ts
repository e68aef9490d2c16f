import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describePruning } from '../lib/build/cache-pruning.ts';
import { ImageProblemsError } from '../lib/render/cards/fit.ts';
import { pageOfFile, pagesWithImages, type PageWithImage } from '../lib/render/cards/page-images.ts';
import { describeImageProblems } from '../lib/render/cards/problems.ts';
import { buildOneSiteImage, buildSiteImages, knownPages, type ImageRecord } from '../lib/stages/images.ts';
import { contentDirectory, loadContent } from '../lib/content/load-content.ts';
import { recordStage } from '../lib/build/stage-timer.ts';
import { buildModel, type Model } from '../lib/model/model.ts';
import { userFacingError } from '../lib/build/user-facing-error.ts';
import { visibleContent } from '../lib/model/visibility.ts';

function publicModel() {
  const { content } = loadContent(contentDirectory());
  return { content, model: buildModel(visibleContent(content, 'public')) };
}

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

/**
 * Business cards and Open Graph images, after the pages are built (each page's image is named in
 * its own `og:image` tag) and before the privacy guard, which then sees the words of every image.
 * A problem with any image fails the build, listing all of them. In `astro dev` the same files are
 * made on request, so the contact page shows its cards while you edit.
 */
export function brandImages(): AstroIntegration {
  let siteUrl = 'https://example.com/';
  return {
    name: 'cairn:brand-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        siteUrl = new URL(config.base, config.site ?? 'https://example.com').href;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const outDir = fileURLToPath(dir);
        const { content, model } = publicModel();
        const pages = pagesWithImages(builtPages(outDir), siteUrl, model.profile.data.name);
        const pageExists = (sitePath: string) => {
          const target = path.join(outDir, sitePath);
          return (existsSync(target) && statSync(target).isFile()) || existsSync(path.join(target, 'index.html'));
        };
        try {
          const { cards, records, warnings, pruned } = await buildSiteImages({ model, siteUrl, pages, pageExists, outDir });
          recordStage('cards and social images', performance.now() - started);
          if (warnings.length > 0) logger.warn(describeImageProblems(warnings, content, 'left out of business cards and social images'));
          logger.info(describeRecords(cards.length, records, performance.now() - started));
          const prunedLine = describePruning(pruned, 'images');
          if (prunedLine) logger.info(prunedLine);
        } catch (error) {
          if (!(error instanceof ImageProblemsError)) throw error;
          throw userFacingError(
            describeImageProblems(error.problems, content, 'with business cards and social images'),
            'Each line names the file and field to change. Text on cards and images shrinks to a minimum size and is never cut, so too much text has to be shortened.',
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        // The content as of the last change: read once, not on each of a page's image requests
        // (at 1,000 accomplishments a contact page asks for 20 cards, and each read took a second).
        let current: { model: Model; known: PageWithImage[] } | undefined;
        const contentRoot = path.resolve(contentDirectory());
        server.watcher.on('all', (_event, file) => {
          if (path.resolve(file).startsWith(contentRoot + path.sep)) current = undefined;
        });
        const load = () => {
          if (!current) {
            const { model } = publicModel();
            // Without built pages to read, every page the model knows is offered, and any other og/ path gets an image named after it.
            current = { model, known: knownPages(model, siteUrl) };
          }
          return current;
        };
        server.middlewares.use((request, response, next) => {
          const base = new URL(siteUrl).pathname;
          const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
          const file = pathname.startsWith(base) ? pathname.slice(base.length) : '';
          if (!/^(cards\/[^/]+\.(png|pdf)|og\/.+\.png)$/.test(file)) return next();
          const { model, known } = load();
          const page = pageOfFile(file.replace(/^og\//, '').replace(/\.png$/, '.html'));
          const pages = known.some((entry) => entry.image === file) || !file.startsWith('og/') ? known : [{ page, image: file, title: page.replace(/\/$/, '') || model.profile.data.name, description: '' }];
          buildOneSiteImage({ model, siteUrl, pages }, file).then(
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
      },
    },
  };
}
