import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveOptions, type CairnOptionsInput } from '../../src/lib/build/options.ts';
import { loadContent, type LoadedContent } from '../../src/lib/content/load-content.ts';
import { createBuildContext, type BuildContext } from '../../src/lib/model/build-context.ts';
import { findChrome } from '../../src/lib/print/chrome.ts';
import type { Audience } from '../../src/lib/model/visibility.ts';
import { scanDirectSendFolder, scanForLeaks } from '../../src/lib/privacy/scan.ts';
import type { Leak } from '../../src/lib/privacy/secrets.ts';
import { privacyGuardStage } from '../../src/integrations/stages/privacy-guard.ts';
import { PROJECT_ROOT } from './astro-build.ts';

/** The browser the tests print and look with: `CHROME_PATH`, else the usual install places. */
export const CHROME = findChrome(process.env['CHROME_PATH']);

/** A scratch folder for the PDF text the privacy scans keep, one per test file. */
const pdfTextCache = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-text-'));

/** A build's options for `contentDir`, caches in scratch folders unless given. */
export function testOptions(contentDir: string, options: Partial<CairnOptionsInput> = {}) {
  return resolveOptions({ pdfTextCache, imageCache: mkdtempSync(path.join(os.tmpdir(), 'cairn-image-cache-')), pdfCache: mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-cache-')), ...options, contentDir }, {}, PROJECT_ROOT);
}

/** The build context a build of `contentDir` would make. */
export function testContext(contentDir: string, options: Partial<CairnOptionsInput> = {}): BuildContext {
  const resolved = testOptions(contentDir, options);
  return createBuildContext(loadContent(resolved.contentDir), resolved);
}

const contentOf = (content: string | LoadedContent) => (typeof content === 'string' ? loadContent(content).content : content);

/** What the privacy guard finds in a published folder, for the content in `content` (a folder or read content). */
export function leaksIn(folder: string, content: string | LoadedContent, audience: Audience = 'public'): Leak[] {
  return scanForLeaks(folder, contentOf(content), { audience, pdfTextCache });
}

/** What the privacy guard finds in an out/ folder of direct-send copies. */
export function directSendLeaks(folder: string, content: string | LoadedContent): Leak[] {
  return scanDirectSendFolder(folder, contentOf(content), pdfTextCache);
}

/** An Astro integration logger that keeps what it is told. */
export function recordingLogger() {
  const info: string[] = [];
  const warnings: string[] = [];
  const logger = { info: (line: string) => info.push(line), warn: (line: string) => warnings.push(line), error: () => {}, debug: () => {}, fork: () => logger, label: 'test', options: {} };
  return { logger: logger as never, info, warnings };
}

/** The privacy guard stage as a build runs it, over a built folder `dist` (with out/ beside it), PDF texts read ahead once `pdfTextsAhead` resolves. */
export async function runPrivacyGuard(dist: string, contentDir: string, publicDir = path.join(dist, '..', 'public'), pdfTextsAhead?: Promise<void>): Promise<void> {
  await privacyGuardStage(testContext(contentDir), { dist, base: '/', site: undefined, siteUrl: 'https://example.com/', publicDir }, recordingLogger().logger, pdfTextsAhead);
}

/** The folder of PDF texts the test scans and guard runs of this test file keep. */
export const TEST_PDF_TEXT_CACHE = pdfTextCache;
