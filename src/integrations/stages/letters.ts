import type { AstroIntegrationLogger } from 'astro';
import { userFacingError } from '../../lib/build/user-facing-error.ts';
import type { BuildContext } from '../../lib/model/build-context.ts';
import { buildLetters } from '../../lib/stages/letters.ts';
import type { BuiltSite } from './built-site.ts';

/**
 * After the resumes: every letter in content/letters/ printed on one page in its resume's design
 * into out/letters/, public ones also into the site. A letter over one page fails the build,
 * saying how far over it runs.
 */
export async function lettersStage(context: BuildContext, site: BuiltSite, logger: AstroIntegrationLogger): Promise<void> {
  const report = await buildLetters({ context, dist: site.dist, logger, pdfWritten: site.pdfWritten });
  if (report.overflows.length > 0) {
    throw userFacingError(report.overflows.map((overflow) => overflow.message).join('\n'), report.overflows.map((overflow) => overflow.hint).join('\n'));
  }
  if (report.letters === 0) return;
  const pdfs = report.pdfs ? `PDFs: ${report.fromCache} from the cache, ${report.printed} printed` : 'no PDFs';
  logger.info(`cover letters: ${report.letters} in ${report.outFolder}, ${report.published} also on the site; ${pdfs} (${(report.totalMs / 1000).toFixed(2)} s)`);
}
