import type { PrintLayout } from '../render/resume/html.ts';
import { continuationPoints, readCopyStart, readMark, type PageMark } from '../render/resume/page-marks.ts';
import { loadPdfLib, pageCount } from './pdf-file.ts';
import type { PrintTab } from './printer.ts';
import type { Print } from './resume-fit.ts';

/**
 * Printing one resume in a tab, as the fit asks for it (resume-fit.ts). A print that runs to more
 * than one page and stays within the limit is measured (page-marks.ts), and where an employer's
 * block goes on over a page break it is printed with "Employer (continued)" opening the next page.
 * That line takes the place of nothing (the break is forced exactly where it fell), so only the
 * next page grows by a line, and the page count the fit judges is that print's.
 *
 * Each PDF costs Chromium about the same whatever it holds (it starts a process for each), so
 * the session prints as few as it can: a sheet that the screen lays out within one page is printed
 * as it would be finished, and is finished when it prints on one page; any other is measured
 * first, with the marks (which move no break), and then printed once as finished, with the running
 * footer when it has two pages or more (the footer sits in the page margin, so it moves no break
 * either). The measuring print of the whole resume can be made beforehand, together with other
 * copies' (`measureTogether`), so that a copy that fits prints once.
 */
export interface ResumePrintSession {
  /** How many pages the resume prints on without the given bullets, with continued headings where its roles break. */
  pagesWithout(drop: readonly string[]): Promise<number>;
  /** The finished print without `drop`, left in the tab for the preview: the layout `pagesWithout` settled on, footer and all. */
  print(drop: readonly string[]): Promise<Print>;
}

export interface ResumePrintOptions {
  /** The article the tab holds now. */
  loaded: string;
  /** The article without `drop`, laid out for a print. */
  render(drop: readonly string[], layout?: PrintLayout): string;
  /** The most pages the resume may have: a longer print is over anyway, and is not measured. */
  limit: number;
  /** CSS added to a print of two or more pages (the running footer), in the page margins only. */
  footer?: string;
  /** The measuring print of the article with nothing dropped, when it was made already (`measureTogether`). */
  measured?: Measurement | undefined;
}

/** What a measuring print says of one copy: its page count and its page marks, pages counted from the copy's first. */
export interface Measurement {
  pages: number;
  marks: PageMark[];
}

/**
 * A measuring print's page count, every page-mark link in it with the page (1-based) it is on, and
 * the page each copy starts on (by the copy's place in the print): one reading of the file.
 */
export async function readMarks(pdf: Uint8Array): Promise<Measurement & { starts: number[] }> {
  const { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } = await loadPdfLib();
  const file = await PDFDocument.load(pdf, { updateMetadata: false });
  const marks: PageMark[] = [];
  /** How much of each copy's start mark each page holds: the glyphs of a name that opens a page reach up onto the page before. */
  const startHeights = new Map<number, Map<number, number>>();
  file.getPages().forEach((page, index) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let at = 0; at < (annotations?.size() ?? 0); at++) {
      const annotation = annotations!.lookupMaybe(at, PDFDict);
      const uri = annotation?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText();
      const rect = annotation?.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asRectangle();
      if (!uri || !rect) continue;
      const height = Math.abs(rect.height);
      const mark = readMark(uri, index + 1, height);
      if (mark) marks.push(mark);
      const copy = readCopyStart(uri);
      if (copy === undefined) continue;
      const byPage = startHeights.get(copy) ?? new Map<number, number>();
      byPage.set(index + 1, (byPage.get(index + 1) ?? 0) + height);
      startHeights.set(copy, byPage);
    }
  });
  const starts: number[] = [];
  for (const [copy, byPage] of startHeights) starts[copy] = [...byPage].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0];
  return { pages: file.getPageCount(), marks, starts };
}

/** Each copy after the first opens a page, as it does printed alone. */
const COPIES_APART = 'article.resume + article.resume { break-before: page; }';

/**
 * Measures several copies in one print: the copies' articles, rendered with their marks (each with
 * its place in `copy`), take the place of the tab's article one after another, each from a page of
 * its own. Chromium's cost of a PDF is mostly the print itself, not its pages: one print of ten
 * copies costs about what two prints of one do. Undefined when the print does not say where each
 * copy begins. Either way the tab holds the copies after it: the caller shows a page again.
 */
export async function measureTogether(tab: PrintTab, markedArticles: readonly string[]): Promise<Measurement[] | undefined> {
  await tab.replaceArticle(markedArticles.join(''));
  const { pages, marks, starts } = await readMarks(await tab.print({ css: COPIES_APART, measuring: true }));
  const inOrder = starts.length === markedArticles.length && starts[0] === 1 && starts.every((first, index) => first !== undefined && (index === 0 || first > starts[index - 1]!));
  if (!inOrder) return undefined;
  return starts.map((first, index) => {
    const next = starts[index + 1] ?? pages + 1;
    return { pages: next - first, marks: marks.filter((mark) => mark.page >= first && mark.page < next).map((mark) => ({ ...mark, page: mark.page - first + 1 })) };
  });
}

/** What the session learnt of the resume without some bullets: its pages, its layout, and its finished print if one was made on the way. */
interface Measured {
  pages: number;
  layout: PrintLayout;
  finished?: Print;
}

export function resumePrintSession(tab: PrintTab, options: ResumePrintOptions): ResumePrintSession {
  let shown = options.loaded;
  const measured = new Map<string, Measured>();
  const keyOf = (drop: readonly string[]) => drop.join('\u0000');
  const show = async (html: string) => {
    if (html === shown) return;
    await tab.replaceArticle(html);
    shown = html;
  };
  /** Prints what the tab shows as a finished copy of `pages` pages, counting them again unless they are `known`. */
  const finish = async (pages: number, known: boolean): Promise<Print> => {
    const pdf = pages >= 2 && options.footer !== undefined ? await tab.print({ css: options.footer }) : await tab.print();
    return { pdf, pages: known ? pages : await pageCount(pdf) };
  };
  /** The measuring print's reading, unless the screen's one-page sheet printed finished on one page. */
  const printMeasuring = async (drop: readonly string[]): Promise<Measurement | Measured> => {
    await show(options.render(drop));
    if (await tab.sheetFitsOnePage()) {
      const print = await finish(1, false);
      if (print.pages === 1) return { pages: 1, layout: {}, finished: print };
      if (print.pages > options.limit) return { pages: print.pages, layout: {} };
    }
    await show(options.render(drop, { marks: true }));
    return readMarks(await tab.print({ measuring: true }));
  };
  const measure = async (drop: readonly string[]): Promise<Measured> => {
    const reading = drop.length === 0 && options.measured ? options.measured : await printMeasuring(drop);
    if ('layout' in reading) return reading;
    const { pages, marks } = reading;
    if (pages < 2 || pages > options.limit) return { pages, layout: {} };
    const continuedBefore = continuationPoints(marks);
    if (continuedBefore.length === 0) return { pages, layout: {} };
    const layout = { continuedBefore };
    await show(options.render(drop, layout));
    // The continued headings lengthen the pages after a break: this print's count is the one the fit judges.
    const finished = await finish(pages, false);
    return { pages: finished.pages, layout, finished };
  };
  const measuredWithout = async (drop: readonly string[]) => {
    const known = measured.get(keyOf(drop));
    if (known) return known;
    const found = await measure(drop);
    measured.set(keyOf(drop), found);
    return found;
  };
  return {
    async pagesWithout(drop) {
      return (await measuredWithout(drop)).pages;
    },
    async print(drop) {
      const { pages, layout, finished } = await measuredWithout(drop);
      await show(options.render(drop, layout));
      return finished ?? finish(pages, true);
    },
  };
}

export interface ThemePrintOptions {
  /** Puts a page in the print server's documents and returns its address. */
  publish(html: string): string;
  /** The theme's page for the resume without `drop`. */
  render(drop: readonly string[]): Promise<string>;
}

/**
 * Printing a variant with a JSON Resume theme: each print loads the theme's page for the bullets
 * kept, offline (the theme's web fonts are refused, so every build prints the same). The theme
 * draws its own pages, so there are no continued headings and no running footer; the fit still
 * counts its pages and leaves bullets out the same way.
 */
export function themePrintSession(tab: PrintTab, options: ThemePrintOptions): ResumePrintSession {
  const printed = new Map<string, Print>();
  const printWithout = async (drop: readonly string[]) => {
    const key = drop.join('\u0000');
    const known = printed.get(key);
    if (known) return known;
    await tab.open(options.publish(await options.render(drop)), [], { offline: true });
    const pdf = await tab.print();
    const print = { pdf, pages: await pageCount(pdf) };
    printed.set(key, print);
    return print;
  };
  return {
    async pagesWithout(drop) {
      return (await printWithout(drop)).pages;
    },
    print: printWithout,
  };
}
