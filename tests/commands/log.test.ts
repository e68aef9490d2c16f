import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content/frontmatter.ts';
import { copyFixture, runCommand, startCommand } from './run.ts';

const log = (cwd: string, args: string[], input?: string) => runCommand('log', ['--content', 'content', ...args], { cwd, ...(input === undefined ? {} : { input }) });
const accomplishments = (cwd: string) => readdirSync(path.join(cwd, 'content/accomplishments')).sort();

describe('npm run log', () => {
  it('writes an accomplishment from the options, with the story from standard input, that the check accepts', () => {
    const cwd = copyFixture();
    const result = log(cwd, ['Cut deploy time by 75%', '--date', '2026-06-12', '--skills', 'K8s,go', '--tags', 'Developer Experience', '--impact', 'deploy time: 20 -> 5 min', '--bullet', 'Cut deploy time from 20 to 5 minutes with parallel rollouts.', '--featured'], 'We deployed too slowly.\n\nNow we do not.\n');
    expect(result).toEqual({ status: 0, stdout: 'log: wrote content/accomplishments/2026-06-12-cut-deploy-time-by-75.mdx\n', stderr: '' });
    const text = readFileSync(path.join(cwd, 'content/accomplishments/2026-06-12-cut-deploy-time-by-75.mdx'), 'utf8');
    expect(text).toBe(
      '---\ntitle: Cut deploy time by 75%\ndate: "2026-06-12"\nrole: orbit-staff\nskills: [kubernetes, go]\ntags: [developer-experience]\nbullet: Cut deploy time from 20 to 5 minutes with parallel rollouts.\nimpact:\n  - { label: deploy time, from: 20, to: 5, unit: min }\nfeatured: true\n---\n\nWe deployed too slowly.\n\nNow we do not.\n',
    );
    const check = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--content-only', '--content', path.join(cwd, 'content')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
  });

  it('never overwrites: the same date and title get -2, then -3, and it says which name it took', () => {
    const cwd = copyFixture();
    const outputs = Array.from({ length: 3 }, () => log(cwd, ['Fixed the flaky test', '--story', 'Story.']));
    expect(outputs.map((result) => [result.status, result.stdout])).toEqual([
      [0, 'log: wrote content/accomplishments/2026-06-30-fixed-the-flaky-test.mdx\n'],
      [0, 'log: wrote content/accomplishments/2026-06-30-fixed-the-flaky-test-2.mdx (2026-06-30-fixed-the-flaky-test.mdx was taken)\n'],
      [0, 'log: wrote content/accomplishments/2026-06-30-fixed-the-flaky-test-3.mdx (2026-06-30-fixed-the-flaky-test.mdx was taken)\n'],
    ]);
    expect(accomplishments(cwd).filter((name) => name.startsWith('2026-06-30-'))).toEqual(['2026-06-30-fixed-the-flaky-test-2.mdx', '2026-06-30-fixed-the-flaky-test-3.mdx', '2026-06-30-fixed-the-flaky-test.mdx']);
  });

  it('keeps every story when 20 logs of the same title run at once, each in its own file', async () => {
    const cwd = copyFixture();
    const folder = path.join(cwd, 'content/accomplishments');
    // Twice: the second round races for names past the twenty the first one took.
    for (const round of [1, 2]) {
      const stories = Array.from({ length: 20 }, (_, index) => `Story ${round}.${index + 1} of the flaky test.`);
      const results = await Promise.all(stories.map((story) => startCommand('log', ['--content', 'content', 'Fixed the flaky test', '--story', story], { cwd })));
      expect(results.filter((result) => result.status !== 0 || result.stderr !== '')).toEqual([]);
      const written = results.map((result) => /^log: wrote content\/accomplishments\/(\S+\.mdx)/.exec(result.stdout)?.[1]);
      expect(new Set(written).size).toBe(20);
      const files = accomplishments(cwd).filter((name) => name.startsWith('2026-06-30-fixed-the-flaky-test'));
      expect(files).toHaveLength(20 * round);
      const bodies = files.map((name) => readFileSync(path.join(folder, name), 'utf8'));
      for (const story of stories) expect(bodies.filter((body) => body.endsWith(`\n${story}\n`)), story).toHaveLength(1);
    }
    expect(readdirSync(folder).filter((name) => name.startsWith('.'))).toEqual([]);
  }, 120_000);

  it('makes readable slugs from titles in any script', () => {
    const cwd = copyFixture();
    for (const title of ['Réduit la latence de 80 %', '性能改善', '🚀 Launched the status page 🎉']) expect(log(cwd, [title]).status).toBe(0);
    expect(accomplishments(cwd).filter((name) => name.startsWith('2026-06-30-'))).toEqual(['2026-06-30-launched-the-status-page.mdx', '2026-06-30-reduit-la-latence-de-80.mdx', '2026-06-30-xing-neng-gai-shan.mdx']);
    const parsed = parseContentFile(readFileSync(path.join(cwd, 'content/accomplishments/2026-06-30-xing-neng-gai-shan.mdx'), 'utf8'));
    expect(parsed.data['title']).toBe('性能改善');
  });

  it.each([
    [['--date', '2026-06-12'], 'log: the title is missing: give it first, in quotes, e.g. npm run log -- "Cut checkout latency by 80%"'],
    [['Title', '--date', '2026-02-30'], 'log: --date "2026-02-30" is not a real date: write it as YYYY-MM-DD, e.g. 2026-06-30'],
    [['Title', '--skills', 'kubernets'], 'log: --skills "kubernets" is not a skill in content/skills/: did you mean "kubernetes"?'],
    [['Title', '--role', 'orbit-staf'], 'log: --role "orbit-staf" is not a role in content/roles/: did you mean "orbit-staff"?'],
    [['Title', '--impact', 'faster'], 'log: --impact "faster" needs a label, a colon and the figures: write it as "label: from -> to unit", e.g. --impact "p99 latency: 820 -> 95 ms"'],
    [['Title', '--bullet', 'B'.repeat(230)], `log: --bullet is 230 characters; keep it to 220 or fewer; received "${'B'.repeat(76)}…`],
    [['Title', '--date', '2023-06-01', '--role', 'orbit-staff'], 'log: --date falls outside its role "orbit-staff" (2024-01 to now); received "2023-06-01" (fix the date, or point role at the job you held then)'],
    [['Title', '--colour', 'red'], "log: Unknown option '--colour'"],
    [['Cut', 'latency'], 'log: got 2 titles ("Cut", "latency"): put the title in quotes, e.g. npm run log -- "Cut latency"'],
  ])('refuses %j with one line naming the problem and the fix, and writes nothing', (args, message) => {
    const cwd = copyFixture();
    const before = accomplishments(cwd);
    const result = log(cwd, args);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(accomplishments(cwd)).toEqual(before);
  });

  it('says that outside a git repository nothing was committed, and still writes the file', () => {
    const cwd = copyFixture();
    const result = log(cwd, ['Wrote the runbook', '--commit'], '');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('log: wrote content/accomplishments/2026-06-30-wrote-the-runbook.mdx\nlog: content/accomplishments is not in a git repository, so nothing was committed (the file is written; run git init to track your content)\n');
    expect(existsSync(path.join(cwd, 'content/accomplishments/2026-06-30-wrote-the-runbook.mdx'))).toBe(true);
  });

  it('commits only the new file with "log: <title>" inside a git repository', () => {
    const cwd = copyFixture();
    const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
    git('init', '--quiet');
    git('config', 'user.email', 'noor@noor.example');
    git('config', 'user.name', 'Noor Haddad');
    git('add', '.');
    git('commit', '--quiet', '-m', 'start');
    writeFileSync(path.join(cwd, 'content/notes.txt'), 'half-finished');
    git('add', 'content/notes.txt');
    const result = log(cwd, ['Wrote the runbook', '--commit']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('log: committed it to git ("log: Wrote the runbook")');
    expect(git('log', '-1', '--format=%s').stdout.trim()).toBe('log: Wrote the runbook');
    expect(git('show', '--name-only', '--format=', 'HEAD').stdout.trim()).toBe('content/accomplishments/2026-06-30-wrote-the-runbook.mdx');
    expect(git('status', '--porcelain').stdout.trim()).toBe('A  content/notes.txt');
  });

  it('says how to tell git who you are when it cannot commit for want of a name, and how to commit the file it wrote', () => {
    const cwd = copyFixture();
    const git = (...args: string[]) => spawnSync('git', args, { cwd, encoding: 'utf8' });
    git('init', '--quiet');
    // No identity anywhere, and no guessing one from the machine's host name.
    git('config', 'user.useConfigOnly', 'true');
    const noIdentity = { GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1', GIT_AUTHOR_NAME: '', GIT_AUTHOR_EMAIL: '', GIT_COMMITTER_NAME: '', GIT_COMMITTER_EMAIL: '', EMAIL: '' };
    const result = runCommand('log', ['--content', 'content', 'Wrote the runbook', '--commit'], { cwd, env: noIdentity });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('log: wrote content/accomplishments/2026-06-30-wrote-the-runbook.mdx\n');
    expect(result.stderr).toBe(
      'log: wrote content/accomplishments/2026-06-30-wrote-the-runbook.mdx, but git could not commit it: git does not know who you are; set your name and email with git config --global user.name "Your Name" and git config --global user.email you@example.com. Once that is fixed, commit it with: git commit -m "log: Wrote the runbook" -- content/accomplishments/2026-06-30-wrote-the-runbook.mdx\n',
    );
    expect(existsSync(path.join(cwd, 'content/accomplishments/2026-06-30-wrote-the-runbook.mdx'))).toBe(true);
  });

  it('says in one line that the temporary folder cannot be used, and writes nothing', () => {
    const cwd = copyFixture();
    const before = accomplishments(cwd);
    const result = runCommand('log', ['--content', 'content', 'Cut deploy time', '--story', 'Story.'], { cwd, env: { TMPDIR: path.join(cwd, 'missing') } });
    expect(result).toEqual({ status: 1, stdout: '', stderr: `log: the temporary folder ${path.join(cwd, 'missing')} cannot be used: no such folder; set TMPDIR to a folder that exists and can be written\n` });
    expect(accomplishments(cwd)).toEqual(before);
  });

  it('prints its usage with --help', () => {
    const result = log(copyFixture(), ['--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: npm run log -- "<title>"/);
  });
});
