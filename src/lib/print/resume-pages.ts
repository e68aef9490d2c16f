import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import type { PrintLayout } from '../render/resume/html.ts';
import { continuationPoints, readMark, type PageMark } from '../render/resume/page-marks.ts';
import { pageCount } from './pdf-file.ts';
import type { PrintTab } from './printer.ts';
import type { Print } from './resume-fit.ts';

/**
 * Printing one resume in a tab, as the fit asks for it (resume-fit.ts). A print that runs to more
 * than one page and stays within the limit is measured (page-marks.ts), and where an employer's
 * block goes on over a page break it is printed with "Employer (continued)" opening the next page.
 * That line takes the place of nothing (the break is forced exactly where it fell), so only the
 * next page grows by a line, and the page count the fit judges is that print's.
 *
 * Each PDF costs Chromium about the same whatever it holds, so the session prints as few as it
 * can: a sheet that the screen lays out within one page is printed as it would be finished, and
 * is finished when it prints on one page; any other is measured first, with the marks (which move
 * no break), and then printed once as finished, with the running footer when it has two pages or
 * more (the footer sits in the page margin, so it moves no break either).
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
}

/** A measuring print's page count and every page-mark link in it, with the page (1-based) it is on: one reading of the file. */
export async function readMarks(pdf: Uint8Array): Promise<{ pages: number; marks: PageMark[] }> {
  const file = await PDFDocument.load(pdf, { updateMetadata: false });
  const marks: PageMark[] = [];
  file.getPages().forEach((page, index) => {
    const annotations = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let at = 0; at < (annotations?.size() ?? 0); at++) {
      const annotation = annotations!.lookupMaybe(at, PDFDict);
      const uri = annotation?.lookupMaybe(PDFName.of('A'), PDFDict)?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString);
      const rect = annotation?.lookupMaybe(PDFName.of('Rect'), PDFArray)?.asRectangle();
      const mark = uri && rect ? readMark(uri.decodeText(), index + 1, Math.abs(rect.height)) : undefined;
      if (mark) marks.push(mark);
    }
  });
  return { pages: file.getPageCount(), marks };
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
  const measure = async (drop: readonly string[]): Promise<Measured> => {
    await show(options.render(drop));
    if (await tab.sheetFitsOnePage()) {
      const print = await finish(1, false);
      if (print.pages === 1) return { pages: 1, layout: {}, finished: print };
      if (print.pages > options.limit) return { pages: print.pages, layout: {} };
    }
    await show(options.render(drop, { marks: true }));
    const { pages, marks } = await readMarks(await tab.print({ measuring: true }));
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
