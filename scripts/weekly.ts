#!/usr/bin/env node
/**
 * npm run weekly -- [--repo PATH…] [--author EMAIL]… [--prs FILE]… [--shipped TEXT]… [--learned TEXT]…
 *   [--helped TEXT]… [--ship-harvest] [--role ID] [--visibility public|resume|private] [--today YYYY-MM-DD]
 *   [--content DIR]
 *
 * The three questions of a brag document for the seven days ending today — what did you ship,
 * what did you learn, who did you help — with the week's pieces of work from git (with --repo)
 * and the check-ins past due to jog the memory. Each answer becomes an accomplishment written by
 * the same code as `npm run log`, private unless --visibility says otherwise.
 */
import path from 'node:path';
import { CONTENT_TYPES } from '../src/schemas/index.ts';
import { writeUnderFreeName } from '../src/lib/build/safe-write.ts';
import type { LoadedContent } from '../src/lib/content/load-content.ts';
import { checkEntryFile, formatEntryFile } from '../src/lib/career/entry-file.ts';
import { describeDraftProblem, draftAccomplishment, type AccomplishmentDraft } from '../src/lib/career/log-entry.ts';
import { overdueContacts } from '../src/lib/career/network.ts';
import { draftRequest } from '../src/lib/career/harvest/draft.ts';
import { withoutGitLocation } from '../src/lib/career/harvest/git-log.ts';
import { harvest, writeDraft } from '../src/lib/career/harvest/harvest.ts';
import type { Proposal } from '../src/lib/career/harvest/proposals.ts';
import { answerLines, contactsNamed, renderWeeklySheet, weekEnding, weeklyRequests, type Question, type WeeklyAnswers } from '../src/lib/career/harvest/weekly.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { commandToday, mentionProblems, readContent, shownPath, useContentFolder } from './lib/career-cli.ts';

const USAGE =
  'npm run weekly -- [--repo PATH…] [--author EMAIL] [--prs FILE] [--shipped TEXT]… [--learned TEXT]… [--helped TEXT]… [--ship-harvest] [--role ID] [--visibility public|resume|private] [--today YYYY-MM-DD] [--content DIR]';

const HELP = `Usage: ${USAGE}

Asks what you shipped, what you learned and whom you helped in the seven days ending today, showing
the week's pieces of work from your git repositories (with --repo) and the check-ins past due, and
logs each answer as an accomplishment, as npm run log does (private unless --visibility says otherwise).
In a terminal it asks; otherwise give the answers as options, or it prints the questions.

  --repo          a local repository whose commits this week suggest what you shipped (repeatable)
  --author, --prs as for npm run harvest
  --shipped       something you shipped (repeatable; one entry each)
  --learned       something you learned (repeatable; tagged learning)
  --helped        someone you helped, and how (repeatable; tagged helping)
  --ship-harvest  also draft each of the week's pieces of work from --repo, as npm run harvest --write does
  --role          the role for every entry (default: the role that covers today)
  --visibility    private (default), resume or public
  --today         the last day of the week (default: today, or CAIRN_TODAY)
  --content       the content folder (default: ./content or CAIRN_CONTENT_DIR)`;

await runCommand(async () => {
  const { values, positionals } = parseCommandLine('weekly', USAGE, {
    repo: { type: 'string', multiple: true },
    author: { type: 'string', multiple: true },
    prs: { type: 'string', multiple: true },
    shipped: { type: 'string', multiple: true },
    learned: { type: 'string', multiple: true },
    helped: { type: 'string', multiple: true },
    'ship-harvest': { type: 'boolean' },
    role: { type: 'string' },
    visibility: { type: 'string' },
    today: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length > 0) {
    throw new UsageError(`weekly: unexpected "${positionals[0]}": give each answer with its question's option, e.g. npm run weekly -- --shipped "${positionals.join(' ')}"\nusage: ${USAGE}`);
  }
  if (values['ship-harvest'] && !values.repo?.length) throw new UsageError('weekly: --ship-harvest needs --repo: name the repositories whose commits to draft, e.g. --repo ~/code/ledger');
  const today = await commandToday('weekly', values.today);
  const week = weekEnding(today);
  const contentDir = await useContentFolder('weekly', values.content);
  const { content, problems } = readContent('weekly', contentDir);
  mentionProblems('weekly', problems);

  const found = values.repo?.length
    ? harvest({ command: 'weekly', repositories: values.repo, pullRequestFiles: values.prs, authors: values.author, since: week.since, content, contentDir, env: withoutGitLocation(process.env), show: shownPath })
    : undefined;
  for (const note of found?.notes ?? []) console.error(note);
  const proposals = found?.proposals ?? [];
  const overdue = overdueContacts(content.network, today);

  let answers: WeeklyAnswers;
  let harvested: Proposal[];
  const given = { shipped: answerLines(values.shipped), learned: answerLines(values.learned), helped: answerLines(values.helped) };
  const answeredByOptions = given.shipped.length + given.learned.length + given.helped.length > 0 || values['ship-harvest'] === true;
  if (!answeredByOptions && process.stdin.isTTY === true && process.stdout.isTTY === true) {
    // The prompts library loads only for a person at a terminal, keeping scripted runs quick.
    const { askWeeklyQuestions } = await import('../src/lib/career/harvest/weekly-prompts.ts');
    ({ harvested, ...answers } = await askWeeklyQuestions(week, proposals, overdue));
  } else if (!answeredByOptions) {
    process.stdout.write(renderWeeklySheet(week, proposals, overdue, values.repo?.length ?? 0));
    console.log('\nweekly: nothing written; answer with --shipped, --learned and --helped (each repeatable), or run it in a terminal');
    return;
  } else {
    answers = given;
    harvested = values['ship-harvest'] ? proposals : [];
  }

  // Everything is drafted and checked before anything is written: one bad answer writes nothing.
  const drafts: { question: Question | 'harvest'; draft: AccomplishmentDraft; text: string }[] = [];
  const errors: string[] = [];
  for (const { question, request } of weeklyRequests(answers, { date: today, role: values.role, visibility: values.visibility })) {
    const drafted = draftAccomplishment(request, content, today);
    if (!drafted.ok) {
      errors.push(...drafted.errors.map((error) => `weekly: --${question} ${quoted(request.title)}: ${error}`));
      continue;
    }
    const text = formatEntryFile(drafted.draft.data, drafted.draft.body);
    const checked = checkEntryFile('accomplishments', shownPath(path.join(contentDir, 'accomplishments', `${drafted.draft.baseName}.mdx`)), text, content);
    if (!checked.ok) errors.push(...checked.problems.map((problem) => `weekly: --${question} ${quoted(request.title)}: ${describeDraftProblem(problem)}`));
    else drafts.push({ question, draft: drafted.draft, text });
  }
  for (const proposal of harvested) {
    const drafted = draftAccomplishment(draftRequest(proposal, values.role), content, today);
    if (!drafted.ok) errors.push(...drafted.errors.map((error) => `weekly: the piece of work "${proposal.title}": ${error}`));
  }
  if (errors.length > 0) throw new UsageError([...errors, 'weekly: nothing written'].join('\n'));

  const folder = path.join(contentDir, CONTENT_TYPES.accomplishments.folder);
  for (const { question, draft, text } of drafts) {
    const file = writeUnderFreeName(folder, draft.baseName, '.mdx', () => text);
    const wanted = `${draft.baseName}.mdx`;
    console.log(`weekly: wrote ${shownPath(file)} (${question})${path.basename(file) === wanted ? '' : ` (${wanted} was taken)`}`);
  }
  for (const proposal of harvested) {
    const written = writeDraft(contentDir, content, proposal, today, shownPath, values.role);
    if (written.ok) console.log(`weekly: wrote ${shownPath(written.file)} (shipped, from your commits; a private draft)`);
    else console.error(`weekly: skipped "${proposal.title}": ${written.reason}`);
  }
  suggestTouches(answers.helped, content);
});

/** An answer as echoed in an error: quoted, and short enough to leave the problem on the line. */
function quoted(answer: string): string {
  return JSON.stringify(answer.length > 40 ? `${answer.slice(0, 39)}…` : answer);
}

/** Helping someone in your network is a contact: say how to note it, so their check-in moves on. */
function suggestTouches(helped: readonly string[], content: LoadedContent): void {
  for (const answer of helped) {
    for (const contact of contactsNamed(answer, content.network)) {
      console.log(`weekly: ${contact.data.name} is in your network: npm run touch -- ${contact.id} ${JSON.stringify(answer)} notes it as a contact`);
    }
  }
}
