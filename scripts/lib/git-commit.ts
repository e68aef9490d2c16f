import { spawnSync } from 'node:child_process';
import path from 'node:path';

export type CommitResult = { status: 'committed' } | { status: 'not-a-repository' } | { status: 'failed'; reason: string };

function git(cwd: string, args: string[]) {
  return spawnSync('git', args, { cwd, encoding: 'utf8' });
}

/**
 * Commits one new file with `message`, leaving anything else the person has staged out of the
 * commit (a path-limited commit), so logging never sweeps half-finished work into history.
 */
export function commitFile(file: string, message: string): CommitResult {
  const folder = path.dirname(file);
  const top = git(folder, ['rev-parse', '--show-toplevel']);
  if (top.error) return { status: 'failed', reason: `git could not be run (${top.error.message}); install git` };
  if (top.status !== 0) return { status: 'not-a-repository' };
  const add = git(folder, ['add', '--', file]);
  const commit = add.status === 0 ? git(folder, ['commit', '--quiet', '--message', message, '--', file]) : add;
  if (commit.status !== 0) {
    const output = `${commit.stderr}${commit.stdout}`;
    // The usual first-commit failure: git's own first line ("Author identity unknown") does not say what to do.
    if (/Please tell me who you are|Author identity unknown|empty ident name/i.test(output)) {
      return { status: 'failed', reason: 'git does not know who you are; set your name and email with git config --global user.name "Your Name" and git config --global user.email you@example.com' };
    }
    const reason = output.trim().split('\n').find((line) => line.trim() !== '') ?? `git exited with ${commit.status}`;
    return { status: 'failed', reason: reason.trim() };
  }
  return { status: 'committed' };
}
