import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCommand } from './run.ts';

const review = (cwd: string, args: string[]) => runCommand('review', ['--content', 'content', ...args], { cwd });

describe('npm run review', () => {
  const cwd = copyFixture();

  it('prints the last 90 days as Markdown by default', () => {
    const result = review(cwd, []);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^# Review: Apr 2, 2026 – Jun 30, 2026\n\n2 accomplishments across 1 role/);
    expect(result.stdout).toContain('## Relationships overdue for a check-in\n\n- **Cara Ng**: 150 days overdue');
    expect(result.stdout).toContain('## Interview lessons');
  });

  it('gives the same report as JSON, with the period chosen by --since, --until and --today', () => {
    const result = review(cwd, ['--format', 'json', '--since', '2025-01-01', '--until', '2025-12-31', '--today', '2027-01-01']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.period).toEqual({ since: '2025-01-01', until: '2025-12-31', days: 365 });
    expect(report.accomplishments.map((entry: { id: string }) => entry.id)).toEqual(['2025-09-12-status-page']);
    expect(report.staleSkills[0]).toEqual({ skill: 'go', name: 'Go', lastEvidence: null, daysSince: null });
    expect(Object.keys(report)).toEqual(['period', 'summary', 'accomplishments', 'byRole', 'bySkill', 'impact', 'learning', 'staleSkills', 'goals', 'variants', 'newestBefore', 'network', 'interviews', 'drafts']);
    expect(report.newestBefore).toBeNull();
  });

  it('says where the log stops when the period is empty, and how to reach back to it', () => {
    const result = review(cwd, ['--since', '2027-01-01', '--until', '2027-03-31', '--today', '2027-04-01']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Nothing logged in this period\. The newest entry is from (\w{3} \d{1,2}, \d{4}): `npm run review -- --since (\d{4}-\d{2})-01` reaches back to it\./);
  });

  it('writes to --out atomically and refuses to replace a file without --force', () => {
    const out = path.join(cwd, 'review.md');
    expect(review(cwd, ['--out', 'review.md'])).toMatchObject({ status: 0, stdout: '', stderr: 'review: wrote review.md (2 accomplishments, 2026-04-02 to 2026-06-30)\n' });
    expect(readFileSync(out, 'utf8')).toMatch(/^# Review: /);
    writeFileSync(out, 'my notes');
    const refused = review(cwd, ['--out', 'review.md']);
    expect(refused).toMatchObject({ status: 1, stderr: 'review: review.md already exists: pass --force to replace it, or choose another --out\n' });
    expect(readFileSync(out, 'utf8')).toBe('my notes');
    expect(review(cwd, ['--out', 'review.md', '--force', '--format', 'json']).status).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).summary.accomplishments).toBe(2);
  });

  it.each([
    [['--since', '2026-13-01'], 'review: --since "2026-13-01" is not a real date: write it as YYYY-MM-DD, e.g. 2026-09-01'],
    [['--since', '2026-07-01', '--until', '2026-06-01'], 'review: --since 2026-07-01 is after --until 2026-06-01: swap them, or leave --until out to end today'],
    [['--format', 'pdf'], 'review: --format "pdf" is not a format: use md or json'],
    [['--today', 'tomorrow'], 'review: --today "tomorrow" is not a real date: write it as YYYY-MM-DD, e.g. 2026-11-24'],
    [['--period', 'q3'], "review: Unknown option '--period'"],
    [['--content', 'missing'], 'review: the content folder missing does not exist: run from your Cairn folder, or pass --content DIR'],
  ])('refuses %j with one line naming the problem and the fix', (args, message) => {
    const result = review(cwd, [...args, '--out', 'never.md']);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(existsSync(path.join(cwd, 'never.md'))).toBe(false);
  });

  it.each([
    [['--out', 'reports/'], 'review: --out reports/ is a folder: give the report a file name, e.g. --out reports/review-2026-06-30.md'],
    [['--out', 'reports', '--force'], 'review: --out reports is a folder: give the report a file name, e.g. --out reports/review-2026-06-30.md'],
    [['--out', 'reports', '--format', 'json'], 'review: --out reports is a folder: give the report a file name, e.g. --out reports/review-2026-06-30.json'],
    [['--out', 'content/profile.mdx/review.md'], 'review: cannot write content/profile.mdx/review.md: part of the path is a file, not a folder; choose another --out, or print the report by leaving --out out'],
  ])('refuses --out %j that cannot be a file, with one line and no stack trace', (args, message) => {
    mkdirSync(path.join(cwd, 'reports'), { recursive: true });
    const result = review(cwd, args);
    expect(result).toMatchObject({ status: 1, stdout: '', stderr: `${message}\n` });
    expect(readdirSync(path.join(cwd, 'reports'))).toEqual([]);
  });
});
