import { daysBetween } from '../dates.ts';
import type { Commit } from './git-log.ts';

/** Commits that belong together: one branch's merge, one pull request, or a run of related commits. */
export interface Piece {
  kind: 'merge' | 'pull-request' | 'run';
  /** The merge commit that brought the branch in, for a merge. */
  merge?: Commit | undefined;
  /** The pull request number the commits name (`#123`), when they name one. */
  pullRequest?: number | undefined;
  /** The merged branch's name, when the merge message says it. */
  branch?: string | undefined;
  /** The work itself (no merge commits), oldest first. */
  commits: Commit[];
  /** The top-level area most of its lines are in, e.g. `src/ledger` or `docs`. */
  area: string;
}

/** Commits of the same area this many days apart or closer form one run. */
export const RUN_GAP_DAYS = 3;
/** A run spans at most this many days: two weeks of steady work in one folder are two pieces. */
export const RUN_SPAN_DAYS = 14;

/** Folders that only hold other folders in most repositories: the area is the folder inside them. */
const CONTAINERS = new Set(['src', 'lib', 'app', 'apps', 'packages', 'services', 'cmd', 'internal', 'pkg', 'source', 'modules', 'crates', 'libs']);
/** Branches merged to bring a feature branch up to date, not pieces of work. */
const MAINLINE_BRANCHES = new Set(['main', 'master', 'trunk', 'develop', 'development', 'dev']);

export interface MergeMessage {
  pullRequest?: number | undefined;
  branch?: string | undefined;
  /** The pull request's title, which GitHub writes as the first line of the merge message's body. */
  title?: string | undefined;
}

/** What a merge commit's message says: `Merge pull request #12 from owner/branch`, `Merge branch 'x' into main`. */
export function readMergeMessage(subject: string, body = ''): MergeMessage {
  const pull = /^Merge pull request #(\d+) from (\S+)/i.exec(subject);
  if (pull) {
    const title = body.split('\n').map((line) => line.trim()).find(Boolean);
    // GitHub names the branch `owner/branch`; the owner is not part of its name.
    return { pullRequest: Number(pull[1]), branch: pull[2]!.replace(/^[^/]+\//, ''), title };
  }
  const branch = /^Merge (?:remote-tracking )?branch '([^']+)'/i.exec(subject) ?? /^Merge branch (\S+)/i.exec(subject);
  if (branch) return { branch: branch[1]!.replace(/^(?:origin|upstream)\//, '') };
  return {};
}

/** The pull requests a subject names, as `#123`, `(#123)` or `Merge pull request #123`; the last is the one it belongs to. */
export function pullRequestsNamed(subject: string): number[] {
  return [...subject.matchAll(/(?<![\w&/])#(\d{1,7})\b/g)].map((match) => Number(match[1]));
}

/** The area of a path: its top folder, or the folder inside a container such as `src/`; `(top level)` for a file at the root. */
export function areaOf(file: string): string {
  const parts = file.split('/');
  if (parts.length === 1) return '(top level)';
  if (CONTAINERS.has(parts[0]!.toLowerCase()) && parts.length > 2) return `${parts[0]}/${parts[1]}`;
  return parts[0]!;
}

/** Where most of the lines of these commits are (a file counts one line at least). */
export function mainArea(commits: readonly Commit[]): string {
  const lines = new Map<string, number>();
  for (const commit of commits) {
    for (const file of commit.files) {
      const area = areaOf(file.path);
      lines.set(area, (lines.get(area) ?? 0) + Math.max(1, file.added + file.deleted));
    }
  }
  return [...lines].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '(no files)';
}

const oldestFirst = (a: Commit, b: Commit) => a.time.localeCompare(b.time) || a.sha.localeCompare(b.sha);
const isMerge = (commit: Commit) => commit.parents.length > 1;

/**
 * Groups commits into pieces of work, in three passes:
 * 1. each merge on HEAD's first-parent line, with the commits its branch brought in;
 * 2. commits (not yet grouped) that name the same pull request, joining the merge of that number;
 * 3. the rest, by `isOurs`, in runs: the same area, each commit within RUN_GAP_DAYS of the last.
 * Pieces keep only the commits `isOurs` accepts; a piece with none of them is left out.
 */
export function groupCommits(commits: readonly Commit[], head: string | undefined, isOurs: (commit: Commit) => boolean): Piece[] {
  const byId = new Map(commits.map((commit) => [commit.sha, commit]));
  const mainline: Commit[] = [];
  const onMainline = new Set<string>();
  for (let at = head ? byId.get(head) : undefined; at && !onMainline.has(at.sha); at = byId.get(at.parents[0] ?? '')) {
    mainline.push(at);
    onMainline.add(at.sha);
  }

  const claimed = new Set<string>();
  const merges: Piece[] = [];
  const byPullRequest = new Map<number, Piece>();
  for (const merge of [...mainline].reverse()) {
    if (!isMerge(merge)) continue;
    const message = readMergeMessage(merge.subject, merge.body);
    if (message.branch && MAINLINE_BRANCHES.has(message.branch.toLowerCase())) continue;
    const branch: Commit[] = [];
    const stack = merge.parents.slice(1);
    while (stack.length > 0) {
      const commit = byId.get(stack.pop()!);
      if (!commit || onMainline.has(commit.sha) || claimed.has(commit.sha)) continue;
      claimed.add(commit.sha);
      if (!isMerge(commit)) branch.push(commit);
      stack.push(...commit.parents);
    }
    claimed.add(merge.sha);
    const piece: Piece = { kind: 'merge', merge, pullRequest: message.pullRequest, branch: message.branch, commits: branch, area: '' };
    merges.push(piece);
    if (message.pullRequest !== undefined) byPullRequest.set(message.pullRequest, piece);
  }

  const pullRequests: Piece[] = [];
  const loose: Commit[] = [];
  for (const commit of [...commits].sort(oldestFirst)) {
    if (claimed.has(commit.sha) || isMerge(commit)) continue;
    const number = pullRequestsNamed(commit.subject).at(-1);
    if (number === undefined) {
      loose.push(commit);
      continue;
    }
    let piece = byPullRequest.get(number);
    if (!piece) {
      piece = { kind: 'pull-request', pullRequest: number, commits: [], area: '' };
      byPullRequest.set(number, piece);
      pullRequests.push(piece);
    }
    piece.commits.push(commit);
  }

  const runs: Piece[] = [];
  const openRun = new Map<string, Piece>();
  for (const commit of loose.filter(isOurs)) {
    const area = mainArea([commit]);
    const run = openRun.get(area);
    const last = run?.commits.at(-1);
    if (run && last && daysBetween(last.date, commit.date) <= RUN_GAP_DAYS && daysBetween(run.commits[0]!.date, commit.date) <= RUN_SPAN_DAYS) {
      run.commits.push(commit);
    } else {
      const started: Piece = { kind: 'run', commits: [commit], area };
      openRun.set(area, started);
      runs.push(started);
    }
  }

  return [...merges, ...pullRequests, ...runs]
    .map((piece) => {
      const ours = piece.commits.filter(isOurs).sort(oldestFirst);
      return { ...piece, commits: ours, area: piece.area || mainArea(ours) };
    })
    .filter((piece) => piece.commits.length > 0);
}
