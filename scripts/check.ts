#!/usr/bin/env node
/**
 * npm run check [-- --content DIR] [--code]
 *
 * Validates every content file with the schemas and the cross-reference rules, printing every
 * problem as `file:line  field  message  (hint)`, and reports each pitch's speaking time (warning
 * when one runs more than 10 % over its duration). With `--code` (`npm run check:code`) it then
 * type-checks the project with `astro check`, which only someone changing Cairn's code needs and
 * which takes tens of seconds. Exit 0 when all is well, 1 when anything needs fixing. Never a
 * stack trace for a content mistake.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { COLLECTION_NAMES } from '../src/schemas/index.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { parsedFileCacheOf } from '../src/lib/build/options.ts';
import { checkContentRules } from '../src/lib/content/content-rules.ts';
import { formatProblem, sortProblems } from '../src/lib/content/problems.ts';
import { businessCardProblems } from '../src/lib/render/cards/card-check.ts';
import { describeImageProblems } from '../src/lib/render/cards/problems.ts';
import { checkPublicRemote, holdsPrivateMaterial } from '../src/lib/content/public-remote.ts';
import { untranslatedResumeText } from '../src/lib/render/resume/translation-completeness.ts';
import { buildModel } from '../src/lib/model/model.ts';
import { publishedSiteUrl } from '../src/lib/content/site-settings.ts';
import { visibleContent } from '../src/lib/model/visibility.ts';
import { shownPath } from './lib/career-cli.ts';
import { projectOptions } from './lib/options.ts';
import { parseCommandLine, runCommand } from './lib/cli.ts';
import { describePitchTimings } from '../src/lib/career/pitch-timing.ts';
import { publishedLanguages } from '../src/lib/content/localize.ts';
import { formatMissingTranslation, missingMessageTables, missingTranslations } from '../src/lib/model/translations-report.ts';

const USAGE = 'npm run check [-- --content DIR] [--code]';

/** `1 letter`, `2 letters`, `1 pitch`, `3 education`: the collections are named in the plural. */
function countOf(count: number, collection: string): string {
  if (count !== 1) return `${count} ${collection}`;
  return `${count} ${collection.endsWith('ches') ? collection.slice(0, -2) : collection.endsWith('s') ? collection.slice(0, -1) : collection}`;
}

await runCommand(async () => {
  const { values } = parseCommandLine('check', USAGE, {
    content: { type: 'string' },
    code: { type: 'boolean', default: false },
    // Content only is the default now; the flag stays accepted for scripts written before.
    'content-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });

  if (values.help) {
    console.log(`Usage: ${USAGE}\n\nValidates content/ (or DIR); with --code also type-checks Cairn's code (astro check).`);
    return;
  }

  const options = await projectOptions('check', { contentDir: values.content });
  const { contentDir } = options;
  const { content, problems: schemaProblems, profileFrontmatter } = loadContent(contentDir, { parsedFileCache: parsedFileCacheOf(options) });
  // The site's public/ folder is the project's: a photo written as a path must be there.
  const problems = sortProblems([...schemaProblems, ...checkContentRules(content, { publicDir: path.resolve('public') })]);

  const counts = COLLECTION_NAMES.map((name) => countOf(content[name].length, name)).join(', ');
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatProblem(problem));
    console.error(`\ncheck: ${problems.length} problem${problems.length > 1 ? 's' : ''} in ${shownPath(contentDir)}/ (read: ${counts})`);
    process.exit(1);
  }
  // A resume sent in another language must not print the default language's text (translation: complete).
  const translationProblems = sortProblems(untranslatedResumeText(content));
  if (translationProblems.length > 0) {
    for (const problem of translationProblems) console.error(formatProblem(problem));
    console.error(`\ncheck: ${translationProblems.length} untranslated text${translationProblems.length > 1 ? 's' : ''} on resumes in ${shownPath(contentDir)}/ (read: ${counts})`);
    process.exit(1);
  }
  // The cards are checked as the build makes them, so a build never fails on what check called valid.
  const cardProblems = await businessCardProblems(buildModel(visibleContent(content, 'public')), publishedSiteUrl(profileFrontmatter, options));
  if (cardProblems.length > 0) {
    console.error(describeImageProblems(cardProblems, content));
    console.error(`\ncheck: ${cardProblems.length} problem${cardProblems.length > 1 ? 's' : ''} with business cards in ${shownPath(contentDir)}/ (read: ${counts})`);
    process.exit(1);
  }
  console.log(`check: content is valid (${counts})`);
  // Pitch timing is advice, not an error: a long pitch still builds, so warnings keep exit code 0.
  const pitchTimings = describePitchTimings(content.pitches);
  for (const line of pitchTimings.lines) console.log(line);
  for (const warning of pitchTimings.warnings) console.warn(warning);
  // Missing translations are advice too: those pages show the default language's text.
  const languages = publishedLanguages(content.profile[0] ? { data: content.profile[0].raw } : undefined);
  for (const missing of missingTranslations(content)) console.warn(`check: warning: ${formatMissingTranslation(missing, languages[0]!)}`);
  for (const line of missingMessageTables(languages)) console.warn(`check: warning: ${line}`);
  // The site is guarded; the repository is not: a public one publishes goals, notes about people and the home address.
  const publicRemote = checkPublicRemote(process.cwd(), holdsPrivateMaterial(content), { privateRepositoryConfirmed: content.profile[0]?.data.privateRepository === 'confirmed' });
  if (publicRemote) console.warn(`check: warning: ${publicRemote}`);

  if (values.code && !values['content-only']) {
    const astroBin = path.resolve('node_modules/.bin/astro');
    const result = spawnSync(astroBin, ['check', '--minimumSeverity', 'warning'], { stdio: 'inherit' });
    if (result.status !== 0) {
      console.error('\ncheck: astro check found TypeScript problems (listed above)');
      process.exit(1);
    }
    console.log('check: TypeScript is clean');
  }
});
