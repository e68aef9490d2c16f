import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FileDigests } from '../lib/build/file-digests.ts';
import { OptionsError, resolveOptions, type CairnOptions, type CairnOptionsInput } from '../lib/build/options.ts';
import { recordPageRendered, recordPagesToBuild, recordStage, timeSideBySide, timeStage } from '../lib/build/stage-timer.ts';
import { userFacingError } from '../lib/build/user-facing-error.ts';
import type { BuildContext } from '../lib/model/build-context.ts';
import type { BuildSession } from '../lib/stages/build-session.ts';
import type { EarlyDrawingProcess } from '../lib/stages/drawing-process-start.ts';
import type { DrawingProcess } from '../lib/stages/image-drawing.ts';
import type { BuiltSite } from './stages/built-site.ts';

/**
 * Cairn as one Astro integration: the whole pipeline, in the order the data flows.
 *
 *   options      parsed once (astro.config.mjs, overridden by environment variables)
 *   content      read and validated once; the build context (models per language and audience) made from it
 *   check        every problem in the content, before Astro reads anything
 *   pages        Astro syncs its content and renders the site from the build context (src/data/site-model.ts),
 *                while a process of its own draws the Open Graph images of the pages the content describes
 *                (on a first build, started as the content is read, and warmed up meanwhile)
 *   then side by side, each writing only files of its own:
 *     resumes    PDFs of every variant, direct-send copies in out/resumes/
 *     letters    cover letters in out/letters/, public ones also on the site
 *     images     every card and image made or found in the cache, then written into the site and
 *                out/cards/; the process drawing ahead draws the rest alone, beside the browser.
 *                With thousands of images left to draw (or none), they are made first, the rest by
 *                a second process beside the first, and no browser runs meanwhile, so a large site
 *                keeps within its memory
 *   privacy      nothing private in dist/, nothing private in out/, once all of them have finished
 *
 * Each stage after the pages is a named function of the build context and the built site, timed
 * for `npm run bench`. Everything past the options is imported when the build reaches it: the
 * commands (and the build's own wrapper, before Astro starts) read their options from this
 * integration, and should not load the content reader, a browser driver or an image pipeline to do so.
 */
type Stage = (context: BuildContext, site: BuiltSite, logger: AstroIntegrationLogger) => unknown;
interface StageAfterPages {
  name: string;
  label: string;
  load: () => Promise<Stage>;
}
/** Side by side with the images (or once they are made), each started in this order until its first wait. */
const SIDE_BY_SIDE: readonly StageAfterPages[] = [
  { name: 'resumes', label: 'cairn:resumes', load: async () => (await import('./stages/resumes.ts')).resumesStage },
  { name: 'cover letters', label: 'cairn:letters', load: async () => (await import('./stages/letters.ts')).lettersStage },
];
const IMAGES = { name: 'cards and social images', label: 'cairn:images', published: 'images written into the site', load: () => import('./stages/images.ts') };
const PRIVACY_GUARD = { name: 'privacy guard', label: 'cairn:privacy-guard', load: async () => (await import('./stages/privacy-guard.ts')).privacyGuardStage };

/** The Astro command running: `astro check` and `astro sync` set up as 'sync'. */
type AstroCommand = Parameters<NonNullable<AstroIntegration['hooks']['astro:config:setup']>>[0]['command'];

/** What astro.config.mjs gave `cairn()`, kept on the integration so the commands read the same options. */
export interface CairnIntegration extends AstroIntegration {
  readonly cairnOptions: CairnOptionsInput;
}

/**
 * The stages that run once Astro has written the pages, the drawing of page images that starts
 * before them (as Astro's config is done), and the preview of images in `astro dev`.
 */
function afterPages(session: BuildSession, publicDir: string, command: AstroCommand, earlyDrawing: EarlyDrawingProcess | undefined): AstroIntegration {
  let site: BuiltSite | undefined;
  let drawingAhead: { process: DrawingProcess; took: Promise<number> } | undefined;
  return {
    name: 'cairn:stages',
    hooks: {
      'astro:config:done': async ({ config }) => {
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = { dist: '', base, site: config.site, siteUrl: new URL(config.base, config.site ?? 'https://example.com').href, publicDir };
        if (command !== 'build') return;
        // The page images the content describes are drawn by a process of their own from here on: beside
        // Astro's content sync and Vite's set-up, which leave a core partly idle, then beside the pages.
        const { imagesAheadStage } = await IMAGES.load();
        const startedAt = performance.now();
        const drawing = imagesAheadStage(session.context(), site, earlyDrawing);
        // Timed as it ends, not when the images stage gets round to asking.
        const took = () => performance.now() - startedAt;
        if (drawing) drawingAhead = { process: drawing, took: drawing.finished.then(took, took) };
      },
      'astro:build:done': async ({ dir, logger }) => {
        const context = session.context();
        const { timingsFile } = session.options;
        // The PDFs printed below are read for the privacy guard as they are written, once no image is being drawn.
        const { PdfTextsAhead } = await import('../lib/privacy/pdf-texts-ahead.ts');
        const textsAhead = new PdfTextsAhead(session.options.pdfTextCache);
        const built = { ...site!, dist: fileURLToPath(dir), pdfWritten: (file: string) => textsAhead.read(file), digests: new FileDigests() };
        const { imagesStage } = await IMAGES.load();
        const ahead = drawingAhead?.process;
        // With a few hundred page images left to draw, the process drawing them finishes alone while the
        // browser prints; with thousands left, two processes draw them before a browser starts: beside
        // those, it would be slower and take the build past its memory. With none left (the cards are
        // drawn ahead too), what is left is made first: beside the browser, it slows the prints more than it takes (bench/results.md).
        const printBesideImages = ahead?.finishingUp() ?? false;
        const makeImages = () =>
          timeStage(timingsFile, IMAGES.name, () => imagesStage(context, built, logger.fork(IMAGES.label), ahead, printBesideImages))
            .then((publish) => ({ publish }), (error: unknown) => ({ error }))
            .finally(async () => {
              ahead?.stop();
              if (drawingAhead) recordStage(timingsFile, 'images drawn beside the pages', await drawingAhead.took);
            });
        const stages = await Promise.all(SIDE_BY_SIDE.map(async ({ name, label, load }) => ({ stage: name, run: await load(), label })));
        const printing = stages.map(({ stage, run, label }) => ({ stage, work: () => run(context, built, logger.fork(label)) }));
        const together = 'resumes, letters and images side by side';
        // The resumes and letters run even when an image failed, so the build names all their problems at once.
        let images = printBesideImages ? undefined : await makeImages();
        const makeAndPublish = async () => {
          const made = (images ??= await makeImages());
          textsAhead.begin();
          if ('publish' in made) await timeStage(timingsFile, IMAGES.published, made.publish);
        };
        const outcomes = await timeSideBySide(timingsFile, together, [...printing, { work: makeAndPublish }]);
        // Every stage has finished writing by now, failed or not: the build fails with all their problems at once.
        const failures = [...(images && 'error' in images ? [images.error] : []), ...outcomes.flatMap((outcome) => (outcome.status === 'rejected' ? [outcome.reason] : []))];
        if (failures.length > 0) textsAhead.stop();
        (await import('./stages/failures.ts')).throwFailures(failures, logger);
        const guard = await PRIVACY_GUARD.load();
        // The guard scans every other file while the last PDFs' text is read, and reads the PDFs' once that is done.
        await timeStage(timingsFile, PRIVACY_GUARD.name, () => guard(context, built, logger.fork(PRIVACY_GUARD.label), textsAhead.finished()));
      },
      'astro:server:setup': async ({ server, logger }) => {
        const { contentCheckWhileEditing } = await import('./stages/content-check.ts');
        const checkAfterChange = contentCheckWhileEditing(publicDir, logger.fork('cairn:check'));
        checkAfterChange(session.context());
        // After any change: a new read of the content (when the change was to it) is checked once.
        server.watcher.on('all', (_event, file) => {
          session.contentChanged(file);
          checkAfterChange(session.context());
        });
        const { serveImagesWhileEditing } = await import('./stages/images.ts');
        serveImagesWhileEditing(server, session, site!.siteUrl, logger.fork('cairn:images'));
      },
    },
  };
}

/** The options of this run: astro.config.mjs's, overridden by the environment (the one place the build reads it). */
function optionsOf(given: CairnOptionsInput, root: string): CairnOptions {
  try {
    return resolveOptions(given, process.env, root);
  } catch (error) {
    if (!(error instanceof OptionsError)) throw error;
    throw userFacingError(error.message, 'Fix each option in the cairn({...}) call in astro.config.mjs, or the environment variable named, then build again. docs/configuration.md lists them all.');
  }
}

export function cairn(given: CairnOptionsInput = {}): CairnIntegration {
  let session: BuildSession | undefined;
  let setUpAt = 0;
  let pagesStartAt = 0;
  /** The path the site is published under: pages are reported by their address on it. */
  let basePath = '/';
  return {
    name: 'cairn',
    cairnOptions: given,
    hooks: {
      'astro:config:setup': async ({ command, config, updateConfig, addMiddleware, logger }) => {
        setUpAt = performance.now();
        const options = optionsOf(given, fileURLToPath(config.root));
        const { cacheFolderProblems } = await import('../lib/build/cache-folders.ts');
        const cacheProblems = cacheFolderProblems(options);
        if (cacheProblems.length > 0) throw userFacingError(cacheProblems.join('\n'), 'Point each at a folder (it is made when missing), or move the file out of the way, then build again.');
        const { PRIVATE_FOLDER_FIX, privateFolderProblem } = await import('../lib/build/private-folder.ts');
        const privateProblem = command === 'build' ? privateFolderProblem(fileURLToPath(config.outDir), options.outDir) : undefined;
        if (privateProblem) throw userFacingError(privateProblem, `${PRIVATE_FOLDER_FIX}, then build again.`);
        // A first build draws every page image: its drawing process starts now and warms up while the content is read.
        const { drawsEveryImage, EarlyDrawingProcess } = await import('../lib/stages/drawing-process-start.ts');
        const earlyDrawing = command === 'build' && drawsEveryImage(options.imageCache) ? new EarlyDrawingProcess() : undefined;
        const [{ startBuildSession }, { contentCheckStage }, { publishedBasePath, publishedSiteUrl, profilePhoto }, { photoOrigin }, { isShortCardPage, sitemapLanguages }, { tableAlignmentAsClass }] = await Promise.all([
          import('../lib/stages/build-session.ts'),
          import('./stages/content-check.ts'),
          import('../lib/content/site-settings.ts'),
          import('../lib/content/photo.ts'),
          import('../lib/render/sitemap.ts'),
          import('../lib/render/table-alignment.ts'),
        ]);
        const [{ handOverCollectionParts }, { siteCollections }] = await Promise.all([import('./content-collection-parts.ts'), import('./content-collections.ts')]);
        handOverCollectionParts({ collections: siteCollections() });
        session = startBuildSession(options);
        const context = session.context();
        contentCheckStage(context, { command, publicDir: fileURLToPath(config.publicDir), logger });
        if (command === 'dev') addMiddleware({ entrypoint: new URL('./dev-problems-middleware.ts', import.meta.url), order: 'pre' });
        const profile = context.load.profileFrontmatter;
        // A portrait given as a web address is the one image the pages may load from another site.
        const photoSite = photoOrigin(profilePhoto(profile));
        const [{ default: mdx }, { default: sitemap }, { satteri }] = await Promise.all([import('@astrojs/mdx'), import('@astrojs/sitemap'), import('@astrojs/markdown-satteri')]);
        basePath = publishedBasePath(profile, options);
        updateConfig({
          site: publishedSiteUrl(profile, options),
          base: basePath,
          trailingSlash: 'always',
          // Lossless whitespace removal: the 'jsx' default would drop spaces between inline elements.
          compressHTML: true,
          integrations: [mdx(), sitemap({ ...sitemapLanguages(profile), filter: (page) => !isShortCardPage(page, basePath) }), afterPages(session, fileURLToPath(config.publicDir), command, earlyDrawing)],
          devToolbar: { enabled: false },
          // Set apart by tests and the benchmark, so builds of other content do not evict each other's pages.
          cacheDir: pathToFileURL(`${options.astroCache}/`),
          // A rebuild renders only the pages whose inputs changed; the others are copied from Astro's cache.
          experimental: { incrementalBuild: true },
          // Several pages at a time, so a rebuild's copies from that cache wait on the disk together rather than
          // in turn. Rendering stays on one thread: a cold build is no faster and writes the same bytes. Astro
          // prints a rendered page's line in two halves around its render, so --verbose keeps one at a time.
          build: { concurrency: options.verbose ? 1 : 8 },
          // Astro marks every content module with a "use astro:head-inject" directive, which Rolldown warns
          // about once per content file (withastro/astro#18087): harmless, and hundreds of lines per build.
          vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
          // Code in stories is shown plainly: Shiki's inline styles would need 'unsafe-inline' under the CSP.
          // Table alignment becomes a class: the CSP below drops the style attributes Markdown writes.
          markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [tableAlignmentAsClass] }) },
          security: {
            // Pages carry a Content-Security-Policy meta tag: Astro hashes its own styles and scripts;
            // everything else may only come from the site itself.
            csp: {
              algorithm: 'SHA-256',
              directives: ["default-src 'self'", photoSite ? `img-src 'self' data: ${photoSite}` : "img-src 'self' data:", "font-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
            },
          },
        });
      },
      'astro:build:start': async ({ setPrerenderer }) => {
        pagesStartAt = performance.now();
        const [{ pageCacheKeys }, { printsPdfs }, { keyEveryPage, reportPages }] = await Promise.all([import('../lib/stages/page-cache-keys.ts'), import('../lib/print/chrome.ts'), import('./incremental-pages.ts')]);
        const context = session!.context();
        const { timingsFile } = context.options;
        const keyed = keyEveryPage(() => pageCacheKeys(context, printsPdfs(false, context.options.chromePath)));
        const reported = reportPages(basePath, { listed: (pages) => recordPagesToBuild(timingsFile, pages), rendered: (page, ms) => recordPageRendered(timingsFile, page, ms) });
        setPrerenderer((prerenderer) => reported(keyed(prerenderer)));
        recordStage(timingsFile, 'content sync and set-up', pagesStartAt - setUpAt);
      },
      'astro:build:generated': () => {
        recordStage(session!.options.timingsFile, 'pages', performance.now() - pagesStartAt);
      },
    },
  };
}
