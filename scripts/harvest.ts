#!/usr/bin/env node
/**
 * npm run harvest -- --repo PATH [--repo PATH…] [--author EMAIL]… [--since YYYY-MM-DD] [--prs FILE]…
 *   [--role ID] [--write] [--today YYYY-MM-DD] [--content DIR]
 *
 * Proposes accomplishments from local git history: groups the person's commits into pieces of
 * work (a merged branch, a pull request, a run of commits in one area) and lists each with its
 * commits, size, dates and role. With --write it saves each as a private draft in
 * content/accomplishments/, remembering the commits in content/.harvest.json so that no piece is
 * drafted twice. Reads git only; never uses the network.
 */
import path from 'node:path';
import { addDays } from '../src/lib/career/dates.ts';
import { harvest, writeDraft, type HarvestResult } from '../src/lib/career/harvest/harvest.ts';
import { renderProposals } from '../src/lib/career/harvest/draft.ts';
import { withoutGitLocation } from '../src/lib/career/harvest/git-log.ts';
import type { Proposal } from '../src/lib/career/harvest/proposals.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { commandToday, dayOption, mentionProblems, readContent, shownPath, useContentFolder } from './lib/career-cli.ts';

const USAGE =
  'npm run harvest -- --repo PATH [--repo PATH…] [--author EMAIL] [--since YYYY-MM-DD] [--prs FILE] [--role ID] [--write] [--today YYYY-MM-DD] [--content DIR]';

const HELP = `Usage: ${USAGE}

Proposes accomplishments from the git history of local repositories: each merged branch, each
pull request named in commit messages (#123), and each run of commits in one folder a few days
apart becomes a piece of work, listed with its commits, size, dates and role. Reads git only.

  --repo     a local repository to read (repeatable)
  --author   whose commits: an email (or a name), repeatable (default: git config user.email and the profile's email)
  --since    pieces of work finished on or after this day (default: the newest accomplishment's date)
  --prs      the output of gh pr list --state merged --json number,title,body,mergedAt,reviews,additions,deletions,headRefName,
             for titles, descriptions and review counts (one per --repo, in the same order)
  --role     the role for every draft (default: the role whose dates cover each piece)
  --write    save each piece as a private draft in content/accomplishments/ (remembered in content/.harvest.json)
  --today    the day to count from (default: today, or CAIRN_TODAY)
  --content  the content folder (default: ./content or CAIRN_CONTENT_DIR)

In a terminal without --write, it asks about each piece: accept, edit the title, merge with the next, or skip.`;

await runCommand(async () => {
  const { values, positionals } = parseCommandLine('harvest', USAGE, {
    repo: { type: 'string', multiple: true },
    author: { type: 'string', multiple: true },
    since: { type: 'string' },
    prs: { type: 'string', multiple: true },
    role: { type: 'string' },
    write: { type: 'boolean' },
    today: { type: 'string' },
    content: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(HELP);
    return;
  }
  if (positionals.length > 0) {
    throw new UsageError(`harvest: unexpected "${positionals[0]}": name each repository with --repo, e.g. npm run harvest -- --repo ${positionals[0]}\nusage: ${USAGE}`);
  }
  const repositories = values.repo ?? [];
  if (repositories.length === 0) throw new UsageError('harvest: --repo is missing: name a local git repository to read, e.g. npm run harvest -- --repo ~/code/ledger');
  const today = await commandToday('harvest', values.today);
  const givenSince = dayOption('harvest', 'since', values.since);
  const contentDir = await useContentFolder('harvest', values.content);
  const { content, problems } = readContent('harvest', contentDir);
  mentionProblems('harvest', problems);
  if (values.role !== undefined && !content.roles.some((role) => role.id === values.role)) {
    throw new UsageError(`harvest: --role "${values.role}" is not a role in content/roles/: use one of ${content.roles.map((role) => role.id).join(', ') || '(none yet)'}`);
  }

  const newest = content.accomplishments.map((entry) => entry.data.date).sort().at(-1);
  const since = givenSince ?? newest ?? addDays(today, -90);
  const sinceFrom = givenSince ? '--since' : newest ? "the newest accomplishment's date" : 'no accomplishments yet, so the last 90 days';
  console.error(`harvest: work finished since ${since} (${sinceFrom})`);

  const result = harvest({
    command: 'harvest',
    repositories,
    pullRequestFiles: values.prs,
    authors: values.author,
    since,
    content,
    contentDir,
    env: withoutGitLocation(process.env),
    show: shownPath,
  });
  for (const note of result.notes) console.error(note);
  const already = result.alreadyHarvested > 0 ? ` (${result.alreadyHarvested} harvested before left out; content/.harvest.json remembers them)` : '';
  const names = result.repositories.map((repository) => repository.name).join(', ');
  if (result.proposals.length === 0) {
    console.log(`harvest: no new pieces of work by ${result.authors.join(', ')} in ${names} since ${since}${already}`);
    return;
  }

  const interactive = values.write !== true && process.stdin.isTTY === true && process.stdout.isTTY === true;
  let chosen: Proposal[] = result.proposals;
  if (interactive) {
    // The prompts library loads only for a person at a terminal, keeping scripted runs quick.
    const { reviewProposals } = await import('../src/lib/career/harvest/prompts.ts');
    console.log(header(result, since, already));
    chosen = await reviewProposals(result.proposals, content);
    if (chosen.length === 0) {
      console.log('harvest: nothing written');
      return;
    }
  } else {
    console.log(`${header(result, since, already)}\n\n${renderProposals(result.proposals)}\n`);
    if (values.write !== true) {
      console.log('harvest: nothing written; add --write to save these as private drafts in content/accomplishments/');
      return;
    }
  }
  writeAll(chosen, contentDir, content, today, values.role);
});

function header(result: HarvestResult, since: string, already: string): string {
  const count = result.proposals.length;
  const names = result.repositories.map((repository) => repository.name).join(', ');
  return `harvest: ${count} piece${count === 1 ? '' : 's'} of work by ${result.authors.join(', ')} in ${names} since ${since}${already}`;
}

function writeAll(proposals: readonly Proposal[], contentDir: string, content: Parameters<typeof writeDraft>[1], today: string, role: string | undefined): void {
  let written = 0;
  for (const proposal of proposals) {
    const result = writeDraft(contentDir, content, proposal, today, shownPath, role);
    if (result.ok) {
      written++;
      console.log(`harvest: wrote ${shownPath(result.file)} (private draft)${result.taken ? ` (${result.taken} was taken)` : ''}`);
    } else {
      console.error(`harvest: skipped "${proposal.title}" (${proposal.first === proposal.last ? proposal.last : `${proposal.first} to ${proposal.last}`}): ${result.reason}`);
    }
  }
  if (written > 0) {
    console.log(`harvest: ${written} draft${written === 1 ? '' : 's'} written, marked draft: true and visibility: private; to publish one, rewrite its story, delete draft: true and set visibility: public (${shownPath(path.join(contentDir, '.harvest.json'))} remembers their commits)`);
  }
  if (written < proposals.length) process.exitCode = 1;
}
