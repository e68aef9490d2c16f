import type { AstroIntegrationLogger } from 'astro';
import { userFacingError } from '../../lib/build/user-facing-error.ts';
import type { BuildContext } from '../../lib/model/build-context.ts';
import { buildResumes } from '../../lib/stages/resumes.ts';
import type { BuiltSite } from './built-site.ts';

/**
 * After Astro writes the site: every variant's page printed to a PDF (one browser for all), fit
 * to its page limit, and the direct-send copies with resume-only contact details written to
 * out/resumes/. A variant over its limit in `strict` mode fails the build, naming it.
 */
export async function resumesStage(context: BuildContext, site: BuiltSite, logger: AstroIntegrationLogger): Promise<void> {
  const report = await buildResumes({ context, dist: site.dist, base: site.base, site: site.site, logger, pdfWritten: site.pdfWritten });
  if (report.overflows.length > 0) {
    throw userFacingError(report.overflows.map((overflow) => overflow.message).join('\n'), report.overflows.map((overflow) => overflow.hint).join('\n'));
  }
  const copies = report.variants.filter((variant) => variant.audience === 'resume').length;
  const printed = report.pdfs ? `${report.variants.length} PDFs` : 'no PDFs';
  logger.info(`${printed}; ${copies} direct-send ${copies === 1 ? 'copy' : 'copies'} in ${report.outFolder} (${(report.totalMs / 1000).toFixed(2)} s)`);
}
