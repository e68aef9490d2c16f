#!/usr/bin/env node
/**
 * npm run log -- "<title>" [--date YYYY-MM-DD] [--role ID] [--skills a,b] [--tags x,y]
 *   [--impact "label: from -> to unit"]… [--bullet TEXT] [--visibility public|resume|private]
 *   [--featured] [--story TEXT] [--commit] [--content DIR]
 *
 * Records an accomplishment while it is fresh: writes content/accomplishments/YYYY-MM-DD-<slug>.mdx
 * after checking it exactly as `npm run check` will. The story comes from --story or standard
 * input. With no options in a terminal it asks for each field. Never overwrites a file.
 */
import path from 'node:path';
import { CONTENT_TYPES } from '../src/schemas/index.ts';
import { checkEntryFile, formatEntryFile } from '../src/lib/career/entry-file.ts';
import { describeDraftProblem, draftAccomplishment, type LogRequest } from '../src/lib/career/log-entry.ts';
import { writeUnderFreeName } from '../src/lib/build/safe-write.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { commandToday, mentionProblems, readContent, readStdin, shownPath, useContentFolder } from './lib/career-cli.ts';
import { commitFile } from './lib/git-commit.ts';

const USAGE =
  'npm run log -- "<title>" [--date YYYY-MM-DD] [--role ID] [--skills a,b] [--tags x,y] [--impact "label: from -> to unit"] [--bullet TEXT] [--visibility public|resume|private] [--featured] [--story TEXT] [--commit] [--content DIR]';

const HELP = `Usage: ${USAGE}

Writes content/accomplishments/YYYY-MM-DD-<slug>.mdx. The story (the body) comes from --story or
from standard input: echo "What happened…" | npm run log -- "Cut checkout latency".
With no options in a terminal it asks for each field.

  --date        when it happened (default: today)
  --role        id of the role it belongs to (default: the role that covers the date)
  --skills      skill ids, names or keywords, comma-separated or repeated
  --tags        tags, comma-separated or repeated
  --impact      a measured result, repeatable: "p99 latency: 820 -> 95 ms"
  --bullet      the resume line (default: the title)
  --visibility  public (default), resume or private
  --featured    show it on the home page
  --commit      commit the new file with git ("log: <title>")
  --content     the content folder (default: ./content or CAIRN_CONTENT_DIR)`;

await runCommand(async () => {
  const { values, positionals } = parseCommandLine('log', USAGE, {
    date: { type: 'string' },
    role: { type: 'string' },
    skills: { type: 'string', multiple: true },
    tags: { type: 'string', multiple: true },
    impact: { type: 'string', multiple: true },
    bullet: { type: 'string' },
    visibility: { type: 'string' },
    featured: { type: 'boolean' },
    story: { type: 'string' },
    commit: { type: 'boolean' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length > 1) {
    throw new UsageError(`log: got ${positionals.length} titles (${positionals.map((word) => `"${word}"`).join(', ')}): put the title in quotes, e.g. npm run log -- "${positionals.join(' ')}"`);
  }
  const contentDir = await useContentFolder('log', values.content);
  const today = await commandToday('log');
  const { content, problems } = readContent('log', contentDir);
  // Said first: a broken role or skill file elsewhere explains a "no role covers" or "not a skill" below.
  mentionProblems('log', problems);

  const fieldOptions = [values.date, values.role, values.skills, values.tags, values.impact, values.bullet, values.visibility, values.featured, values.story];
  const interactive = positionals.length === 0 && fieldOptions.every((value) => value === undefined) && process.stdin.isTTY === true;
  let request: LogRequest;
  if (interactive) {
    // The prompts library loads only for a person at a terminal, keeping scripted runs quick.
    const { askForAccomplishment } = await import('./lib/log-prompts.ts');
    request = await askForAccomplishment(content, today);
  } else {
    if (positionals.length === 0) throw new UsageError('log: the title is missing: give it first, in quotes, e.g. npm run log -- "Cut checkout latency by 80%"');
    request = {
      title: positionals[0]!,
      date: values.date,
      role: values.role,
      skills: values.skills,
      tags: values.tags,
      impact: values.impact,
      bullet: values.bullet,
      visibility: values.visibility,
      featured: values.featured,
      story: values.story ?? (await readStdin()),
    };
  }

  const drafted = draftAccomplishment(request, content, today);
  if (!drafted.ok) throw new UsageError(drafted.errors.map((error) => `log: ${error}`).join('\n'));
  const { data, body, baseName } = drafted.draft;

  const folder = path.join(contentDir, CONTENT_TYPES.accomplishments.folder);
  const text = formatEntryFile(data, body);
  // Each name is claimed by an exclusive create, so a log running at the same moment takes the next one.
  const file = writeUnderFreeName(folder, baseName, '.mdx', (candidate) => {
    const checked = checkEntryFile('accomplishments', shownPath(candidate), text, content);
    if (!checked.ok) throw new UsageError(checked.problems.map((problem) => `log: ${describeDraftProblem(problem)}`).join('\n'));
    return text;
  });
  const wanted = `${baseName}.mdx`;
  console.log(`log: wrote ${shownPath(file)}${path.basename(file) === wanted ? '' : ` (${wanted} was taken)`}`);
  if (values.commit) reportCommit(file, String(data['title']));
});

function reportCommit(file: string, title: string): void {
  const result = commitFile(file, `log: ${title}`);
  if (result.status === 'committed') {
    console.log(`log: committed it to git ("log: ${title}")`);
  } else if (result.status === 'not-a-repository') {
    console.log(`log: ${shownPath(path.dirname(file))} is not in a git repository, so nothing was committed (the file is written; run git init to track your content)`);
  } else {
    // The file is written and staged: running log again would write a second copy, so say how to commit this one.
    throw new UsageError(`log: wrote ${shownPath(file)}, but git could not commit it: ${result.reason}. Once that is fixed, commit it with: git commit -m ${JSON.stringify(`log: ${title}`)} -- ${shownPath(file)}`);
  }
}
