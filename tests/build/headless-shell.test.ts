import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { findFullBrowser, findHeadlessShell } from '../../src/lib/print/chrome.ts';
import { finishPdf } from '../../src/lib/print/pdf-file.ts';
import { servePrintAssets } from '../../src/lib/print/print-assets.ts';
import { startPrinter, type Printer } from '../../src/lib/print/printer.ts';
import { standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { PAPER, renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { testContext } from '../support/build-context.ts';

/**
 * The build prefers Chromium's headless shell, which prints in about half the time. It must print
 * what the full browser prints: with the font hinting it applies by default, its glyphs sit at
 * whole pixels and letters are spaced unevenly.
 */
const shell = findHeadlessShell();
const full = findFullBrowser();

/** The browser's version (`156.0.8078.114`): two releases may lay a page out differently. */
function versionOf(executable: string | undefined): string | undefined {
  if (!executable) return undefined;
  try {
    return /\d+\.\d+\.\d+\.\d+/.exec(execFileSync(executable, ['--version'], { encoding: 'utf8', timeout: 20_000 }))?.[0];
  } catch {
    return undefined;
  }
}
const shellVersion = versionOf(shell);
const sameRelease = shellVersion !== undefined && shellVersion === versionOf(full);

const context = testContext(path.join(PROJECT_ROOT, 'content'));
const model = context.model('en', 'public');

describe.skipIf(!sameRelease)('the headless shell and the full browser of one release', () => {
  const documents = new Map<string, string>();
  const printers: Printer[] = [];
  beforeAll(async () => {
    printers.push(...(await Promise.all([shell!, full!].map((executable) => startPrinter(executable, { print: servePrintAssets(documents) })))));
  });
  afterAll(async () => {
    await Promise.all(printers.map((printer) => printer.close()));
  });

  it.each([
    ['en', 'Maya Okafor'],
    ['ar', 'ليلى حداد 陈静 Đặng Thị Hương'],
  ])('print the same resume, byte for byte (%s)', async (language, name) => {
    const sample = selectResume(model, 'staff-sre');
    const view = { ...sample, person: { ...sample.person, name } };
    documents.set(language, standaloneDocument({ title: name, article: renderResumeArticle(view), stylesheets: ['/fonts.css', '/resume.css'], brand: model.profile.data.brand, language }));
    const metadata = { title: name, author: 'Cairn', subject: '', keywords: [], date: new Date(Date.UTC(2026, 0, 1)), paper: PAPER[view.variant.paper] };
    const [fromShell, fromFull] = await Promise.all(
      printers.map(async (printer) => {
        const [tab] = printer.tabs;
        await tab!.open(`${printer.origins['print']}/doc/${language}.html`);
        return Buffer.from(await finishPdf(await tab!.print(), metadata));
      }),
    );
    expect(fromShell!.length).toBeGreaterThan(10_000);
    expect(fromShell!.equals(fromFull!)).toBe(true);
  });
});
