import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { textDirection } from '../../src/lib/model/i18n/messages.ts';
import { finishPdf } from '../../src/lib/print/pdf-file.ts';
import { fitToPages } from '../../src/lib/print/resume-fit.ts';
import { measureTogether, readMarks, resumePrintSession } from '../../src/lib/print/resume-pages.ts';
import type { PrintTab } from '../../src/lib/print/printer.ts';
import { standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { renderResumeArticle, type PrintLayout } from '../../src/lib/render/resume/html.ts';
import { continuationPoints } from '../../src/lib/render/resume/page-marks.ts';
import { runningFooterCss } from '../../src/lib/render/resume/running-footer.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { CHROME, testContext } from '../support/build-context.ts';
import { metadataOf } from '../../src/lib/stages/resumes.ts';
import { usePrinter } from '../support/test-printer.ts';

/**
 * A print session prints as few PDFs as the fit needs, and its finished PDF is the one a fresh
 * tab prints of the same layout: measuring leaves nothing behind in the page.
 */
const context = testContext(path.join(PROJECT_ROOT, 'content'));

/** Chromium stamps each print with the second it was made: PDFs are compared as the build finishes them. */
const finished = (id: string, language: string, pdf: Uint8Array) => finishPdf(pdf, metadataOf(selectResume(context.model(language, 'resume'), id), '1764806400'));
const same = async (id: string, language: string, a: Uint8Array, b: Uint8Array) => Buffer.from(await finished(id, language, a)).equals(Buffer.from(await finished(id, language, b)));

describe.skipIf(!CHROME)('printing a resume in as few PDFs as it needs', () => {
  const { documents, open } = usePrinter(CHROME);

  /** The sample variant in `language` as a stand-alone document in a freshly loaded tab. */
  async function loaded(id: string, language: string, article: string): Promise<PrintTab> {
    const model = context.model(language, 'resume');
    const name = `${id}-${language}-${documents.size}`;
    documents.set(name, standaloneDocument({ title: id, article, stylesheets: ['/fonts.css', '/resume.css'], brand: model.profile.data.brand, language }));
    return open(name);
  }

  async function fitted(id: string, language: string) {
    const model = context.model(language, 'resume');
    const full = selectResume(model, id);
    const footer = runningFooterCss(full.person.name, textDirection(language));
    const tab = await loaded(id, language, renderResumeArticle(full));
    const before = tab.tally.print.count;
    const session = resumePrintSession(tab, { loaded: renderResumeArticle(full), render: (drop, layout) => renderResumeArticle(selectResume(model, id, { drop }), layout), limit: full.variant.pages, footer });
    const result = await fitToPages(full, session.pagesWithout);
    if (!result.fits) throw new Error(`${id} (${language}) does not fit`);
    const printed = await session.print(result.drop);
    return { printed, prints: tab.tally.print.count - before, full, footer };
  }

  /** What a tab that has printed nothing else prints for this layout. */
  async function freshPrint(id: string, language: string, layout: PrintLayout, css: string | undefined, view = selectResume(context.model(language, 'resume'), id)) {
    const tab = await loaded(id, language, renderResumeArticle(view, layout));
    return tab.print(css === undefined ? {} : { css });
  }

  it('prints a one-page resume once, and that print is the finished one', async () => {
    const { printed, prints } = await fitted('general', 'en');
    expect(printed.pages).toBe(1);
    expect(prints).toBe(1);
    expect(await same('general', 'en', printed.pdf, await freshPrint('general', 'en', {}, undefined))).toBe(true);
  });

  it.each(['en', 'de'])('prints a two-page resume (%s) twice: measured with its marks, then finished with the footer and any continued heading', async (language) => {
    const { printed, prints, footer } = await fitted('staff-sre', language);
    expect(printed.pages).toBe(2);
    expect(prints).toBe(2);
    // Where the fresh tab's own measuring print puts the continued headings.
    const marked = await readMarks(await freshPrint('staff-sre', language, { marks: true }, undefined));
    expect(marked.pages).toBe(2);
    const continuedBefore = continuationPoints(marked.marks);
    const expected = await freshPrint('staff-sre', language, continuedBefore.length > 0 ? { continuedBefore } : {}, footer);
    expect(await same('staff-sre', language, printed.pdf, expected), `staff-sre (${language}) differs from a fresh print of its layout`).toBe(true);
    const pages = await pdfPageTexts(printed.pdf);
    expect(pages[1]).toMatch(/(^|\s)2 ?\/ ?2(\s|$|Maya)/);
  });

  it.each(['en', 'de'])('measures the copies of several resumes (%s) in one print, each as its own measuring print does', async (language) => {
    // Every US Letter copy of the sample, for the website and for sending, one- and two-page.
    const copies = (['public', 'resume'] as const).flatMap((audience) => ['general', 'staff-sre'].map((id) => selectResume(context.model(language, audience), id)));
    const tab = await loaded('general', language, renderResumeArticle(copies[0]!));
    const together = await measureTogether(tab, copies.map((view, copy) => renderResumeArticle(view, { marks: true, copy })));
    expect(together).toHaveLength(copies.length);
    const continued: string[][] = [];
    for (const [index, view] of copies.entries()) {
      const alone = await readMarks(await freshPrint(view.id, language, { marks: true }, undefined, view));
      const measured = together![index]!;
      expect({ pages: measured.pages, marks: measured.marks.map(({ unit, page }) => [unit, page]) }, `${view.id} (${language}) measured with the others`).toEqual({ pages: alone.pages, marks: alone.marks.map(({ unit, page }) => [unit, page]) });
      continued.push(continuationPoints(measured.marks));
    }
    // A role of the two-page resume runs over its page break in at least one copy: the marks after a copy's first page count.
    expect(continued.flat()).not.toHaveLength(0);
  });
});
