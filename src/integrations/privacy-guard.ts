import type { AstroIntegration } from 'astro';
import { describePruning, pruneUnused } from '../lib/build/cache-pruning.ts';
import { collectGarbage } from '../lib/build/collect-garbage.ts';
import { userFacingError } from '../lib/build/user-facing-error.ts';
import { fileURLToPath } from 'node:url';
import { contentDirectory, loadContent } from '../lib/content/load-content.ts';
import { collectSecrets, findLeaks, type Leak } from '../lib/privacy/secrets.ts';
import { pdfExtractors, publishedFiles } from '../lib/privacy/published-files.ts';
import { pdfTextCacheFolder } from '../lib/privacy/pdf-text-cache.ts';
import { directSendFolder } from '../lib/render/resume/paths.ts';
import { letterOutFolder } from '../lib/render/letters/paths.ts';
import { scanLetterCopies } from '../lib/privacy/letters-scan.ts';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { recordStage } from '../lib/build/stage-timer.ts';
import type { Audience } from '../lib/model/visibility.ts';

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}

export function describeLeaks(leaks: readonly Leak[]): string {
  return leaks.map((leak) => `  ${leak.file}  contains ${leak.secret.source} ${leak.secret.field} ${quote(leak.secret.value)}`).join('\n');
}

/**
 * Scans a folder of outputs for every value its audience may not see: the website (`public`)
 * or the resumes sent directly (`resume`, in out/). Returns what it found.
 */
export function scanForLeaks(publishedFolder: string, contentDir = contentDirectory(), audience: Audience = 'public'): Leak[] {
  const { content } = loadContent(contentDir);
  const secrets = collectSecrets(content, audience);
  return findLeaks(publishedFiles(publishedFolder, pdfExtractors(publishedFolder)), secrets);
}

/**
 * Every private value in what is sent directly (out/): resume-level details are allowed there,
 * private ones are not, and a cover letter may also say what its own letter says.
 */
export function scanDirectSendFolder(outFolder: string, contentDir = contentDirectory()): Leak[] {
  if (!existsSync(outFolder)) return [];
  const letters = path.join(outFolder, 'letters');
  // Leaks are named `<folder>/<path inside it>`, e.g. `out/letters/x.txt`.
  const lettersLabel = path.join(path.basename(outFolder), 'letters') + path.sep;
  const elsewhere = scanForLeaks(outFolder, contentDir, 'resume').filter((leak) => !leak.file.startsWith(lettersLabel));
  const inLetters = existsSync(letters) ? scanLetterCopies(letters, loadContent(contentDir).content) : [];
  return [...elsewhere, ...inLetters.map((leak) => ({ ...leak, file: path.join(path.basename(outFolder), leak.file) }))];
}

/**
 * After every build, proves that nothing private or resume-only reached the published folder.
 * A hit fails the build: a leaked phone number costs more than a failed deploy.
 */
export function privacyGuard(): AstroIntegration {
  return {
    name: 'cairn:privacy-guard',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        const direct = directSendFolder(folder);
        const started = performance.now();
        // The image pass leaves its grown heap behind (700 MiB at 5,000 accomplishments); the guard
        // would otherwise read every published file on top of it, the build's highest point.
        collectGarbage();
        // Read the PDFs of every folder scanned below (site, resumes, letters) with one pdf.js process; the scans find them read.
        const letters = letterOutFolder(folder);
        pdfExtractors(...[folder, direct, letters].filter((published) => existsSync(published)));
        const leaks = scanForLeaks(folder);
        recordStage('privacy guard', performance.now() - started);
        if (leaks.length > 0) {
          throw userFacingError(
            `Privacy guard: ${leaks.length} non-public value${leaks.length > 1 ? 's' : ''} found in the built site. Do not deploy it.\n${describeLeaks(leaks)}`,
            'Each line names the published file and the content file and field the value came from. Make that entry or field public if it is meant to be published; otherwise find the page or template that shows it.',
          );
        }
        logger.info('no private or resume-only value in the built site');
        // The direct-send resumes may carry resume-level details, but never private ones.
        const directLeaks = existsSync(direct) ? scanForLeaks(direct, contentDirectory(), 'resume') : [];
        if (directLeaks.length > 0) {
          throw userFacingError(
            `Privacy guard: ${directLeaks.length} private value${directLeaks.length > 1 ? 's' : ''} found in the direct-send resumes in ${direct}. Do not send them.\n${describeLeaks(directLeaks)}`,
            'Each line names the file and the content file and field the value came from. Private entries and contact fields never go into a resume; make it resume-level if it should.',
          );
        }
        if (existsSync(direct)) logger.info(`no private value in the direct-send resumes (${direct})`);
        // Cover letters are sent too: resume-level details allowed, private ones not, except the letter's own words.
        const letterLeaks = existsSync(letters) ? scanLetterCopies(letters, loadContent(contentDirectory()).content) : [];
        if (letterLeaks.length > 0) {
          throw userFacingError(
            `Privacy guard: ${letterLeaks.length} private value${letterLeaks.length > 1 ? 's' : ''} found in the cover letters in ${letters}. Do not send them.\n${describeLeaks(letterLeaks)}`,
            'Each line names the letter copy and the content file and field the value came from. A letter may say what it says itself, but not what another private entry or contact field holds; make that field resume-level if it should travel with your letters.',
          );
        }
        if (existsSync(letters)) logger.info(`no private value in the cover letters (${letters})`);
        const pruned = describePruning(pruneUnused(pdfTextCacheFolder()), 'PDF texts');
        if (pruned) logger.info(pruned);
      },
    },
  };
}
