import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { framedPage } from '../../src/lib/print/page-frame.ts';
import { servePrintAssets } from '../../src/lib/print/print-assets.ts';
import { startPrinter, type Printer } from '../../src/lib/print/printer.ts';
import { finishPdf } from '../../src/lib/print/pdf-file.ts';
import { metadataOf } from '../../src/lib/stages/resumes.ts';
import { standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { CHROME, testContext } from '../support/build-context.ts';

/**
 * The resume stage loads the first website page of a language and shows each next one in the same
 * tab without a load (its body, title and address swapped in). Each PDF (and so its preview, drawn
 * from it) must be the bytes a load of its own gives.
 */
const context = testContext(path.join(PROJECT_ROOT, 'content'));
const model = context.model('en', 'public');

describe.skipIf(!CHROME)('a resume page shown in a tab that held another', () => {
  const documents = new Map<string, string>();
  let printer: Printer;
  beforeAll(async () => {
    printer = await startPrinter(CHROME!, { print: servePrintAssets(documents) });
    for (const entry of model.resumes) {
      const view = selectResume(model, entry.id);
      documents.set(entry.id, standaloneDocument({ title: `Resume: ${view.variant.title} & more`, article: renderResumeArticle(view), stylesheets: ['/fonts.css', '/resume.css'], brand: model.profile.data.brand, language: 'en' }));
    }
  });
  afterAll(async () => {
    await printer.close();
  });

  it('prints the same PDF as the page loaded on its own', async () => {
    const ids = model.resumes.map((entry) => entry.id);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const [tab] = printer.tabs;
    const address = (id: string) => `${printer.origins['print']}/doc/${id}.html`;
    // Finished as the build finishes every PDF: Chromium's own creation time goes, the content's date comes in.
    const finished = async (id: string) => Buffer.from(await finishPdf(await tab!.print(), metadataOf(selectResume(model, id), undefined)));
    const loaded = new Map<string, Buffer>();
    for (const id of ids) {
      await tab!.open(address(id));
      loaded.set(id, await finished(id));
    }
    await tab!.open(address(ids[0]!));
    for (const id of ids.slice(1).reverse()) {
      const page = framedPage(documents.get(id)!, address(id))!;
      expect(page.frame).toBe(framedPage(documents.get(ids[0]!)!, address(ids[0]!))!.frame);
      await tab!.showPage(page);
      expect((await finished(id)).equals(loaded.get(id)!), `${id}: PDF`).toBe(true);
    }
  });
});
