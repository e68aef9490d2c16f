import path from 'node:path';
import sharp from 'sharp';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { CHROME_ARGS } from '../../src/lib/print/chrome.ts';
import { servePrintAssets } from '../../src/lib/print/print-assets.ts';
import { startPrinter, type Printer } from '../../src/lib/print/printer.ts';
import { captureSheet, previewOf, previewSize } from '../../src/lib/print/resume-preview.ts';
import { standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { PAPER, renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { CHROME, testContext } from '../support/build-context.ts';

/**
 * The list of resumes shows each website copy's first page: the printer's tab captures it through
 * the DevTools protocol, and it must be the picture Playwright's own full-page screenshot of the
 * sheet gives, pixel for pixel, on letter and A4 alike.
 */
const context = testContext(path.join(PROJECT_ROOT, 'content'));
const model = context.model('en', 'public');

describe.skipIf(!CHROME)('the first-page preview of a resume', () => {
  const documents = new Map<string, string>();
  let printer: Printer;
  beforeAll(async () => {
    printer = await startPrinter(CHROME!, { print: servePrintAssets(documents) });
  });
  afterAll(async () => {
    await printer.close();
  });

  it.each(['letter', 'a4'] as const)('captures the same pixels as a full-page screenshot of the sheet (%s)', async (paper) => {
    const view = selectResume(model, 'staff-sre');
    const name = `preview-${paper}`;
    const article = renderResumeArticle({ ...view, variant: { ...view.variant, paper } });
    documents.set(name, standaloneDocument({ title: name, article, stylesheets: ['/fonts.css', '/resume.css'], brand: model.profile.data.brand, language: 'en' }));
    const address = `${printer.origins['print']}/doc/${name}.html`;
    const [tab] = printer.tabs;
    await tab!.open(address);
    const captured = await captureSheet(tab!, paper);

    // Playwright's way, in a browser of its own with the printer's settings.
    const browser = await chromium.launch({ executablePath: CHROME!, args: CHROME_ARGS });
    try {
      const page = await (await browser.newContext({ colorScheme: 'light', reducedMotion: 'reduce', bypassCSP: true })).newPage();
      await page.goto(address, { waitUntil: 'load' });
      await page.evaluate(async () => {
        await document.fonts.ready;
      });
      const box = (await page.locator('article.resume').first().boundingBox())!;
      const height = Math.round((PAPER[paper].height * 96) / 72);
      const expected = await page.screenshot({ clip: { x: box.x, y: box.y, width: box.width, height: Math.min(height, box.height) }, fullPage: true, animations: 'disabled', caret: 'hide' });
      const pixels = async (png: Uint8Array) => sharp(png).raw().toBuffer({ resolveWithObject: true });
      const [ours, theirs] = await Promise.all([pixels(captured), pixels(expected)]);
      expect(ours.info).toEqual(theirs.info);
      expect(ours.data.equals(theirs.data)).toBe(true);
    } finally {
      await browser.close();
    }

    const preview = await sharp(await previewOf(captured, paper)).metadata();
    expect({ format: preview.format, width: preview.width, height: preview.height }).toEqual({ format: 'webp', ...previewSize(paper) });
  });
});
