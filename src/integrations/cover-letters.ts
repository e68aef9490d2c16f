import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDirectory } from '../lib/content/load-content.ts';
import { buildLetters } from '../lib/stages/letters.ts';
import { recordStage } from '../lib/build/stage-timer.ts';
import { userFacingError } from '../lib/build/user-facing-error.ts';

/**
 * The cover-letter stage of the build, after the resumes and before the privacy guard: every
 * letter in content/letters/ printed on one page in its resume's design into out/letters/, public
 * ones also into the site. A letter over one page fails the build, saying how far over it runs.
 */
export function coverLetters(): AstroIntegration {
  return {
    name: 'cairn:cover-letters',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildLetters({ contentDir: contentDirectory(), dist: fileURLToPath(dir), logger });
        recordStage('cover letters', report.totalMs);
        if (report.overflows.length > 0) {
          throw userFacingError(report.overflows.map((overflow) => overflow.message).join('\n'), report.overflows.map((overflow) => overflow.hint).join('\n'));
        }
        if (report.letters === 0) return;
        const pdfs = report.pdfs ? `PDFs: ${report.fromCache} from the cache, ${report.printed} printed` : 'no PDFs';
        logger.info(`cover letters: ${report.letters} in ${report.outFolder}, ${report.published} also on the site; ${pdfs} (${(report.totalMs / 1000).toFixed(2)} s)`);
      },
    },
  };
}
