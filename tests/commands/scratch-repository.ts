import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** git with no global or system configuration, so a developer's own settings change nothing. */
export const HERMETIC_GIT: Record<string, string> = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };

export const NOOR = { name: 'Noor Haddad', email: 'noor@noor.example' };
export const SAM = { name: 'Sam Reyes', email: 'sam@orbit.example' };

export interface Person {
  name: string;
  email: string;
}

/** A scratch repository whose commits carry fixed people and dates, so hashes and harvests repeat. */
export class ScratchRepository {
  readonly path: string;

  constructor(name = 'ledger', options: { email?: string | undefined } = {}) {
    this.path = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-harvest-')), name);
    mkdirSync(this.path);
    this.git(['init', '--quiet', '--initial-branch=main']);
    if (options.email) this.git(['config', 'user.email', options.email]);
  }

  git(args: string[], env: Record<string, string> = {}): string {
    const result = spawnSync('git', args, { cwd: this.path, encoding: 'utf8', env: { ...process.env, ...HERMETIC_GIT, ...env } });
    if (result.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${result.stderr}`);
    return result.stdout.trim();
  }

  private identity(who: Person, day: string): Record<string, string> {
    const date = `${day}T10:00:00+02:00`;
    return { GIT_AUTHOR_NAME: who.name, GIT_AUTHOR_EMAIL: who.email, GIT_AUTHOR_DATE: date, GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email, GIT_COMMITTER_DATE: date };
  }

  /** Writes the files (each line of text repeated `lines` times when a number is given) and commits them. */
  commit(who: Person, day: string, subject: string, files: Record<string, string | number>, body?: string): string {
    for (const [file, text] of Object.entries(files)) {
      const full = path.join(this.path, file);
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, typeof text === 'number' ? Array.from({ length: text }, (_, index) => `${subject} ${index}`).join('\n') + '\n' : text);
    }
    this.git(['add', '--all']);
    this.git(['commit', '--quiet', '--allow-empty', '-m', subject, ...(body ? ['-m', body] : [])], this.identity(who, day));
    return this.git(['rev-parse', 'HEAD']);
  }

  /** Merges `branch` into the current branch with a merge commit, as GitHub's merge button does. */
  merge(who: Person, day: string, branch: string, subject: string, body?: string): string {
    this.git(['merge', '--quiet', '--no-ff', '-m', subject, ...(body ? ['-m', body] : []), branch], this.identity(who, day));
    return this.git(['rev-parse', 'HEAD']);
  }

  checkout(branch: string, create = false): void {
    this.git(['checkout', '--quiet', ...(create ? ['-b'] : []), branch]);
  }
}

/**
 * A month of work on a ledger service, from the fixture's Noor Haddad and a colleague, Sam:
 * - before June: the first commit (older than the fixture's newest accomplishment, 2026-06-01);
 * - a branch merged as pull request #12, with a commit of Sam's among Noor's;
 * - a squash-merged pull request #15 and a follow-up naming it;
 * - Sam's dependency bump (not Noor's work);
 * - two runbook commits in docs/ a day apart, and a cache change in src/ledger days later;
 * - a branch merged locally ("Merge branch 'noor/alerts'"), with no pull request.
 */
export function ledgerHistory(options: { email?: string | undefined } = { email: NOOR.email }): { repository: ScratchRepository; shas: Record<string, string> } {
  const repository = new ScratchRepository('ledger', options);
  const shas: Record<string, string> = {};
  shas['initial'] = repository.commit(NOOR, '2026-05-20', 'Initial ledger service', { 'src/ledger/main.go': 40, 'README.md': 'Ledger\n' });
  repository.checkout('noor/faster-ledger', true);
  shas['index'] = repository.commit(NOOR, '2026-06-02', 'Add index on ledger entries', { 'src/ledger/index.go': 30 });
  shas['report'] = repository.commit(NOOR, '2026-06-03', 'Rewrite monthly report query', { 'src/ledger/report.go': 20, 'src/ledger/report_test.go': 10 });
  shas['typo'] = repository.commit(SAM, '2026-06-04', 'Fix typo in report', { 'src/ledger/report.go': 'fixed\n' });
  repository.checkout('main');
  shas['merge12'] = repository.merge(NOOR, '2026-06-05', 'noor/faster-ledger', 'Merge pull request #12 from noor/faster-ledger', 'Speed up ledger reports');
  shas['csv'] = repository.commit(NOOR, '2026-06-08', 'feat(export): add CSV export (#15)', { 'src/export/csv.go': 50 });
  shas['csvEmpty'] = repository.commit(NOOR, '2026-06-09', 'Handle empty exports, as asked in #15', { 'src/export/csv.go': 55 });
  shas['bump'] = repository.commit(SAM, '2026-06-10', 'Bump dependencies', { 'go.sum': 12 });
  shas['runbookDeploy'] = repository.commit(NOOR, '2026-06-15', 'Write runbook for deploys', { 'docs/deploy.md': 25 });
  shas['runbookRollback'] = repository.commit(NOOR, '2026-06-16', 'Write runbook for rollbacks', { 'docs/rollback.md': 15 });
  shas['cache'] = repository.commit(NOOR, '2026-06-22', 'Tune ledger cache sizes', { 'src/ledger/cache.go': 8 });
  repository.checkout('noor/alerts', true);
  shas['alerts'] = repository.commit(NOOR, '2026-06-24', 'Add alert rules for ledger lag', { 'deploy/alerts.yaml': 12 });
  repository.checkout('main');
  shas['mergeAlerts'] = repository.merge(NOOR, '2026-06-25', 'noor/alerts', "Merge branch 'noor/alerts'");
  return { repository, shas };
}
