import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { emptyTally, type PrintTab } from '../../../../src/lib/print/printer.ts';
import { measureTogether, readMarks, resumePrintSession, type Measurement } from '../../../../src/lib/print/resume-pages.ts';
import type { PrintLayout } from '../../../../src/lib/render/resume/html.ts';
import { copyStartUrl, markUrl } from '../../../../src/lib/render/resume/page-marks.ts';

/**
 * The print session's choices, with a tab that lays nothing out: each article says how it prints.
 * What matters is which prints the session asks for, and which of them it hands back as finished.
 */

/** How one rendering of the resume prints: its pages, whether the screen's sheet stays within a page, and where its pieces land. */
interface Layout {
  pages: number;
  fitsOneSheet: boolean;
  /** For a marked rendering: [unit, page] of each piece of employer 0, in order. */
  pieces?: [string, number][];
}

/** An article as the fake renders it: what was dropped and how it is laid out, readable back. */
const article = (drop: readonly string[], layout: PrintLayout = {}) => JSON.stringify({ drop, layout });

async function pdfOf(pages: number, pieces: [string, number][] = []): Promise<Uint8Array> {
  const file = await PDFDocument.create();
  const sheets = Array.from({ length: pages }, () => file.addPage([612, 792]));
  sheets.forEach((sheet, index) => {
    const links = pieces.flatMap(([unit, page], seq) => (page === index + 1 ? [file.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 700 - seq * 20, 300, 712 - seq * 20], A: { S: 'URI', URI: PDFString.of(markUrl(0, seq, unit)) } })] : []));
    if (links.length > 0) sheet.node.set(PDFName.of('Annots'), file.context.obj(links));
  });
  return file.save();
}

/** A tab whose articles print as `layouts` says (by the article's text), recording each print. */
function fakeTab(loaded: string, layouts: (shown: string) => Layout) {
  let shown = loaded;
  const prints: { article: string; css?: string; measuring?: boolean; pdf: Uint8Array }[] = [];
  const tab: PrintTab = {
    tally: emptyTally(),
    open: async () => undefined,
    showPage: async () => undefined,
    replaceArticle: async (html) => {
      shown = html;
    },
    sheetFitsOnePage: async () => layouts(shown).fitsOneSheet,
    print: async (options = {}) => {
      const { pages, pieces } = layouts(shown);
      const pdf = await pdfOf(pages, JSON.parse(shown).layout.marks ? pieces : []);
      prints.push({ article: shown, ...options, pdf });
      return pdf;
    },
  };
  return { tab, prints, shown: () => shown };
}

const FOOTER = '@page { @bottom-right { content: counter(page) } }';
const session = (tab: PrintTab, limit = 2, measured?: Measurement) => resumePrintSession(tab, { loaded: article([]), render: article, limit, footer: FOOTER, measured });

/** A PDF of `pages` pages with a link to each address on the page given, `height` points tall. */
async function pdfWithLinks(pages: number, links: { url: string; page: number; height: number }[]): Promise<Uint8Array> {
  const file = await PDFDocument.create();
  const sheets = Array.from({ length: pages }, () => file.addPage([612, 792]));
  sheets.forEach((sheet, index) => {
    const annotations = links.filter((link) => link.page === index + 1).map((link, at) => file.context.obj({ Type: 'Annot', Subtype: 'Link', Rect: [50, 700 - at * 30, 300, 700 - at * 30 + link.height], A: { S: 'URI', URI: PDFString.of(link.url) } }));
    if (annotations.length > 0) sheet.node.set(PDFName.of('Annots'), file.context.obj(annotations));
  });
  return file.save();
}

/** A tab whose every print is `pdf`, recording what it was shown and asked. */
function printingTab(pdf: Uint8Array) {
  const shown: string[] = [];
  const prints: { css?: string; measuring?: boolean }[] = [];
  const tab: PrintTab = {
    tally: emptyTally(),
    open: async () => undefined,
    showPage: async () => undefined,
    replaceArticle: async (html) => void shown.push(html),
    sheetFitsOnePage: async () => false,
    print: async (options = {}) => {
      prints.push(options);
      return pdf;
    },
  };
  return { tab, shown, prints };
}

describe('a resume print session', () => {
  it('prints a sheet the screen lays out on one page once, as finished, without the footer', async () => {
    const { tab, prints } = fakeTab(article([]), () => ({ pages: 1, fitsOneSheet: true }));
    const printing = session(tab);
    expect(await printing.pagesWithout([])).toBe(1);
    const finished = await printing.print([]);
    expect(prints.map(({ css, measuring }) => ({ css, measuring }))).toEqual([{ css: undefined, measuring: undefined }]);
    expect(finished.pdf).toBe(prints[0]!.pdf);
  });

  it('measures a longer sheet with its marks, then prints it once with the footer when no role runs over', async () => {
    const { tab, prints, shown } = fakeTab(article([]), (html) => ({ pages: 2, fitsOneSheet: false, pieces: JSON.parse(html).layout.marks ? [['org', 1], ['role:a', 1], ['bullet:x', 1]] : [] }));
    const printing = session(tab);
    expect(await printing.pagesWithout([])).toBe(2);
    const finished = await printing.print([]);
    expect(prints.map(({ article: printed, css, measuring }) => ({ layout: JSON.parse(printed).layout, css, measuring }))).toEqual([
      { layout: { marks: true }, css: undefined, measuring: true },
      { layout: {}, css: FOOTER, measuring: undefined },
    ]);
    expect(finished).toEqual({ pdf: prints[1]!.pdf, pages: 2 });
    // The preview is taken next, of the article as printed.
    expect(shown()).toBe(article([]));
  });

  it('prints a role that runs over once more, with the continued heading and the footer, and that print is the finished one', async () => {
    const { tab, prints, shown } = fakeTab(article([]), (html) => {
      const { layout } = JSON.parse(html) as { layout: PrintLayout };
      // The continued heading pushes a line onto page 2, which still holds it.
      return { pages: 2, fitsOneSheet: false, pieces: layout.marks ? [['org', 1], ['role:a', 1], ['bullet:x', 1], ['bullet:y', 2]] : [] };
    });
    const printing = session(tab);
    expect(await printing.pagesWithout([])).toBe(2);
    const finished = await printing.print([]);
    expect(prints.map(({ article: printed, css }) => ({ layout: JSON.parse(printed).layout, css }))).toEqual([
      { layout: { marks: true }, css: undefined },
      { layout: { continuedBefore: ['bullet:y'] }, css: FOOTER },
    ]);
    expect(finished.pdf).toBe(prints[1]!.pdf);
    expect(shown()).toBe(article([], { continuedBefore: ['bullet:y'] }));
  });

  it('judges the pages of the print with continued headings, which may run over the limit', async () => {
    const { tab } = fakeTab(article([]), (html) => {
      const { layout } = JSON.parse(html) as { layout: PrintLayout };
      return { pages: layout.continuedBefore ? 3 : 2, fitsOneSheet: false, pieces: [['org', 1], ['bullet:y', 2]] };
    });
    expect(await session(tab).pagesWithout([])).toBe(3);
  });

  it('falls back to measuring when the screen guessed one page wrong, and to a plain print when it guessed two pages wrong', async () => {
    const longer = fakeTab(article([]), () => ({ pages: 2, fitsOneSheet: true, pieces: [['org', 1], ['role:a', 2]] }));
    const printing = session(longer.tab);
    expect(await printing.pagesWithout([])).toBe(2);
    await printing.print([]);
    // The one-page try, the measuring print, then the continued copy that is finished.
    expect(longer.prints.map(({ css, measuring }) => ({ css, measuring }))).toEqual([{ css: undefined, measuring: undefined }, { css: undefined, measuring: true }, { css: FOOTER, measuring: undefined }]);

    const shorter = fakeTab(article([]), () => ({ pages: 1, fitsOneSheet: false }));
    const plain = session(shorter.tab);
    expect(await plain.pagesWithout([])).toBe(1);
    const finished = await plain.print([]);
    expect(shorter.prints.map(({ css, measuring }) => ({ css, measuring }))).toEqual([{ css: undefined, measuring: true }, { css: undefined, measuring: undefined }]);
    expect(finished).toEqual({ pdf: shorter.prints[1]!.pdf, pages: 1 });
  });

  it('does not measure a print over the limit, and finishes the selection the fit settled on in the tab', async () => {
    const { tab, prints, shown } = fakeTab(article([]), (html) => ({ pages: JSON.parse(html).drop.length > 0 ? 1 : 3, fitsOneSheet: JSON.parse(html).drop.length > 0 }));
    const printing = session(tab);
    expect(await printing.pagesWithout([])).toBe(3);
    expect(prints.map(({ measuring }) => measuring)).toEqual([true]);
    expect(await printing.pagesWithout(['b'])).toBe(1);
    // The fit tried another selection last; the one it settled on goes back into the tab for the preview.
    expect(await printing.pagesWithout(['b', 'c'])).toBe(1);
    const finished = await printing.print(['b']);
    expect(prints).toHaveLength(3);
    expect(finished.pdf).toBe(prints[1]!.pdf);
    expect(shown()).toBe(article(['b']));
  });

  it('prints a copy measured with others once, finished with the footer, when no role runs over', async () => {
    const { tab, prints } = fakeTab(article([]), () => ({ pages: 2, fitsOneSheet: false }));
    const printing = session(tab, 2, { pages: 2, marks: [{ org: 0, seq: 0, unit: 'org', page: 1, height: 12 }, { org: 0, seq: 1, unit: 'role:a', page: 1, height: 12 }] });
    expect(await printing.pagesWithout([])).toBe(2);
    const finished = await printing.print([]);
    expect(prints.map(({ article: printed, css, measuring }) => ({ layout: JSON.parse(printed).layout, css, measuring }))).toEqual([{ layout: {}, css: FOOTER, measuring: undefined }]);
    expect(finished).toEqual({ pdf: prints[0]!.pdf, pages: 2 });
  });

  it('prints a copy measured with others once with its continued heading, and judges that print', async () => {
    const { tab, prints, shown } = fakeTab(article([]), () => ({ pages: 2, fitsOneSheet: false }));
    const measured = { pages: 2, marks: [{ org: 0, seq: 0, unit: 'org', page: 1, height: 12 }, { org: 0, seq: 1, unit: 'bullet:y', page: 2, height: 12 }] };
    const printing = session(tab, 2, measured);
    expect(await printing.pagesWithout([])).toBe(2);
    const finished = await printing.print([]);
    expect(prints.map(({ article: printed, css }) => ({ layout: JSON.parse(printed).layout, css }))).toEqual([{ layout: { continuedBefore: ['bullet:y'] }, css: FOOTER }]);
    expect(finished.pdf).toBe(prints[0]!.pdf);
    expect(shown()).toBe(article([], { continuedBefore: ['bullet:y'] }));
  });

  it('measures the other selections of a fit alone when the copy measured with others is over its limit', async () => {
    const { tab, prints } = fakeTab(article([]), (html) => ({ pages: JSON.parse(html).drop.length > 0 ? 2 : 3, fitsOneSheet: false, pieces: [['org', 1]] }));
    const printing = session(tab, 2, { pages: 3, marks: [] });
    expect(await printing.pagesWithout([])).toBe(3);
    expect(prints).toHaveLength(0);
    expect(await printing.pagesWithout(['b'])).toBe(2);
    expect(prints.map(({ article: printed, measuring }) => ({ layout: JSON.parse(printed).layout, measuring }))).toEqual([{ layout: { marks: true }, measuring: true }]);
  });

  it('measures several copies in one print, each from the page its name opens, its marks counted from there', async () => {
    const pdf = await pdfWithLinks(4, [
      { url: copyStartUrl(0), page: 1, height: 28 },
      { url: markUrl(0, 0, 'org'), page: 1, height: 12 },
      { url: markUrl(0, 1, 'bullet:x'), page: 2, height: 12 },
      // The next copy's name reaches up onto the page before the one it opens by a sliver.
      { url: copyStartUrl(1), page: 2, height: 4 },
      { url: copyStartUrl(1), page: 3, height: 28 },
      { url: markUrl(0, 0, 'org'), page: 3, height: 12 },
      { url: copyStartUrl(2), page: 4, height: 28 },
    ]);
    const { tab, shown, prints } = printingTab(pdf);
    const measured = await measureTogether(tab, ['<article class="resume">a</article>', '<article class="resume">b</article>', '<article class="resume">c</article>']);
    expect(shown).toEqual(['<article class="resume">a</article><article class="resume">b</article><article class="resume">c</article>']);
    expect(prints).toEqual([{ css: expect.stringContaining('break-before: page'), measuring: true }]);
    expect(measured?.map(({ pages, marks }) => ({ pages, marks: marks.map(({ unit, page }) => [unit, page]) }))).toEqual([
      { pages: 2, marks: [['org', 1], ['bullet:x', 2]] },
      { pages: 1, marks: [['org', 1]] },
      { pages: 1, marks: [] },
    ]);
  });

  it('gives up measuring copies together when a copy does not say where it begins', async () => {
    const missing = printingTab(await pdfWithLinks(2, [{ url: copyStartUrl(0), page: 1, height: 28 }]));
    expect(await measureTogether(missing.tab, ['<article class="resume">a</article>', '<article class="resume">b</article>'])).toBeUndefined();
    const sharing = printingTab(await pdfWithLinks(2, [{ url: copyStartUrl(0), page: 1, height: 28 }, { url: copyStartUrl(1), page: 1, height: 28 }]));
    expect(await measureTogether(sharing.tab, ['<article class="resume">a</article>', '<article class="resume">b</article>'])).toBeUndefined();
  });

  it('reads a measuring print once for its pages and its marks', async () => {
    const { pages, marks } = await readMarks(await pdfOf(2, [['org', 1], ['role:a', 2]]));
    expect(pages).toBe(2);
    expect(marks.map(({ unit, page }) => [unit, page])).toEqual([['org', 1], ['role:a', 2]]);
  });
});
