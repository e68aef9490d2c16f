import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** One file a commit changed, with its size in lines (0 and 0 for a binary file). */
export interface FileChange {
  path: string;
  added: number;
  deleted: number;
  binary: boolean;
}

/** A commit as `git log` reports it. */
export interface Commit {
  sha: string;
  parents: string[];
  authorEmail: string;
  authorName: string;
  /** The author's own calendar day, `YYYY-MM-DD`, in the time zone the commit was made in. */
  date: string;
  /** The author date with its offset, as git prints it (`2026-06-02T10:00:00+02:00`). */
  time: string;
  subject: string;
  body: string;
  /** Empty for a merge commit: git shows no sizes for merges. */
  files: FileChange[];
}

/** What harvest reads from one repository. */
export interface Repository {
  /** The repository's top folder (its git folder for a bare repository). */
  path: string;
  /** A short name to show: the folder name, without `.git`. */
  name: string;
  /** True for a shallow clone, whose older history is missing. */
  shallow: boolean;
  /** The commit HEAD points at; undefined in a repository with no commits yet. */
  head: string | undefined;
  /** Newest first, as git lists them. */
  commits: Commit[];
  /** `git config user.email` as seen from this repository, when set. */
  configuredEmail: string | undefined;
}

/** Variables that point git at another repository than the folder given: set inside a git hook, for one. */
const GIT_LOCATION_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_ALTERNATE_OBJECT_DIRECTORIES', 'GIT_COMMON_DIR', 'GIT_NAMESPACE', 'GIT_PREFIX'];

/** An environment for git that reads the repository it is pointed at, whatever the caller's git set. */
export function withoutGitLocation(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const clean = { ...env };
  for (const name of GIT_LOCATION_VARIABLES) delete clean[name];
  return clean;
}

export type RepositoryRead =
  | { ok: true; repository: Repository }
  | { ok: false; kind: 'missing' | 'not-a-folder' | 'not-a-repository' | 'git-missing' | 'failed'; reason: string };

/** Separates the commits of `git log`: no commit message holds these bytes. */
const RECORD = '\x1e\x1fcairn-commit\x1f';
/** Hash, parents, author email and name (both after .mailmap), author date, subject, body: NUL after each. */
const FORMAT = `${RECORD.replace(/\x1e/g, '%x1e').replace(/\x1f/g, '%x1f')}%H%x00%P%x00%aE%x00%aN%x00%aI%x00%s%x00%b%x00`;
const STAT = /^(\d+|-)\t(\d+|-)\t(.*)$/s;

/**
 * Reads the output of `git log -z --numstat --format=FORMAT`: after each commit's fields, git
 * prints one `added<TAB>deleted<TAB>path` per file, NUL-terminated, and a rename as
 * `added<TAB>deleted<TAB>` followed by the old and the new path.
 */
export function parseGitLog(output: string): Commit[] {
  const commits: Commit[] = [];
  for (const record of output.split(RECORD)) {
    if (record === '') continue;
    const fields = record.split('\0');
    if (fields.length < 7) continue;
    const [sha, parents, authorEmail, authorName, time, subject, body] = fields as [string, string, string, string, string, string, string];
    const stats = fields.slice(7);
    const files: FileChange[] = [];
    for (let index = 0; index < stats.length; index++) {
      const match = STAT.exec(stats[index]!.replace(/^\s+/, ''));
      if (!match) continue;
      let file = match[3]!;
      if (file === '') {
        // A rename: the old path, then the new one.
        file = stats[index + 2] ?? stats[index + 1] ?? '';
        index += 2;
      }
      const binary = match[1] === '-';
      files.push({ path: file, added: binary ? 0 : Number(match[1]), deleted: binary ? 0 : Number(match[2]), binary });
    }
    commits.push({
      sha,
      parents: parents.split(' ').filter(Boolean),
      authorEmail,
      authorName,
      date: time.slice(0, 10),
      time,
      subject: subject.trim(),
      body: body.trim(),
      files,
    });
  }
  return commits;
}

export interface ReadOptions {
  /** Read commits made on or after this day, `YYYY-MM-DD` (git's committer date, so a margin is wise). */
  since?: string | undefined;
  /** The environment git runs with; by default the command's own. */
  env?: NodeJS.ProcessEnv | undefined;
}

/**
 * Reads a local repository's history from HEAD with `git log`, without a shell and without the
 * network: each commit's hash, parents, author, date, message and the lines it changed per file.
 * A folder that is not a repository, or git missing, is said in one line; a repository with no
 * commits reads as one with an empty history.
 */
export function readRepository(folder: string, options: ReadOptions = {}): RepositoryRead {
  if (!existsSync(folder)) return { ok: false, kind: 'missing', reason: 'does not exist' };
  if (!statSync(folder).isDirectory()) return { ok: false, kind: 'not-a-folder', reason: 'is a file, not a folder' };
  const git = (args: string[]) =>
    spawnSync('git', ['--no-pager', '-C', folder, ...args], { encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024, env: options.env, windowsHide: true });

  const where = git(['rev-parse', '--absolute-git-dir', '--is-bare-repository', '--is-shallow-repository']);
  if (where.error) {
    const code = (where.error as NodeJS.ErrnoException).code;
    return { ok: false, kind: 'git-missing', reason: code === 'ENOENT' ? 'git is not installed or not on the PATH' : where.error.message };
  }
  if (where.status !== 0) {
    const said = firstLine(where.stderr);
    if (/not a git repository/i.test(said)) return { ok: false, kind: 'not-a-repository', reason: 'is not a git repository' };
    return { ok: false, kind: 'failed', reason: said || `git rev-parse exited with ${where.status}` };
  }
  const [gitDir = '', bare = 'false', shallow = 'false'] = where.stdout.trim().split('\n');
  const top = bare === 'true' ? gitDir : git(['rev-parse', '--show-toplevel']).stdout.trim() || path.dirname(gitDir);
  const name = path.basename(top).replace(/\.git$/, '') || top;
  const email = git(['config', 'user.email']);
  const configuredEmail = email.status === 0 && email.stdout.trim() !== '' ? email.stdout.trim() : undefined;
  const base = { path: top, name, shallow: shallow === 'true', configuredEmail };

  const head = git(['rev-parse', '--verify', '--quiet', 'HEAD^{commit}']);
  if (head.status !== 0) return { ok: true, repository: { ...base, head: undefined, commits: [] } };

  const log = git([
    'log',
    '-z',
    '--numstat',
    '--no-color',
    '--no-show-signature',
    '--no-textconv',
    '--no-ext-diff',
    '--encoding=UTF-8',
    `--format=${FORMAT}`,
    ...(options.since ? [`--since=${options.since}T00:00:00Z`] : []),
    'HEAD',
    '--',
  ]);
  if (log.status !== 0) return { ok: false, kind: 'failed', reason: firstLine(log.stderr) || `git log exited with ${log.status}` };
  return { ok: true, repository: { ...base, head: head.stdout.trim(), commits: parseGitLog(log.stdout) } };
}

function firstLine(text: string | null | undefined): string {
  return (text ?? '').split('\n').map((line) => line.replace(/^(fatal|error):\s*/, '').trim()).find(Boolean) ?? '';
}
