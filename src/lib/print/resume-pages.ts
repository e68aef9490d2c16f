import { PDFArray, PDFDict, PDFDocument, PDFName, PDFString, PDFHexString } from 'pdf-lib';
import type { PrintLayout } from '../render/resume/html.ts';
import { continuationPoints, readMark, type PageMark } from '../render/resume/page-marks.ts';
import { pageCount } from './pdf-file.ts';
import type { PrintTab } from './printer.ts';
import type { Print } from './resume-fit.ts';

/**
 * Printing one resume in a tab, as the fit asks for it (resume-fit.ts): a print that runs to more
 * than one page and stays within the limit is measured (page-marks.ts), and where an employer's
 * block goes on over a page break it is printed again with "Employer (continued)" opening the
 * next page. That line takes the place of nothing (the break is forced exactly where it fell),
 * so only the next page grows by a line, and the page count printed is the one the fit judges.
 */
export interface ResumePrintSession {
  /** Prints the resume without the given bullets, with continued headings where its roles break. */
  printWithout(drop: readonly string[]): Promise<Print>;
  /** Prints the layout `printWithout` settled on for `drop` again, with `css` added for this print (the running footer). */
  reprint(drop: readonly string[], css: string): Promise<Uint8Array>;
}

export interface ResumePrintOptions {
  /** The article the tab holds now. */
  loaded: string;
  /** The article without `drop`, laid out for a print. */
  render(drop: readonly string[], layout?: PrintLayout): string;
  /** The most pages the resume may have: a longer print is over anyway, and is not measured. */
  limit: number;
  /** Called for every print, for the build's report. */
  printed?(): void;
}

/** Every page-mark link in a PDF, with the page (1-based) it is on. */
export async function pageMarks(pdf: Uint8Array): Promise<PageMark[]> {
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
  return marks;
}

export function resumePrintSession(tab: PrintTab, options: ResumePrintOptions): ResumePrintSession {
  let shown = options.loaded;
  const layouts = new Map<string, PrintLayout>();
  const keyOf = (drop: readonly string[]) => drop.join('\u0000');
  const show = async (html: string) => {
    if (html === shown) return;
    await tab.replaceArticle(html);
    shown = html;
  };
  const print = async (css?: string) => {
    options.printed?.();
    return css === undefined ? tab.print() : tab.print({ css });
  };
  return {
    async printWithout(drop) {
      await show(options.render(drop));
      const pdf = await print();
      const pages = await pageCount(pdf);
      layouts.set(keyOf(drop), {});
      if (pages < 2 || pages > options.limit) return { pdf, pages };
      await show(options.render(drop, { marks: true }));
      const continuedBefore = continuationPoints(await pageMarks(await print()));
      if (continuedBefore.length === 0) {
        await show(options.render(drop));
        return { pdf, pages };
      }
      layouts.set(keyOf(drop), { continuedBefore });
      await show(options.render(drop, { continuedBefore }));
      const continued = await print();
      return { pdf: continued, pages: await pageCount(continued) };
    },
    async reprint(drop, css) {
      await show(options.render(drop, layouts.get(keyOf(drop)) ?? {}));
      return print(css);
    },
  };
}

export interface ThemePrintOptions {
  /** Puts a page in the print server's documents and returns its address. */
  publish(html: string): string;
  /** The theme's page for the resume without `drop`. */
  render(drop: readonly string[]): Promise<string>;
  /** Called for every print, for the build's report. */
  printed?(): void;
}

/**
 * Printing a variant with a JSON Resume theme: each print loads the theme's page for the bullets
 * kept, offline (the theme's web fonts are refused, so every build prints the same). The theme
 * draws its own pages, so there are no continued headings and no running footer; the fit still
 * counts its pages and leaves bullets out the same way.
 */
export function themePrintSession(tab: PrintTab, options: ThemePrintOptions): Pick<ResumePrintSession, 'printWithout'> {
  return {
    async printWithout(drop) {
      await tab.open(options.publish(await options.render(drop)), [], { offline: true });
      options.printed?.();
      const pdf = await tab.print();
      return { pdf, pages: await pageCount(pdf) };
    },
  };
}
