import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDirectory } from '../lib/content/load-content.ts';
import { buildResumes } from '../lib/stages/resumes.ts';
import { recordStage } from '../lib/build/stage-timer.ts';
import { userFacingError } from '../lib/build/user-facing-error.ts';

/**
 * The resume stage of the build: after Astro writes the site, print every variant's page to a
 * PDF (one browser for all), fit each to its page limit, and write the direct-send copies with
 * resume-only contact details to out/resumes/. Runs before the privacy guard, which then checks
 * the PDFs too. A variant over its limit in `strict` mode fails the build, naming it.
 */
export function resumePdf(): AstroIntegration {
  let base = '/';
  let site: string | undefined;
  return {
    name: 'cairn:resumes',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        site = config.site;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const report = await buildResumes({ contentDir: contentDirectory(), dist: fileURLToPath(dir), base, site, logger });
        recordStage('resumes', report.totalMs);
        if (report.overflows.length > 0) {
          throw userFacingError(report.overflows.map((overflow) => overflow.message).join('\n'), report.overflows.map((overflow) => overflow.hint).join('\n'));
        }
        const copies = report.variants.filter((variant) => variant.audience === 'resume').length;
        const printed = report.pdfs ? `${report.variants.length} PDFs` : 'no PDFs';
        logger.info(`${printed}; ${copies} direct-send ${copies === 1 ? 'copy' : 'copies'} in ${report.outFolder} (${(report.totalMs / 1000).toFixed(2)} s)`);
      },
    },
  };
}
