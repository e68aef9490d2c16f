import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES } from '../../../schemas/index.ts';
import { writeUnderFreeName } from '../../build/safe-write.ts';
import type { LoadedContent } from '../../content/load-content.ts';
import { addDays } from '../dates.ts';
import { checkEntryFile, formatEntryFile } from '../entry-file.ts';
import { describeDraftProblem, draftAccomplishment } from '../log-entry.ts';
import { draftRequest } from './draft.ts';
import { readRepository, type Repository } from './git-log.ts';
import { ledgerPath, readLedger, rememberPiece } from './ledger.ts';
import { byDate, proposeFromRepository, type Proposal } from './proposals.ts';
import { parsePullRequests, type PullRequest } from './pull-requests.ts';

/**
 * What `harvest` and `weekly` share: reading the repositories, proposing pieces of work not
 * harvested before, and writing a piece as a private draft the way `log` writes an entry.
 * Mistakes are thrown as HarvestError, whose message is the one line the command prints.
 */
export class HarvestError extends Error {
  readonly isUserError = true;
  constructor(message: string) {
    super(message);
    this.name = 'HarvestError';
  }
}

/** How far back of `--since` commits are read, so a branch begun before it and merged after is whole. */
export const LOOKBACK_DAYS = 60;

export interface HarvestRequest {
  command: string;
  /** Folders as given, each resolved from the working folder. */
  repositories: readonly string[];
  /** `--prs` files, one for all repositories, or one per repository in the same order. */
  pullRequestFiles?: readonly string[] | undefined;
  /** Given authors; when none, each repository's `git config user.email` and the profile's email. */
  authors?: readonly string[] | undefined;
  since: string;
  content: LoadedContent;
  contentDir: string;
  /** The environment git runs with. */
  env?: NodeJS.ProcessEnv | undefined;
  /** A path as the person would type it. */
  show: (file: string) => string;
}

export interface HarvestResult {
  proposals: Proposal[];
  /** Pieces left out because a draft was already made of them. */
  alreadyHarvested: number;
  authors: string[];
  repositories: Repository[];
  /** One line each, for standard error: an empty repository, a shallow clone. */
  notes: string[];
}

/** The profile's email, when it has one. */
export function profileEmail(content: LoadedContent): string | undefined {
  return content.profile[0]?.data.contact.email?.value;
}

/** Reads every repository and proposes the person's pieces of work since `since` not harvested before. */
export function harvest(request: HarvestRequest): HarvestResult {
  const { command, show } = request;
  const ledger = readLedger(request.contentDir);
  if (!ledger.ok) {
    throw new HarvestError(`${command}: ${show(ledgerPath(request.contentDir))} ${ledger.reason}: fix it, or delete it to forget what was harvested (drafts already written may then be proposed again)`);
  }
  const pullRequests = readPullRequestFiles(command, request.pullRequestFiles ?? [], request.repositories.length, show);

  const repositories: Repository[] = [];
  const notes: string[] = [];
  for (const given of request.repositories) {
    const read = readRepository(path.resolve(given), { since: addDays(request.since, -LOOKBACK_DAYS), env: request.env });
    if (!read.ok) {
      const fix: Record<typeof read.kind, string> = {
        missing: `--repo ${given} does not exist: give the folder of a local clone, e.g. --repo ~/code/ledger`,
        'not-a-folder': `--repo ${given} is a file, not a folder: give the folder of a local clone, e.g. --repo ~/code/ledger`,
        'not-a-repository': `--repo ${given} is not a git repository: give the folder you cloned (the one holding .git)`,
        'git-missing': `git could not be run (${read.reason}): install git, or put it on the PATH`,
        failed: `git could not read ${given}: ${read.reason}`,
      };
      throw new HarvestError(`${command}: ${fix[read.kind]}`);
    }
    const { repository } = read;
    if (repository.head === undefined) notes.push(`${command}: note: ${given} has no commits yet, so there is nothing to harvest there`);
    else if (repository.shallow) {
      const oldest = repository.commits.map((commit) => commit.date).sort()[0];
      notes.push(
        `${command}: note: ${given} is a shallow clone, so history before ${oldest ?? 'its oldest fetched commit'} is missing and a piece of work may look smaller than it was; run git fetch --unshallow there to read all of it`,
      );
    }
    repositories.push(repository);
  }

  const authors = [...new Set((request.authors?.length ? request.authors : [...repositories.map((repository) => repository.configuredEmail), profileEmail(request.content)]).filter((author): author is string => Boolean(author?.trim())).map((author) => author.trim()))];
  if (authors.length === 0) {
    throw new HarvestError(`${command}: whose commits to look for is not known: pass --author you@example.com, or set it with git config --global user.email you@example.com`);
  }

  let alreadyHarvested = 0;
  const proposals: Proposal[] = [];
  repositories.forEach((repository, index) => {
    const pulls = pullRequests.length === 1 ? pullRequests[0] : pullRequests[index];
    for (const proposal of proposeFromRepository(repository, { authors, since: request.since, content: request.content, pullRequests: pulls })) {
      if (proposal.commits.some((sha) => ledger.harvested.has(sha))) alreadyHarvested++;
      else proposals.push(proposal);
    }
  });
  return { proposals: proposals.sort(byDate), alreadyHarvested, authors, repositories, notes };
}

function readPullRequestFiles(command: string, files: readonly string[], repositories: number, show: (file: string) => string): PullRequest[][] {
  if (files.length > 1 && files.length !== repositories) {
    throw new HarvestError(`${command}: got ${files.length} --prs files for ${repositories} --repo folders: give one --prs per --repo, in the same order, or one --prs with one --repo`);
  }
  if (files.length === 1 && repositories > 1) {
    throw new HarvestError(`${command}: one --prs file for ${repositories} repositories: pull request numbers differ between repositories, so give one --prs per --repo, in the same order`);
  }
  return files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new HarvestError(`${command}: --prs ${show(path.resolve(file))} ${code === 'ENOENT' ? 'does not exist' : `cannot be read (${code ?? String(error)})`}: make it with gh pr list --state merged --json number,title,body,mergedAt,reviews,additions,deletions,headRefName > prs.json`);
    }
    const parsed = parsePullRequests(text);
    if (!parsed.ok) throw new HarvestError(`${command}: --prs ${show(path.resolve(file))} ${parsed.reason}`);
    return parsed.pullRequests;
  });
}

/** A draft the check refused, before anything was written. */
class DraftRefused extends Error {}

export type DraftWritten = { ok: true; file: string; taken: string | undefined } | { ok: false; reason: string };

/**
 * Writes a proposal as a private accomplishment through log's drafting and checking, under the
 * first free name in content/accomplishments/, then remembers its commits in the ledger.
 */
export function writeDraft(contentDir: string, content: LoadedContent, proposal: Proposal, today: string, show: (file: string) => string, role?: string): DraftWritten {
  const drafted = draftAccomplishment(draftRequest(proposal, role), content, today);
  if (!drafted.ok) return { ok: false, reason: drafted.errors.join('; ') };
  const { data, body, baseName } = drafted.draft;
  const folder = path.join(contentDir, CONTENT_TYPES.accomplishments.folder);
  const text = formatEntryFile(data, body);
  let file: string;
  try {
    file = writeUnderFreeName(folder, baseName, '.mdx', (candidate) => {
      const checked = checkEntryFile('accomplishments', show(candidate), text, content);
      if (!checked.ok) throw new DraftRefused(checked.problems.map(describeDraftProblem).join('; '));
      return text;
    });
  } catch (error) {
    if (error instanceof DraftRefused) return { ok: false, reason: error.message };
    throw error;
  }
  rememberPiece(contentDir, { file: path.relative(contentDir, file).split(path.sep).join('/'), repository: proposal.repository, commits: proposal.commits });
  const wanted = `${baseName}.mdx`;
  return { ok: true, file, taken: path.basename(file) === wanted ? undefined : wanted };
}
