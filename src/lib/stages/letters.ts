import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { browserIdentity, findChrome, HOW_TO_INSTALL_A_BROWSER } from '../print/chrome.ts';
import type { LoadedEntry } from '../content/load-content.ts';
import type { BuildContext } from '../model/build-context.ts';
import { pdfPageTexts } from '../privacy/pdf-text.ts';
import type { BuildLogger } from './resumes.ts';
import { PAPER } from '../render/resume/html.ts';
import { printKey, readCachedPrint, writeCachedPrint } from '../print/pdf-cache.ts';
import { finishPdf, pageCount, pdfDate } from '../print/pdf-file.ts';
import { contentTypeOf, type Responder } from '../print/http-server.ts';
import { fontFaceCss, resumeCss, servePrintAssets } from '../print/print-assets.ts';
import { startPrinter, type Printer } from '../print/printer.ts';
import { writeFileAtomically } from '../build/safe-write.ts';
import { letterTitle, printDocument, selfContainedDocument } from '../render/letters/document.ts';
import { letterOverflowError, wordsPastFirstPage } from '../print/letter-fit.ts';
import { renderLetterArticle, subjectLine } from '../render/letters/html.ts';
import { letterOutFolder, letterSiteFiles } from '../render/letters/paths.ts';
import { LETTER_CSS } from '../render/letters/stylesheet.ts';
import { letterText } from '../render/letters/text.ts';
import { letterView, type LetterView } from '../model/letter-view.ts';

/**
 * The cover-letter stage of the build: every letter into out/letters/ (PDF, text, HTML) with the
 * contact details a person you send it to may see; `public` letters also into the site as PDF and
 * text, with public details only. Each prints on one page with the resume's printer, fonts and
 * stylesheet, or the build fails saying how far over it runs. Pure of Astro.
 */

export interface LetterBuildOptions {
  /** The build's one read of the content, its models and options. */
  context: BuildContext;
  /** The built site. */
  dist: string;
  logger: BuildLogger;
  /** The browser to print with; default: the configured one (`chromePath`) or the usual install places. */
  chromePath?: string | undefined;
  /** Told of each PDF printed, once it is written (the privacy guard's texts read ahead). */
  pdfWritten?: ((file: string) => void) | undefined;
}

export interface LetterOverflow {
  id: string;
  message: string;
  hint: string;
}

export interface LetterBuildReport {
  /** Letters built into out/letters/. */
  letters: number;
  /** Of those, the ones also published in the site. */
  published: number;
  /** Whether PDFs were made (false without a browser). */
  pdfs: boolean;
  printed: number;
  fromCache: number;
  browserStartMs: number | undefined;
  totalMs: number;
  /** Letters over one page; the build fails on any. */
  overflows: LetterOverflow[];
  outFolder: string;
}

interface Copy {
  entry: LoadedEntry<'letters'>;
  view: LetterView;
  article: string;
  /** The document printed, served at `/doc/<name>.html`. */
  name: string;
  key: string;
}

const STYLESHEETS = ['/fonts.css', '/resume.css', '/letter.css'] as const;

function milliseconds(since: number): number {
  return Math.round((performance.now() - since) * 10) / 10;
}

/** Removes out/ copies of letters that no longer exist, so an outdated letter is never sent by mistake. */
function removeStale(folder: string, ids: ReadonlySet<string>): void {
  if (!existsSync(folder)) return;
  for (const name of readdirSync(folder)) {
    const match = /^(.+)\.(pdf|txt|html)$/.exec(name);
    if (match && !ids.has(match[1]!)) rmSync(path.join(folder, name), { force: true });
  }
}

function metadataOf(view: LetterView, sourceDateEpoch: string | undefined) {
  return {
    title: letterTitle(view),
    author: view.letterhead.name,
    subject: `${subjectLine(view)} – ${view.company}`,
    keywords: [view.role, view.company],
    date: pdfDate(view.isoDate, sourceDateEpoch),
    paper: PAPER[view.paper],
  };
}

/** The print server: the letter documents, plus the resume's fonts and stylesheet and the letter sheet. */
function serveLetters(documents: ReadonlyMap<string, string>): Responder {
  const assets = servePrintAssets(documents);
  return (url) => (url.pathname === '/letter.css' ? { body: LETTER_CSS, contentType: contentTypeOf('.css') } : assets(url));
}

export async function buildLetters(options: LetterBuildOptions): Promise<LetterBuildReport> {
  const started = performance.now();
  const { dist, logger } = options;
  const { context } = options;
  const { content } = context.load;
  const { sourceDateEpoch } = context.options;
  const outFolder = letterOutFolder(dist, context.options.outDir);
  const report: LetterBuildReport = { letters: 0, published: 0, pdfs: false, printed: 0, fromCache: 0, browserStartMs: undefined, totalMs: 0, overflows: [], outFolder };
  const variants = new Map(content.resumes.map((entry) => [entry.id, entry]));
  // `npm run check` and the content check before the build report a letter naming an unknown variant.
  const letters = content.letters.filter((entry) => variants.has(entry.data.resume));
  removeStale(outFolder, new Set(letters.map((entry) => entry.id)));
  if (letters.length === 0) {
    report.totalMs = milliseconds(started);
    return report;
  }

  // Each letter is printed in its own language's model: its date, default courtesies and letterhead.
  const modelFor = (language: string, audience: 'public' | 'resume') => context.model(language, audience);
  const chrome = options.chromePath ?? findChrome(context.options.chromePath);
  const sheets = [fontFaceCss('/fonts/'), resumeCss(), LETTER_CSS];
  const browser = chrome ? browserIdentity(chrome) : '';
  const copies: Copy[] = letters.flatMap((entry) => {
    const variant = variants.get(entry.data.resume)!;
    const audiences = entry.data.visibility === 'public' ? (['public', 'resume'] as const) : (['resume'] as const);
    return audiences.map((audience) => {
      const language = entry.data.language ?? context.defaultLanguage;
      // The variant in the letter's language, so its headline heads the letter in that language.
      const translatedVariant = context.model(language, 'resume').resumes.find((each) => each.id === variant.id) ?? variant;
      const view = letterView(entry, modelFor(language, audience), translatedVariant, audience);
      const article = renderLetterArticle(view);
      const name = `${audience}-${entry.id}`;
      const key = printKey(['cover-letter', audience, entry.id, browser, printDocument(view, article, STYLESHEETS), ...sheets, JSON.stringify(metadataOf(view, sourceDateEpoch))]);
      return { entry, view, article, name, key };
    });
  });
  report.letters = letters.length;
  report.published = letters.filter((entry) => entry.data.visibility === 'public').length;

  const cacheFolder = context.options.pdfCache;
  const cached = new Map(copies.map((copy) => [copy.key, chrome ? readCachedPrint(cacheFolder, copy.key, (message) => logger.warn(`cover letter PDFs: ${message}`)) : undefined]));
  const documents = new Map(copies.map((copy) => [copy.name, printDocument(copy.view, copy.article, STYLESHEETS)]));
  let printer: Printer | undefined;
  if (!chrome) {
    // A PDF from an earlier build would be sent beside this build's text copy.
    for (const name of existsSync(outFolder) ? readdirSync(outFolder) : []) if (name.endsWith('.pdf')) rmSync(path.join(outFolder, name), { force: true });
    logger.warn(`Cover letter PDFs skipped: no Chrome or Chromium was found. Their text and HTML copies are written; out/letters/ keeps no PDF from an earlier build, as it could carry outdated details. To get PDFs, ${HOW_TO_INSTALL_A_BROWSER}; then build again.`);
  } else if (copies.some((copy) => !cached.get(copy.key))) {
    const launching = performance.now();
    printer = await startPrinter(chrome, { print: serveLetters(documents) }, 1);
    report.browserStartMs = milliseconds(launching);
  }
  report.pdfs = chrome !== undefined;

  try {
    for (const copy of copies) {
      const { entry, view } = copy;
      const pdfFile = view.audience === 'public' ? path.join(dist, letterSiteFiles(entry.id).pdf) : path.join(outFolder, `${entry.id}.pdf`);
      let pdf = cached.get(copy.key)?.pdf;
      const fromCache = pdf !== undefined;
      if (pdf) {
        report.fromCache++;
      } else if (printer) {
        const tab = printer.tabs[0]!;
        await tab.open(`${printer.origins['print']}/doc/${copy.name}.html`);
        const printed = await tab.print();
        report.printed++;
        const pages = await pageCount(printed);
        if (pages > 1) {
          const error = letterOverflowError({ id: entry.id, file: entry.file, pages, wordsOver: wordsPastFirstPage(await pdfPageTexts(printed)), copy: view.audience });
          report.overflows.push({ id: entry.id, ...error });
          rmSync(pdfFile, { force: true });
        } else {
          pdf = await finishPdf(printed, metadataOf(view, sourceDateEpoch));
          writeCachedPrint(cacheFolder, copy.key, { pdf, dropped: [], pages });
        }
      }
      if (pdf) writeFileAtomically(pdfFile, pdf, { overwrite: true });
      if (pdf && !fromCache) options.pdfWritten?.(pdfFile);
      if (view.audience === 'public') {
        writeFileAtomically(path.join(dist, letterSiteFiles(entry.id).txt), letterText(view), { overwrite: true });
      } else {
        writeFileAtomically(path.join(outFolder, `${entry.id}.txt`), letterText(view), { overwrite: true });
        writeFileAtomically(path.join(outFolder, `${entry.id}.html`), selfContainedDocument(view, copy.article, [resumeCss(), LETTER_CSS].join('\n')), { overwrite: true });
      }
    }
  } finally {
    await printer?.close();
  }
  // A letter over its page is named once: by its public copy when both copies are over.
  report.overflows = report.overflows.filter((overflow, index) => report.overflows.findIndex((other) => other.id === overflow.id) === index);
  report.totalMs = milliseconds(started);
  return report;
}
