import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { servePrintAssets } from '../../src/lib/print/print-assets.ts';
import { startPrinter, type Printer } from '../../src/lib/print/printer.ts';
import { previewOf, previewSize } from '../../src/lib/print/resume-preview.ts';
import { standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { CHROME, testContext } from '../support/build-context.ts';

/**
 * The list of resumes shows each website copy's first page, drawn from its PDF. Poppler, a reader
 * of its own, must see the same page, on letter and A4 alike.
 */
const context = testContext(path.join(PROJECT_ROOT, 'content'));
const model = context.model('en', 'public');

function hasPoppler(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * The mean difference of two pictures' greys, 0–255, at the preview's size and slightly blurred:
 * the readers weigh the edges of glyphs differently, and the blur leaves what is where on the page.
 */
async function difference(a: Uint8Array, b: Uint8Array, size: { width: number; height: number }): Promise<number> {
  const grey = (image: Uint8Array) => sharp(image).resize({ ...size, fit: 'cover', position: 'top' }).greyscale().blur(2).raw().toBuffer();
  const [first, second] = await Promise.all([grey(a), grey(b)]);
  let sum = 0;
  for (let index = 0; index < first.length; index++) sum += Math.abs(first[index]! - second[index]!);
  return sum / first.length;
}

describe.skipIf(!CHROME || !hasPoppler())('the first-page preview of a printed resume', () => {
  const documents = new Map<string, string>();
  let printer: Printer;
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-preview-'));
  beforeAll(async () => {
    printer = await startPrinter(CHROME!, { print: servePrintAssets(documents) });
  });
  afterAll(async () => {
    await printer.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it.each(['letter', 'a4'] as const)('is page one as another reader draws it (%s)', async (paper) => {
    const view = selectResume(model, 'staff-sre');
    const name = `preview-${paper}`;
    const article = renderResumeArticle({ ...view, variant: { ...view.variant, paper } });
    documents.set(name, standaloneDocument({ title: name, article, stylesheets: ['/fonts.css', '/resume.css'], brand: model.profile.data.brand, language: 'en' }));
    const [tab] = printer.tabs;
    await tab!.open(`${printer.origins['print']}/doc/${name}.html`);
    const pdf = await tab!.print();
    const size = previewSize(paper);
    const preview = await previewOf(pdf, paper);
    const meta = await sharp(preview).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'webp', ...size });

    const file = path.join(scratch, `${name}.pdf`);
    writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-f', '1', '-l', '1', '-scale-to-x', String(size.width * 2), '-scale-to-y', '-1', file, path.join(scratch, name)]);
    const poppler = readFileSync(path.join(scratch, `${name}-1.png`));
    // Measured: a resume's page one differs from a blank page, and from its page two, by about 8; from itself drawn by Poppler by about 1.
    expect(await difference(preview, poppler, size)).toBeLessThan(3);
    expect(await difference(preview, await sharp({ create: { ...size, channels: 3, background: '#ffffff' } }).png().toBuffer(), size)).toBeGreaterThan(5);
  });
});
