import type { AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describePruning, pruneUnused } from '../../lib/build/cache-pruning.ts';
import { collectGarbage, SMALL_HEAP_BYTES } from '../../lib/build/collect-garbage.ts';
import { userFacingError } from '../../lib/build/user-facing-error.ts';
import type { BuildContext } from '../../lib/model/build-context.ts';
import { scanLetterCopies } from '../../lib/privacy/letters-scan.ts';
import { guardReads } from '../../lib/privacy/guard-reads.ts';
import { readPdfsBeside } from '../../lib/privacy/published-files.ts';
import { describeLeaks, scanForLeaks, scanForLeaksBeside } from '../../lib/privacy/scan.ts';
import { unreferencedFiles } from '../../lib/privacy/unreferenced-files.ts';
import { letterOutFolder, unlistedLetterFiles } from '../../lib/render/letters/paths.ts';
import { directSendFolder } from '../../lib/render/resume/paths.ts';
import type { BuiltSite } from './built-site.ts';

/**
 * The last stage: proves that nothing private or resume-only reached the published folder, and
 * nothing private the copies for sending. A hit fails the build: a leaked phone number costs more
 * than a failed deploy.
 */
export async function privacyGuardStage(context: BuildContext, site: BuiltSite, logger: AstroIntegrationLogger, pdfTextsAhead: Promise<void> = Promise.resolve()): Promise<void> {
  const { content } = context.load;
  const { outDir, pdfTextCache } = context.options;
  const direct = directSendFolder(site.dist, outDir);
  const letters = letterOutFolder(site.dist, outDir);
  // The image pass leaves its grown heap behind; the guard would otherwise read every published file on top of it.
  collectGarbage({ unlessHeapBelow: SMALL_HEAP_BYTES });
  // One pdf.js process reads the PDFs of every folder scanned below (site, resumes, letters) while
  // this one scans the site's other files and follows its links; the later scans find them read.
  // Nothing writes to the published folders from here on: the checks below share one walk of each, and one hash of each file.
  const reads = guardReads(site.digests);
  // PDFs whose text a process was still reading (PdfTextsAhead) are looked up once it is done, not read twice.
  const pdfsRead = pdfTextsAhead.then(() => readPdfsBeside(pdfTextCache, [site.dist, direct, letters].filter((published) => existsSync(published)), reads));
  // Told when awaited, not as an unhandled rejection should the link check fail first.
  pdfsRead.catch(() => {});
  const unlinked = unreferencedFiles(site.dist, { base: site.base, publicFolder: site.publicDir, unlisted: unlistedLetterFiles(content.letters), cacheFolder: pdfTextCache, reads });
  const leaks = await scanForLeaksBeside(site.dist, content, { pdfTextCache, pdfsRead, reads });
  if (leaks.length > 0) {
    throw userFacingError(
      `Privacy guard: ${leaks.length} non-public value${leaks.length > 1 ? 's' : ''} found in the built site. Do not deploy it.\n${describeLeaks(leaks)}`,
      'Each line names the published file and the content file and field the value came from. Make that entry or field public if it is meant to be published; otherwise find the page or template that shows it.',
    );
  }
  if (unlinked.length > 0) {
    throw userFacingError(
      `Privacy guard: ${unlinked.length} file${unlinked.length > 1 ? 's' : ''} in the built site ${unlinked.length > 1 ? 'are' : 'is'} linked from no page, feed or manifest. Do not deploy it.\n${unlinked.map((file) => `  ${path.join(path.basename(site.dist), file)}`).join('\n')}`,
      'Astro writes every file a story imports, even where no page shows the story. Remove the import from any entry that is not public, or, if the file is meant to be published as it is, put it in public/.',
    );
  }
  logger.info('no private or resume-only value in the built site');
  // The direct-send resumes may carry resume-level details, but never private ones.
  const directLeaks = existsSync(direct) ? scanForLeaks(direct, content, { audience: 'resume', pdfTextCache, reads }) : [];
  if (directLeaks.length > 0) {
    throw userFacingError(
      `Privacy guard: ${directLeaks.length} private value${directLeaks.length > 1 ? 's' : ''} found in the direct-send resumes in ${direct}. Do not send them.\n${describeLeaks(directLeaks)}`,
      'Each line names the file and the content file and field the value came from. Private entries and contact fields never go into a resume; make it resume-level if it should.',
    );
  }
  if (existsSync(direct)) logger.info(`no private value in the direct-send resumes (${direct})`);
  // Cover letters are sent too: resume-level details allowed, private ones not, except the letter's own words.
  const letterLeaks = existsSync(letters) ? scanLetterCopies(letters, content, pdfTextCache) : [];
  if (letterLeaks.length > 0) {
    throw userFacingError(
      `Privacy guard: ${letterLeaks.length} private value${letterLeaks.length > 1 ? 's' : ''} found in the cover letters in ${letters}. Do not send them.\n${describeLeaks(letterLeaks)}`,
      'Each line names the letter copy and the content file and field the value came from. A letter may say what it says itself, but not what another private entry or contact field holds; make that field resume-level if it should travel with your letters.',
    );
  }
  if (existsSync(letters)) logger.info(`no private value in the cover letters (${letters})`);
  const pruned = describePruning(pruneUnused(pdfTextCache), 'PDF texts');
  if (pruned) logger.info(pruned);
}
