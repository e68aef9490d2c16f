import type { AstroIntegrationLogger } from 'astro';
import path from 'node:path';
import { publishDevProblems } from '../dev-problems.ts';
import { userFacingError } from '../../lib/build/user-facing-error.ts';
import { checkContentRules } from '../../lib/content/content-rules.ts';
import { untranslatedResumeText } from '../../lib/render/resume/translation-completeness.ts';
import { formatProblem, sortProblems, type Problem } from '../../lib/content/problems.ts';
import type { BuildContext } from '../../lib/model/build-context.ts';
import { fallbackSummary, missingMessageTables, missingTranslations } from '../../lib/model/translations-report.ts';

/**
 * Every problem in the content: the reader's (schemas, YAML, MDX) and the rules between entries;
 * when those pass, the resumes that would print untranslated text (which needs the whole model).
 */
function contentProblems(context: BuildContext, publicDir: string): Problem[] {
  const problems = sortProblems([...context.load.problems, ...checkContentRules(context.load.content, { publicDir })]);
  return problems.length > 0 ? problems : sortProblems(untranslatedResumeText(context.load.content));
}

/** Warnings this process has printed. */
const alreadySaid = new Set<string>();

const described = (problems: readonly Problem[]) => `${problems.length} problem${problems.length > 1 ? 's' : ''} in your content:\n${problems.map(formatProblem).join('\n')}`;

/**
 * The first stage, before Astro reads anything: every problem in the content, with lines. Astro
 * would stop at the first bad entry without a line number and only warn about missing
 * references; this fails the build on any problem. In `astro dev` it warns instead, so the
 * preview keeps running.
 */
export function contentCheckStage(context: BuildContext, { command, publicDir, logger }: { command: string; publicDir: string; logger: AstroIntegrationLogger }): void {
  const problems = contentProblems(context, publicDir);
  if (problems.length === 0) {
    // Untranslated text falls back to the default language: one line per language, not a failure.
    // Astro sets integrations up twice per build (its content sync, then the build): say each once.
    for (const line of [...fallbackSummary(missingTranslations(context.load.content), context.defaultLanguage), ...missingMessageTables([...context.languages])]) {
      if (!alreadySaid.has(line)) logger.warn(line);
      alreadySaid.add(line);
    }
    return;
  }
  if (command === 'build') {
    throw userFacingError(described(problems), 'Fix each line above (file:line  field  message), then build again. `npm run check` lists the same problems without building.');
  }
  // The dev server reports them itself as it starts (contentCheckWhileEditing), in the page too.
  if (command !== 'dev') logger.warn(described(problems));
}

/**
 * While `astro dev` runs: as it starts and after each change to the content, the problems it has
 * now, once per read (an entry with a problem is left out of the preview, so saying why matters),
 * in the terminal and in the page (dev-problems-middleware.ts), and a line when the last is fixed.
 */
export function contentCheckWhileEditing(publicDir: string, logger: AstroIntegrationLogger): (context: BuildContext) => void {
  const seen = new WeakSet<BuildContext>();
  let hadProblems = false;
  return (context) => {
    if (seen.has(context)) return;
    seen.add(context);
    const problems = contentProblems(context, publicDir);
    publishDevProblems(problems, `${path.dirname(context.options.contentDir)}${path.sep}`);
    if (problems.length > 0) logger.warn(described(problems));
    else if (hadProblems) logger.info('the content has no problems any more');
    hadProblems = problems.length > 0;
  };
}
