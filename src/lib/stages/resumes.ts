import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describePruning, pruneUnused } from '../build/cache-pruning.ts';
import { browserIdentity, findChrome, HOW_TO_INSTALL_A_BROWSER } from '../print/chrome.ts';
import { collectGarbage, SMALL_HEAP_BYTES } from '../build/collect-garbage.ts';
import type { BuildContext } from '../model/build-context.ts';
import { writeFileAtomically } from '../build/safe-write.ts';
import type { Audience } from '../model/visibility.ts';
import { resumeSubject, resumeTitle, standaloneDocument } from '../render/resume/document.ts';
import { cachedResumeDocx } from '../render/resume/docx-cache.ts';
import { renderTextExports } from '../render/resume/exports.ts';
import { fitToPages, overflowError, type Print } from '../print/resume-fit.ts';
import { framedPage } from '../print/page-frame.ts';
import { measureTogether, resumePrintSession, themePrintSession, type Measurement } from '../print/resume-pages.ts';
import { loadJsonResumeTheme, themedPage } from '../print/json-resume-theme.ts';
import { jsonResumeTheme } from '../render/resume/designs.ts';
import { toJsonResume } from '../render/resume/json-resume-export.ts';
import { PAPER, renderResumeArticle } from '../render/resume/html.ts';
import { directSendFolder, languageFolder, resumeSiteFiles } from '../render/resume/paths.ts';
import { finishPdf, pdfDate } from '../print/pdf-file.ts';
import { printKey, readCachedPrint, writeCachedPrint, type CachedPrint } from '../print/pdf-cache.ts';
import { siteFiles } from '../print/http-server.ts';
import { fallbackFontFaceCss, resumeCss, servePrintAssets } from '../print/print-assets.ts';
import { emptyTally, startPrinter, tallySince, type Printer, type PrintTab, type StepTally } from '../print/printer.ts';
import { previewOf } from '../print/resume-preview.ts';
import { selectResume, type ResumeView } from '../model/resume/selection.ts';
import { runningFooterCss } from '../render/resume/running-footer.ts';
import { textDirection } from '../model/i18n/messages.ts';

/**
 * The resume stage of the build, after Astro has written the site: for every variant, print
 * the web page to PDF (fitting it to its page limit), and write direct-send copies — PDF, Word, text,
 * Markdown, JSON Resume — with what the `resume` audience may see to out/resumes/. Pure of Astro,
 * so the benchmark runs exactly what the build runs.
 */

/**
 * How the cached previews were made: part of every print's cache key, so previews captured from the
 * browser's screen by earlier versions are drawn again from their PDFs.
 */
const PREVIEW_FROM = 'preview: page one of the PDF';

export interface BuildLogger {
  info(message: string): void;
  warn(message: string): void;
}

export interface ResumeBuildOptions {
  /** The build's one read of the content, its models and options. */
  context: BuildContext;
  /** The built site. */
  dist: string;
  /** The site's base path, `/` or e.g. `/portfolio/`. */
  base: string;
  /** The site's address, for the JSON Resume's `meta.canonical`. */
  site: string | undefined;
  logger: BuildLogger;
  /** The browser to print with; default: the configured one (`chromePath`) or the usual install places. */
  chromePath?: string | undefined;
  /**
   * Browser tabs printing side by side. Default 1: on a 2-core machine a second tab finished the
   * stage no sooner and made each print slower (bench/results.md).
   */
  tabs?: number | undefined;
  /**
   * Whether the copies are measured together before their fits (default) or each alone: the PDFs
   * are the same either way, which a test checks, and the benchmark compares the two.
   */
  measureTogether?: boolean | undefined;
  /** Told of each PDF printed, once it is written (the privacy guard's texts read ahead). */
  pdfWritten?: ((file: string) => void) | undefined;
}

export interface VariantReport {
  id: string;
  /** The language of this copy; the default language's copies sit where a one-language site has them. */
  language: string;
  /** `public`: the website's copy in dist/; `resume`: the direct-send copy in out/resumes/. */
  audience: Exclude<Audience, 'private'>;
  selectMs: number;
  htmlMs: number;
  /** Loading the page and every print of the fit, plus finishing the PDF and drawing the preview (which overlap the next copy's prints). */
  pdfMs: number;
  exportMs: number;
  /** The browser's steps for this copy (page loads, article swaps, prints): how many, and their time. */
  browser: StepTally;
  pages: number | undefined;
  dropped: string[];
  /** Whether this copy was its tab's first page load, which also loads and decodes the fonts. */
  cold: boolean;
}

export interface Overflow {
  id: string;
  message: string;
  hint: string;
}

export interface ResumeBuildReport {
  /** Whether PDFs were printed (false without a browser). */
  pdfs: boolean;
  browserStartMs: number | undefined;
  totalMs: number;
  variants: VariantReport[];
  /** The browser's steps that measured copies together, before any copy's own (`measureFirstTogether`). */
  measuredTogether: StepTally;
  /** Variants over their page limit; the build fails on any. */
  overflows: Overflow[];
  /** The folder the direct-send copies went to. */
  outFolder: string;
}

/** The one warning of a build without a browser: what is skipped, what still works, how to fix it. */
export function noBrowserMessage(configured: string | undefined): string {
  const why = configured ? `CHROME_PATH is set to "${configured}", but no file is there` : 'no Chrome or Chromium was found';
  return (
    `Resume PDFs skipped: ${why}. Everything else is built, including the Word, text, Markdown and JSON resumes. ` +
    'out/resumes/ keeps no PDF from an earlier build either: it could carry outdated details. ' +
    `To get PDFs, ${HOW_TO_INSTALL_A_BROWSER}; then build again.`
  );
}

/** The PDF's title, author, subject and keywords, and its content-derived date. */
export function metadataOf(view: ResumeView, sourceDateEpoch: string | undefined) {
  return {
    title: resumeTitle(view.person.name, view.variant.targetRole, view.language),
    author: view.person.name,
    subject: resumeSubject(view.person.name, view.variant.targetRole, view.variant.title, view.language),
    keywords: view.skills.flatMap((group) => group.skills.map((skill) => skill.name)),
    date: pdfDate(view.asOf, sourceDateEpoch),
    paper: PAPER[view.variant.paper],
  };
}

function milliseconds(since: number): number {
  return Math.round((performance.now() - since) * 10) / 10;
}

/** Removes direct-send files of variants that no longer exist, so an outdated resume is never sent by mistake. */
function removeStale(folder: string, ids: ReadonlySet<string>, only = /./): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const match = /^(.+)\.(pdf|docx|txt|md|json)$/.exec(name);
    if (match && !ids.has(match[1]!) && only.test(name)) rmSync(path.join(folder, name), { force: true });
  }
}

export async function buildResumes(options: ResumeBuildOptions): Promise<ResumeBuildReport> {
  const started = performance.now();
  const { dist, base, logger } = options;
  const { context } = options;
  const { sourceDateEpoch } = context.options;
  const sourceFile = new Map(context.load.content.resumes.map((entry) => [entry.id, entry.file]));
  // Every variant is built in every published language; what is not translated falls back to the default language.
  const { languages, defaultLanguage } = context;
  const modelsIn = (language: string) => ({ public: context.model(language, 'public'), resume: context.model(language, 'resume') });
  const models = modelsIn(defaultLanguage);
  /** Where a copy's files go: `dist/<lang>/resume/…` and `out/resumes/<id>.<lang>.pdf` beside the default language's. */
  const folderOf = (language: string) => languageFolder(language, languages);
  const outName = (language: string, id: string, format: string) => (language === defaultLanguage ? `${id}.${format}` : `${id}.${language}.${format}`);
  const outFolder = directSendFolder(dist, context.options.outDir);
  const report: ResumeBuildReport = { pdfs: false, browserStartMs: undefined, totalMs: 0, variants: [], measuredTogether: emptyTally(), overflows: [], outFolder };
  if (models.public.resumes.length === 0 && models.resume.resumes.length === 0) {
    removeStale(outFolder, new Set());
    report.totalMs = milliseconds(started);
    return report;
  }

  const documents = new Map<string, string>();
  const chrome = options.chromePath ?? findChrome(context.options.chromePath);
  const key = (language: string, audience: string, id: string) => `${language === defaultLanguage ? '' : language}\u0000${audience === 'public' ? 0 : 1}\u0000${id}`;

  // What each copy would print from; when all of it is unchanged since a previous build, the
  // cached PDF is used and no browser is started.
  const publicIds = new Set(models.public.resumes.map((entry) => entry.id));
  const cacheFolder = context.options.pdfCache;
  const printKeys = new Map<string, string>();
  const cachedPrints = new Map<string, CachedPrint>();
  // The browser starts at the first copy that must be printed, while the others are looked up.
  let launching: Promise<Printer> | undefined;
  let launchedAt = 0;
  const launch = (executable: string) => {
    if (launching) return;
    // Only a large heap is worth a collection before the browser grows beside it: at 1,000
    // accomplishments the heap is below the mark and the collection would hold up every print.
    collectGarbage({ unlessHeapBelow: SMALL_HEAP_BYTES });
    launchedAt = performance.now();
    launching = startPrinter(executable, { site: siteFiles(dist, base), print: servePrintAssets(documents) }, options.tabs ?? 1);
    // Awaited once the copies are looked up; until then a failure to start must not count as unhandled.
    launching.catch(() => undefined);
  };
  if (chrome) {
    try {
      const stylesheet = resumeCss();
      // The fallback faces' rules name their files, which change with the font packages.
      const fallbackFonts = fallbackFontFaceCss('/fonts/');
      const browser = browserIdentity(chrome);
      for (const language of languages) {
        for (const audience of ['public', 'resume'] as const) {
          for (const entry of modelsIn(language)[audience].resumes) {
            const full = context.resume(language, audience, entry.id);
            const pageFile = path.join(dist, resumeSiteFiles(entry.id, folderOf(language)).page);
            const page = publicIds.has(entry.id) && existsSync(pageFile) ? readFileSync(pageFile) : stylesheet;
            // A JSON Resume theme prints the direct-send copy: its version counts, and a missing theme stops the build here, in one line.
            const themeName = audience === 'resume' ? jsonResumeTheme(full.variant.design) : undefined;
            const theme = themeName ? await loadJsonResumeTheme(themeName, context.options.root, sourceFile.get(entry.id) ?? `content/resumes/${entry.id}.mdx`) : undefined;
            const printedKey = printKey([PREVIEW_FROM, language, audience, entry.id, browser, base, page, fallbackFonts, runningFooterCss(full.person.name, textDirection(language)), renderResumeArticle(full), JSON.stringify(full.variant), JSON.stringify(metadataOf(full, sourceDateEpoch)), theme ? `${theme.name}@${theme.version}` : '']);
            printKeys.set(key(language, audience, entry.id), printedKey);
            const hit = readCachedPrint(cacheFolder, printedKey, (message) => logger.warn(`resume PDFs: ${message}`));
            if (hit) cachedPrints.set(key(language, audience, entry.id), hit);
            else launch(chrome);
          }
        }
      }
      if (printKeys.size === 0) launch(chrome);
    } catch (error) {
      await launching?.then((started) => started.close(), () => undefined);
      throw error;
    }
  }

  let printer: Printer | undefined;
  if (launching) {
    printer = await launching;
    report.browserStartMs = milliseconds(launchedAt);
    report.pdfs = true;
  } else if (chrome) {
    report.pdfs = true;
  } else {
    // A PDF from an earlier build would be sent beside this build's Word and text copies.
    removeStale(outFolder, new Set(), /\.pdf$/);
    logger.warn(noBrowserMessage(context.options.chromePath));
  }

  const canonicalJson = (language: string, id: string) => (options.site ? new URL(`${base}${resumeSiteFiles(id, folderOf(language)).json}`, options.site).href : undefined);
  const overflows = new Map<string, Overflow>();
  const messages = new Map<string, string>();
  const timings = new Map<string, VariantReport>();
  const warmTabs = new Set<PrintTab>();
  /** The measuring print of each copy with nothing dropped, where it was made with others (`measureFirstTogether`). */
  const measuredFirst = new Map<string, Measurement>();
  /** The frame of the website page each tab loaded last (page-frame.ts), valid while the tab has opened nothing else since. */
  const loadedFrames = new Map<PrintTab, { frame: string; opens: number }>();
  /** Work that needs no browser, under way beside the prints; its first failure fails the stage once the prints are done. */
  const backlog: Promise<void>[] = [];
  const failures: unknown[] = [];
  const meanwhile = (work: () => Promise<void>) => {
    backlog.push(work().catch((error: unknown) => void failures.push(error)));
  };

  /**
   * Fits the copy whose article is in the tab's page now, and returns its finished print, which
   * the tab then shows. The page holds `full`'s article; a fit swaps in renderings without the
   * dropped bullets.
   */
  async function fitLoaded(tab: PrintTab, audience: 'public' | 'resume', full: ResumeView, article: string, without: (drop: readonly string[]) => ResumeView, timing: VariantReport): Promise<Print | undefined> {
    const model = modelsIn(full.language)[audience];
    const themeName = audience === 'resume' ? jsonResumeTheme(full.variant.design) : undefined;
    const session = themeName
      ? await themeSession(tab, themeName, model, full)
      : resumePrintSession(tab, {
          loaded: article,
          render: (drop, layout) => renderResumeArticle(without(drop), layout),
          limit: full.variant.pages,
          // A second page gets the running footer.
          footer: runningFooterCss(full.person.name, textDirection(full.language)),
          measured: measuredFirst.get(key(full.language, audience, full.id)),
        });
    const result = await fitToPages(full, session.pagesWithout);
    if (!result.fits) {
      const error = overflowError(full, sourceFile.get(full.id) ?? `content/resumes/${full.id}.mdx`, result);
      const copy = [audience === 'resume' ? 'the direct-send copy, with resume-only details' : undefined, full.language === defaultLanguage ? undefined : `in ${full.language}`].filter(Boolean).join(', ');
      overflows.set(key(full.language, audience, full.id), { id: full.id, ...error, message: copy ? `${error.message} (${copy})` : error.message });
      return undefined;
    }
    timing.dropped = result.drop;
    timing.pages = result.pages;
    reportDropped(audience, full, result.drop);
    return session.print(result.drop);
  }

  /** Prints of a direct-send copy with a JSON Resume theme: the theme's page, from the JSON Resume export of the bullets kept. */
  async function themeSession(tab: PrintTab, name: string, model: ReturnType<typeof modelsIn>['resume'], full: ResumeView) {
    const theme = await loadJsonResumeTheme(name, context.options.root, sourceFile.get(full.id) ?? `content/resumes/${full.id}.mdx`);
    const document = `${full.id}--theme${full.language === defaultLanguage ? '' : `--${full.language.toLowerCase()}`}`;
    return themePrintSession(tab, {
      publish: (html) => {
        documents.set(document, html);
        return `${printer!.origins['print']}/doc/${document}.html`;
      },
      render: async (drop) => themedPage(await theme.render(toJsonResume(selectResume(model, full.id, { drop }))), full.variant.paper),
    });
  }

  /** Says which bullets the fit left out, whether this build printed the PDF or found it in the cache. */
  function reportDropped(audience: 'public' | 'resume', full: ResumeView, drop: readonly string[]): void {
    if (drop.length === 0) return;
    const where = `${audience === 'public' ? 'website copy' : 'direct-send copy'}${full.language === defaultLanguage ? '' : `, ${full.language}`}`;
    messages.set(
      key(full.language, audience, full.id),
      `resume "${full.id}" (${where}): left out ${drop.length} lowest-ranked bullet${drop.length > 1 ? 's' : ''} to fit ${full.variant.pages} page${full.variant.pages > 1 ? 's' : ''} (fit: auto): ${drop.join(', ')}`,
    );
  }

  /** The copy's text, Markdown, JSON Resume and Word files, and the website's page brought in line with a fit that dropped bullets. */
  async function writeExports(language: string, audience: 'public' | 'resume', id: string, article: string, view: ResumeView, timing: VariantReport): Promise<void> {
    const folder = folderOf(language);
    const clock = performance.now();
    if (audience === 'public') {
      if (timing.dropped.length > 0) {
        // The website's page and downloads were rendered before the fit: bring them in line with the PDF.
        const files = resumeSiteFiles(id, folder);
        const pageFile = path.join(dist, files.page);
        const html = readFileSync(pageFile, 'utf8');
        if (!html.includes(article)) throw new Error(`${files.page} does not contain the resume article Cairn rendered for it`);
        writeFileAtomically(pageFile, html.replace(article, () => renderResumeArticle(view)), { overwrite: true });
        const exports = renderTextExports(view, { canonicalJson: canonicalJson(language, id) });
        for (const format of ['txt', 'md', 'json'] as const) writeFileAtomically(path.join(dist, files[format]), exports[format], { overwrite: true });
        writeFileAtomically(path.join(dist, files.docx), await cachedResumeDocx(cacheFolder, view), { overwrite: true });
      }
    } else {
      const exports = renderTextExports(view);
      for (const format of ['txt', 'md', 'json'] as const) writeFileAtomically(path.join(outFolder, outName(language, id, format)), exports[format], { overwrite: true });
      writeFileAtomically(path.join(outFolder, outName(language, id, 'docx')), await cachedResumeDocx(cacheFolder, view), { overwrite: true });
    }
    timing.exportMs = milliseconds(clock);
  }

  /**
   * One copy of a variant: printed (when `load` puts its article in a tab), then its files written.
   * Once the browser is done with a printed copy, the rest (finishing the PDF, encoding the
   * preview, the exports) runs `meanwhile`, while the tab goes on to the next copy.
   */
  async function produce(language: string, audience: 'public' | 'resume', id: string, load: ((article: string) => Promise<void>) | undefined, tab: PrintTab | undefined): Promise<void> {
    const model = modelsIn(language)[audience];
    const folder = folderOf(language);
    const timing: VariantReport = { id, language, audience, selectMs: 0, htmlMs: 0, pdfMs: 0, exportMs: 0, browser: emptyTally(), pages: undefined, dropped: [], cold: false };
    timings.set(key(language, audience, id), timing);
    let clock = performance.now();
    const full = context.resume(language, audience, id);
    timing.selectMs = milliseconds(clock);
    clock = performance.now();
    const article = renderResumeArticle(full);
    timing.htmlMs = milliseconds(clock);
    const pdfFile = audience === 'public' ? path.join(dist, resumeSiteFiles(id, folder).pdf) : path.join(outFolder, outName(language, id, 'pdf'));

    const cached = cachedPrints.get(key(language, audience, id));
    if (cached) {
      clock = performance.now();
      timing.dropped = cached.dropped;
      timing.pages = cached.pages;
      reportDropped(audience, full, cached.dropped);
      writeFileAtomically(pdfFile, cached.pdf, { overwrite: true });
      if (audience === 'public' && cached.preview) writeFileAtomically(path.join(dist, resumeSiteFiles(id, folder).preview), cached.preview, { overwrite: true });
      timing.pdfMs = milliseconds(clock);
      await writeExports(language, audience, id, article, cached.dropped.length > 0 ? selectResume(model, id, { drop: cached.dropped }) : full, timing);
      return;
    }
    if (!load || !tab) {
      await writeExports(language, audience, id, article, full, timing);
      return;
    }
    clock = performance.now();
    const tallied = structuredClone(tab.tally);
    timing.cold = !warmTabs.has(tab);
    warmTabs.add(tab);
    await load(article);
    // The fit renders each selection it tries more than once (to measure, to finish): each is made once.
    const selections = new Map<string, ResumeView>();
    const without = (drop: readonly string[]) => {
      const known = selections.get(drop.join('\u0000'));
      if (known) return known;
      const view = selectResume(model, id, { drop });
      selections.set(drop.join('\u0000'), view);
      return view;
    };
    const print = await fitLoaded(tab, audience, full, article, without, timing);
    timing.browser = tallySince(tallied, tab.tally);
    timing.pdfMs = milliseconds(clock);
    const view = timing.dropped.length > 0 ? without(timing.dropped) : full;
    meanwhile(async () => {
      const finishing = performance.now();
      if (print) {
        const pdf = await finishPdf(print.pdf, metadataOf(view, sourceDateEpoch));
        writeFileAtomically(pdfFile, pdf, { overwrite: true });
        options.pdfWritten?.(pdfFile);
        // The website's copy is shown on the list of resumes by its first page.
        const preview = audience === 'public' ? await previewOf(pdf, full.variant.paper) : undefined;
        if (preview) writeFileAtomically(path.join(dist, resumeSiteFiles(id, folder).preview), preview, { overwrite: true });
        const printedKey = printKeys.get(key(language, audience, id));
        if (printedKey) writeCachedPrint(cacheFolder, printedKey, { pdf, dropped: timing.dropped, pages: print.pages, preview });
      }
      timing.pdfMs += milliseconds(finishing);
      await writeExports(language, audience, id, article, view, timing);
    });
  }

  /** The variant's website page as a tab can show it (page-frame.ts), or undefined when it can only be loaded. */
  function websitePage(language: string, id: string) {
    const url = `${printer!.origins['site']}${base}${folderOf(language)}resume/${id}/`;
    return { url, framed: framedPage(readFileSync(path.join(dist, resumeSiteFiles(id, folderOf(language)).page), 'utf8'), url) };
  }

  /** Puts the variant's website page in the tab: loaded, or in place of the body of the last one loaded with the same frame. */
  async function showWebsitePage(tab: PrintTab, language: string, id: string): Promise<void> {
    const { url, framed } = websitePage(language, id);
    const loaded = loadedFrames.get(tab);
    // The tab holds the last variant's page, untouched since but for article swaps: this one's body takes its place.
    if (framed && loaded && loaded.frame === framed.frame && loaded.opens === tab.tally.open.count) {
      await tab.showPage(framed);
    } else {
      await tab.open(url, [`${printer!.origins['print']}/fallback-fonts.css`]);
      if (framed) loadedFrames.set(tab, { frame: framed.frame, opens: tab.tally.open.count });
    }
  }

  /**
   * The measuring print of every copy printed from a website page, with nothing dropped, made in one
   * print per page frame and paper size (`measureTogether`) instead of one per copy: in the same
   * frame, a copy lays out the same whichever page holds it. The fits then print each copy once
   * more, finished; a copy that must leave bullets out measures its tries alone. A copy in the
   * cache, a direct-send copy in a JSON Resume theme and a variant only for sending are not among them.
   */
  async function measureFirstTogether(tab: PrintTab): Promise<void> {
    const tallied = structuredClone(tab.tally);
    for (const language of languages) {
      const copies = modelsIn(language).public.resumes.flatMap((entry) => {
        const frame = websitePage(language, entry.id).framed?.frame;
        return (['public', 'resume'] as const)
          .filter((audience) => frame !== undefined && !cachedPrints.has(key(language, audience, entry.id)))
          .map((audience) => ({ audience, full: context.resume(language, audience, entry.id), frame }))
          .filter(({ audience, full }) => audience === 'public' || !jsonResumeTheme(full.variant.design));
      });
      for (const group of Map.groupBy(copies, ({ full, frame }) => `${full.variant.paper}\u0000${frame}`).values()) {
        if (group.length < 2) continue;
        await showWebsitePage(tab, language, group[0]!.full.id);
        const measured = await measureTogether(tab, group.map(({ full }, copy) => renderResumeArticle(full, { marks: true, copy })));
        group.forEach(({ audience, full }, index) => {
          if (measured) measuredFirst.set(key(language, audience, full.id), measured[index]!);
        });
      }
    }
    report.measuredTogether = tallySince(tallied, tab.tally);
  }

  /**
   * Both copies of a variant in one tab. The website's copy prints the built page itself; the
   * direct-send copy then swaps the resume-audience article into that same page — same
   * stylesheet, same fonts, no second page load. A variant only for sending prints from a
   * stand-alone document of its article.
   */
  async function variantJob(language: string, id: string, tab: PrintTab | undefined): Promise<void> {
    const print = printer?.origins['print'];
    const resumeModel = modelsIn(language).resume;
    if (publicIds.has(id)) {
      // When the website's copy came from the cache, the page is not in the tab yet.
      let opened = false;
      const open = async () => {
        await showWebsitePage(tab!, language, id);
        opened = true;
      };
      await produce(language, 'public', id, tab ? open : undefined, tab);
      await produce(
        language,
        'resume',
        id,
        tab
          ? async (article) => {
              if (!opened) await open();
              await tab.replaceArticle(article);
            }
          : undefined,
        tab,
      );
      return;
    }
    await produce(
      language,
      'resume',
      id,
      tab
        ? async (article) => {
            const document = language === defaultLanguage ? id : `${id}--${language.toLowerCase()}`;
            documents.set(document, standaloneDocument({ title: resumeTitle(resumeModel.profile.data.name, resumeModel.resumes.find((entry) => entry.id === id)!.data.targetRole, language), article, stylesheets: ['/fonts.css', '/resume.css'], brand: resumeModel.profile.data.brand, language }));
            await tab.open(`${print}/doc/${document}.html`);
          }
        : undefined,
      tab,
    );
  }

  try {
    // The page the tab holds after the copies are measured has them all: the first variant shows its page again.
    if (printer && options.measureTogether !== false) await measureFirstTogether(printer.tabs[0]!);
    // Every variant the direct-send audience sees (a superset of the website's), shared among the tabs.
    const queue = languages.flatMap((language) => modelsIn(language).resume.resumes.map((entry) => ({ language, id: entry.id })));
    const workers = (printer?.tabs ?? [undefined]).map(async (tab) => {
      for (let job = queue.shift(); job !== undefined; job = queue.shift()) await variantJob(job.language, job.id, tab);
    });
    await Promise.all(workers);
  } finally {
    await Promise.all(backlog);
    await printer?.close();
  }
  if (failures.length > 0) throw failures[0];
  // Reported in a fixed order whatever finished first; a variant over its limit is named once,
  // by its website copy when both copies are over.
  const ordered = <T>(entries: Map<string, T>) => [...entries].sort(([a], [b]) => a.localeCompare(b)).map(([, value]) => value);
  report.variants.push(...ordered(timings));
  const named = new Set<string>();
  for (const overflow of ordered(overflows)) {
    if (named.has(overflow.id)) continue;
    named.add(overflow.id);
    report.overflows.push(overflow);
  }
  for (const message of ordered(messages)) logger.info(message);
  if (printKeys.size > 0) {
    const fromCache = [...printKeys.keys()].filter((name) => cachedPrints.has(name)).length;
    logger.info(`resume PDFs: ${fromCache} from the cache, ${printKeys.size - fromCache} printed`);
    // Only after every print of this build is read or written, so none of them looks unused.
    const pruned = describePruning(pruneUnused(cacheFolder), 'resume PDFs');
    if (pruned) logger.info(pruned);
  }
  removeStale(outFolder, new Set(languages.flatMap((language) => modelsIn(language).resume.resumes.map((entry) => (language === defaultLanguage ? entry.id : `${entry.id}.${language}`)))));
  report.totalMs = milliseconds(started);
  return report;
}
