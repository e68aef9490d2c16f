import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { userFacingError } from '../lib/build/user-facing-error.ts';
import { contentDirectory, loadContent } from '../lib/content/load-content.ts';
import { checkContentRules } from '../lib/content/content-rules.ts';
import { formatProblem, sortProblems } from '../lib/content/problems.ts';
import { publishedLanguages } from '../lib/content/localize.ts';
import { fallbackSummary, missingMessageTables, missingTranslations } from '../lib/model/translations-report.ts';

/**
 * Validates all content before Astro reads it. Astro stops at the first bad entry without a line
 * number and only warns about missing references; this reports every problem, with lines, and
 * fails the build on any of them. In `astro dev` it warns instead, so the preview keeps running.
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'cairn:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const { content, problems: schemaProblems } = loadContent(contentDirectory());
        const problems = sortProblems([...schemaProblems, ...checkContentRules(content, { publicDir: fileURLToPath(config.publicDir) })]);
        if (problems.length === 0) {
          // Untranslated text falls back to the default language: one line per language, not a failure.
          const languages = publishedLanguages(content.profile[0] ? { data: content.profile[0].raw } : undefined);
          for (const line of [...fallbackSummary(missingTranslations(content), languages[0]!), ...missingMessageTables(languages)]) logger.warn(line);
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
      },
    },
  };
}
