import { describe, expect, it } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { CHROME } from '../support/build-context.ts';
import type { Model } from '../../src/lib/model/model.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { metadataOf } from '../../src/lib/stages/resumes.ts';
import { resumeTitle, standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { fitToPages, overflowError } from '../../src/lib/print/resume-fit.ts';
import { renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { finishPdf, pageCount } from '../../src/lib/print/pdf-file.ts';
import { usePrinter } from '../support/test-printer.ts';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { contentFolder, longContentFolder, modelFor, resumeFile } from '../unit/lib/render/resume/fixtures.ts';

/**
 * Printing with a real Chromium, without Astro: the stand-alone documents of out/, fitted and
 * finished exactly as the build does it.
 */
const chrome = CHROME;

describe.skipIf(!chrome)('printing a resume', () => {
  const { documents, open } = usePrinter(chrome);

  async function printOf(model: Model, id: string, drop: readonly string[] = []) {
    const view = selectResume(model, id, { drop });
    documents.set(id, standaloneDocument({ title: resumeTitle(view.person.name, view.variant.targetRole), article: renderResumeArticle(view), stylesheets: ['/fonts.css', '/resume.css'], brand: model.profile.data.brand }));
    const tab = await open(id);
    const pdf = await tab.print();
    return { pdf, pages: await pageCount(pdf) };
  }

  it('trims a long resume in auto mode by the fewest lowest-ranked bullets, and never a pinned one', async () => {
    const model = modelFor(longContentFolder('auto'));
    const view = selectResume(model, 'long');
    const result = await fitToPages(view, async (drop) => (await printOf(model, 'long', drop)).pages);
    expect(result.fits).toBe(true);
    if (!result.fits) return;
    expect(result.pages).toBe(1);
    expect(result.drop.length).toBeGreaterThan(0);
    expect(result.drop).toEqual(view.dropOrder.slice(0, result.drop.length));
    expect(result.drop).not.toContain('2021-01-10-long-story-1');
    // The fewest: one bullet fewer dropped is still too long.
    expect((await printOf(model, 'long', result.drop.slice(0, -1))).pages).toBeGreaterThan(1);
    const text = (await pdfPageTexts((await printOf(model, 'long', result.drop)).pdf)).join('\n');
    expect(text).toContain('number 1,');
    for (const id of result.drop) expect(text).not.toContain(`number ${id.replace(/^.*-/, '')},`);
  });

  it('fails a long resume in strict mode, naming the variant, the overflow and what would fit', async () => {
    const folder = longContentFolder('strict');
    const model = modelFor(folder);
    const view = selectResume(model, 'long');
    const result = await fitToPages(view, async (drop) => (await printOf(model, 'long', drop)).pages);
    expect(result.fits).toBe(false);
    if (result.fits) return;
    const error = overflowError(view, 'content/resumes/long.mdx', result);
    expect(error.message).toBe('Resume "long" (content/resumes/long.mdx) prints on 2 pages, 1 page over its limit of 1 (fit: strict).');
    expect(error.hint).toBe(
      `Leaving out its ${result.wouldFitWithout!.length} lowest-ranked bullets would make it fit: ${result.wouldFitWithout!.join(', ')}. ` +
        'To do so, lower limits.bulletsPerRole, add them to exclude.accomplishments, set pages: 2 or set fit: auto to let the build leave them out.',
    );
    expect(result.wouldFitWithout).toEqual(view.dropOrder.slice(0, result.wouldFitWithout!.length));
  });

  it('says when not even dropping every unpinned bullet would fit', async () => {
    const model = modelFor(longContentFolder('strict'));
    const view = { ...selectResume(model, 'long'), dropOrder: [] };
    const result = await fitToPages(view, async (drop) => (await printOf(model, 'long', drop)).pages);
    expect(result).toEqual({ fits: false, pages: 2, wouldFitWithout: undefined });
    expect(overflowError(view, 'content/resumes/long.mdx', result as Extract<typeof result, { fits: false }>).message).toBe(
      'Resume "long" (content/resumes/long.mdx) prints on 2 pages, 1 page over its limit of 1 (fit: strict), even with every bullet that is not pinned left out.',
    );
  });

  it('prints the same bytes twice, with title, author, subject and a content date', async () => {
    const model = modelFor(contentFolder(resumeFile('path', 'paper: a4')));
    const view = selectResume(model, 'path');
    const first = await finishPdf((await printOf(model, 'path')).pdf, metadataOf(view, undefined));
    await new Promise((resolve) => setTimeout(resolve, 1100)); // Chromium stamps the second; let it tick over.
    const second = await finishPdf((await printOf(model, 'path')).pdf, metadataOf(view, undefined));
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    const document = await PDFDocument.load(first, { updateMetadata: false });
    expect(document.getTitle()).toBe('Ada Example – Resume (Engineer)');
    expect(document.getAuthor()).toBe('Ada Example');
    expect(document.getSubject()).toBe('Resume of Ada Example for Engineer: path');
    expect(document.getCreationDate()?.toISOString()).toBe(metadataOf(view, undefined).date.toISOString());
    // A4 exactly, not Chromium's whole-pixel rounding of it.
    expect(document.getPage(0).getSize()).toEqual({ width: 595.28, height: 841.89 });
  });
});
