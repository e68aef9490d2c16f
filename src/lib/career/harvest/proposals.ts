import type { LoadedContent } from '../../content/load-content.ts';
import { roleForDate, resolveSkill } from '../log-entry.ts';
import type { Commit, Repository } from './git-log.ts';
import { groupCommits, readMergeMessage, type Piece } from './pieces.ts';
import type { PullRequest } from './pull-requests.ts';
import { branchTitle, cleanSubject, commonVerbPhrase, fitTitle } from './titles.ts';

/** A piece of work offered as an accomplishment. */
export interface Proposal {
  /** The repository's short name, and its folder. */
  repository: string;
  repositoryPath: string;
  kind: Piece['kind'];
  title: string;
  /** Where the title came from, said beside it so a person knows how much to trust it. */
  titleFrom: 'pull request' | 'merge message' | 'branch' | 'common verb phrase' | 'subject' | 'largest commit';
  pullRequest: number | undefined;
  branch: string | undefined;
  /** From `--prs`: the description, and how many reviews (by how many people) it had. */
  description: string | undefined;
  reviews: number | undefined;
  reviewers: string[];
  /** The subjects of the person's commits, oldest first. */
  subjects: string[];
  /** Distinct files changed (and their paths), and lines added and deleted. */
  files: number;
  paths: string[];
  added: number;
  deleted: number;
  /** The first and last day of the work, `YYYY-MM-DD`. */
  first: string;
  last: string;
  /** The role whose dates cover the last day; undefined when none does. */
  role: string | undefined;
  area: string;
  /** Skills its files show, among those in content/skills/ (`.go` files for `go`). */
  skills: string[];
  /** Every commit it stands for, the merge commit included: what harvest remembers. */
  commits: string[];
}

/** File endings and the skill each is evidence for, when content/skills/ has that skill (by id, name or keyword). */
const SKILL_OF_EXTENSION: Record<string, string> = {
  go: 'go',
  py: 'python',
  ts: 'typescript',
  tsx: 'typescript',
  mts: 'typescript',
  js: 'javascript',
  jsx: 'javascript',
  mjs: 'javascript',
  rs: 'rust',
  rb: 'ruby',
  java: 'java',
  kt: 'kotlin',
  swift: 'swift',
  cs: 'csharp',
  php: 'php',
  scala: 'scala',
  ex: 'elixir',
  exs: 'elixir',
  tf: 'terraform',
  sql: 'sql',
  c: 'c',
  cpp: 'c++',
  cc: 'c++',
  css: 'css',
  scss: 'css',
  sh: 'bash',
};
/** A language counts as shown when this share of the lines changed is in its files. */
const SKILL_SHARE = 0.2;

export interface ProposeOptions {
  /** Email addresses (or names) whose commits are the person's; compared without case. */
  authors: readonly string[];
  /** Pieces whose last commit is on or after this day. */
  since: string;
  content: LoadedContent;
  pullRequests?: readonly PullRequest[] | undefined;
}

/** Whether a commit is by one of `authors`: an email matches exactly, anything else the name. */
export function authoredBy(authors: readonly string[]): (commit: Commit) => boolean {
  const wanted = authors.map((author) => author.trim().toLocaleLowerCase()).filter(Boolean);
  return (commit) => wanted.some((author) => (author.includes('@') ? commit.authorEmail.toLocaleLowerCase() === author : commit.authorName.toLocaleLowerCase() === author));
}

/** The pieces of work in a repository by the person since a day, as proposals, oldest first. */
export function proposeFromRepository(repository: Repository, options: ProposeOptions): Proposal[] {
  const byNumber = new Map((options.pullRequests ?? []).map((pull) => [pull.number, pull]));
  const byBranch = new Map((options.pullRequests ?? []).filter((pull) => pull.headRefName).map((pull) => [pull.headRefName!, pull]));
  return groupCommits(repository.commits, repository.head, authoredBy(options.authors))
    .map((piece) => {
      const pull = (piece.pullRequest !== undefined ? byNumber.get(piece.pullRequest) : undefined) ?? (piece.branch ? byBranch.get(piece.branch) : undefined);
      return propose(repository, piece, pull, options.content);
    })
    .filter((proposal) => proposal.last >= options.since)
    .sort(byDate);
}

export function byDate(a: Proposal, b: Proposal): number {
  return a.last.localeCompare(b.last) || a.first.localeCompare(b.first) || a.repository.localeCompare(b.repository) || a.title.localeCompare(b.title);
}

function propose(repository: Repository, piece: Piece, pull: PullRequest | undefined, content: LoadedContent): Proposal {
  const { title, titleFrom } = titleOf(piece, pull);
  // A merged branch shipped the day it was merged.
  const dates = [...piece.commits, ...(piece.merge ? [piece.merge] : [])].map((commit) => commit.date).sort();
  const files = new Set(piece.commits.flatMap((commit) => commit.files.map((file) => file.path)));
  const added = sum(piece.commits.flatMap((commit) => commit.files.map((file) => file.added)));
  const deleted = sum(piece.commits.flatMap((commit) => commit.files.map((file) => file.deleted)));
  const last = dates.at(-1)!;
  return {
    repository: repository.name,
    repositoryPath: repository.path,
    kind: piece.kind,
    title,
    titleFrom,
    pullRequest: pull?.number ?? piece.pullRequest,
    branch: piece.branch ?? pull?.headRefName,
    description: pull?.body || undefined,
    reviews: pull?.reviews,
    reviewers: pull?.reviewers ?? [],
    subjects: piece.commits.map((commit) => commit.subject),
    files: files.size,
    paths: [...files].sort(),
    added,
    deleted,
    first: dates[0]!,
    last,
    role: roleForDate(content, last),
    area: piece.area,
    skills: skillsShown(piece.commits, content),
    commits: [...(piece.merge ? [piece.merge.sha] : []), ...piece.commits.map((commit) => commit.sha)],
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** The title: the pull request's, the merge message's, the branch's, the verb phrase most subjects share, or the biggest commit's subject. */
function titleOf(piece: Piece, pull: PullRequest | undefined): { title: string; titleFrom: Proposal['titleFrom'] } {
  if (pull?.title) return { title: fitTitle(cleanSubject(pull.title)), titleFrom: 'pull request' };
  if (piece.merge) {
    const message = readMergeMessage(piece.merge.subject, piece.merge.body);
    if (message.title) return { title: fitTitle(cleanSubject(message.title)), titleFrom: 'merge message' };
    // A one-word branch (`alerts`) says less than the commits do.
    const fromBranch = message.branch ? branchTitle(message.branch) : '';
    if (fromBranch.includes(' ')) return { title: fitTitle(fromBranch), titleFrom: 'branch' };
  }
  const subjects = piece.commits.map((commit) => cleanSubject(commit.subject)).filter(Boolean);
  // A squash merge: the commit naming the pull request carries its title.
  if (piece.kind === 'pull-request') {
    const named = piece.commits.find((commit) => new RegExp(`#${piece.pullRequest}\\b`).test(commit.subject));
    if (named) return { title: fitTitle(cleanSubject(named.subject)), titleFrom: 'subject' };
  }
  if (subjects.length === 1) return { title: fitTitle(subjects[0]!), titleFrom: 'subject' };
  const phrase = commonVerbPhrase(subjects);
  if (phrase) return { title: fitTitle(phrase), titleFrom: 'common verb phrase' };
  const size = (commit: Commit) => sum(commit.files.map((file) => file.added + file.deleted));
  const largest = [...piece.commits].sort((a, b) => size(b) - size(a))[0];
  return { title: fitTitle(cleanSubject(largest?.subject ?? 'Work')), titleFrom: 'largest commit' };
}

function skillsShown(commits: readonly Commit[], content: LoadedContent): string[] {
  const lines = new Map<string, number>();
  let total = 0;
  for (const file of commits.flatMap((commit) => commit.files)) {
    const size = Math.max(1, file.added + file.deleted);
    total += size;
    const extension = /\.([a-z0-9+]+)$/i.exec(file.path)?.[1]?.toLowerCase();
    const skill = extension ? SKILL_OF_EXTENSION[extension] : undefined;
    if (skill) lines.set(skill, (lines.get(skill) ?? 0) + size);
  }
  const skills: string[] = [];
  for (const [name, size] of [...lines].sort((a, b) => b[1] - a[1])) {
    if (size < total * SKILL_SHARE) continue;
    const resolved = resolveSkill(content, name);
    if ('id' in resolved && !skills.includes(resolved.id)) skills.push(resolved.id);
  }
  return skills;
}

/**
 * Two proposals as one piece of work (a person saying "these belong together"): the first's
 * title, both sets of commits, files and dates, and the role of the later end.
 */
export function mergeProposals(first: Proposal, second: Proposal, content: LoadedContent): Proposal {
  const paths = [...new Set([...first.paths, ...second.paths])].sort();
  const last = first.last > second.last ? first.last : second.last;
  const pair = [first, second];
  return {
    ...first,
    repository: first.repository === second.repository ? first.repository : `${first.repository} and ${second.repository}`,
    kind: first.kind === second.kind ? first.kind : 'run',
    pullRequest: first.pullRequest ?? second.pullRequest,
    branch: first.branch ?? second.branch,
    description: pair.map((proposal) => proposal.description).filter(Boolean).join('\n\n') || undefined,
    reviews: first.reviews === undefined && second.reviews === undefined ? undefined : (first.reviews ?? 0) + (second.reviews ?? 0),
    reviewers: [...new Set([...first.reviewers, ...second.reviewers])],
    subjects: [...first.subjects, ...second.subjects],
    files: paths.length,
    paths,
    added: first.added + second.added,
    deleted: first.deleted + second.deleted,
    first: first.first < second.first ? first.first : second.first,
    last,
    role: roleForDate(content, last),
    skills: [...new Set([...first.skills, ...second.skills])],
    commits: [...first.commits, ...second.commits],
  };
}
