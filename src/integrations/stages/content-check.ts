import type { AstroIntegrationLogger } from 'astro';
import { userFacingError } from '../../lib/build/user-facing-error.ts';
import { checkContentRules } from '../../lib/content/content-rules.ts';
import { formatProblem, sortProblems } from '../../lib/content/problems.ts';
import type { BuildContext } from '../../lib/model/build-context.ts';
import { fallbackSummary, missingMessageTables, missingTranslations } from '../../lib/model/translations-report.ts';

/**
 * The first stage, before Astro reads anything: every problem in the content, with lines. Astro
 * would stop at the first bad entry without a line number and only warn about missing
 * references; this fails the build on any problem. In `astro dev` it warns instead, so the
 * preview keeps running.
 */
export function contentCheckStage(context: BuildContext, { command, publicDir, logger }: { command: string; publicDir: string; logger: AstroIntegrationLogger }): void {
  const { content, problems: schemaProblems } = context.load;
  const problems = sortProblems([...schemaProblems, ...checkContentRules(content, { publicDir })]);
  if (problems.length === 0) {
    // Untranslated text falls back to the default language: one line per language, not a failure.
    for (const line of [...fallbackSummary(missingTranslations(content), context.defaultLanguage), ...missingMessageTables([...context.languages])]) logger.warn(line);
    return;
  }
  const list = problems.map(formatProblem).join('\n');
  if (command === 'build') {
    throw userFacingError(
      `${problems.length} problem${problems.length > 1 ? 's' : ''} in your content:\n${list}`,
      'Fix each line above (file:line  field  message), then build again. `npm run check` lists the same problems without building.',
    );
  }
  logger.warn(`${problems.length} problem(s) in your content:\n${list}`);
}
