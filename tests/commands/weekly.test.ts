import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runCommand } from './run.ts';
import { HERMETIC_GIT, ledgerHistory } from './scratch-repository.ts';

const weekly = (cwd: string, args: string[]) => runCommand('weekly', ['--content', 'content', ...args], { cwd, env: HERMETIC_GIT });
const accomplishments = (cwd: string) => readdirSync(path.join(cwd, 'content/accomplishments')).sort();
const read = (cwd: string, name: string) => readFileSync(path.join(cwd, 'content/accomplishments', name), 'utf8');

describe('npm run weekly', () => {
  let ledger: ReturnType<typeof ledgerHistory>;
  beforeAll(() => {
    ledger = ledgerHistory();
  });

  it("prints the three questions with the week's work and the check-ins past due, and writes nothing without answers", () => {
    const cwd = copyFixture();
    const before = accomplishments(cwd);
    const result = weekly(cwd, ['--repo', ledger.repository.path]);
    expect(result).toEqual({
      status: 0,
      stderr: '',
      stdout: [
        'weekly: the week of 2026-06-24 to 2026-06-30',
        '',
        '1. What did you ship?',
        '   From your commits (--ship-harvest drafts them all):',
        '   - Add alert rules for ledger lag (ledger, 2026-06-24 to 2026-06-25, 1 commit, 1 file, +12 −0 lines)',
        '',
        '2. What did you learn?',
        '',
        '3. Who did you help?',
        '   Check-ins past due (someone to help, or to thank):',
        '   - Cara Ng, due 2026-01-31, 150 days ago',
        '   - Ana Lima (Globex), due 2026-04-30, 61 days ago; cares about Hiring platform engineers, Her cycling club',
        '',
        'weekly: nothing written; answer with --shipped, --learned and --helped (each repeatable), or run it in a terminal',
        '',
      ].join('\n'),
    });
    expect(accomplishments(cwd)).toEqual(before);
    expect(weekly(cwd, []).stdout).toContain('   (Pass --repo PATH to see what your commits this week suggest.)\n');
  });

  it('logs each answer through log’s code, private and tagged by its question, and drafts the week’s work with --ship-harvest', () => {
    const cwd = copyFixture();
    const result = weekly(cwd, [
      '--repo', ledger.repository.path, '--ship-harvest',
      '--shipped', 'Moved the ledger to the new cluster',
      '--learned=- How Postgres plans partitioned queries\n- Rust lifetimes, at last',
      '--helped', 'Paired with Ana on her conference talk',
    ]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toBe(
      [
        'weekly: wrote content/accomplishments/2026-06-30-moved-the-ledger-to-the-new-cluster.mdx (shipped)',
        'weekly: wrote content/accomplishments/2026-06-30-how-postgres-plans-partitioned-queries.mdx (learned)',
        'weekly: wrote content/accomplishments/2026-06-30-rust-lifetimes-at-last.mdx (learned)',
        'weekly: wrote content/accomplishments/2026-06-30-paired-with-ana-on-her-conference-talk.mdx (helped)',
        'weekly: wrote content/accomplishments/2026-06-25-add-alert-rules-for-ledger-lag.mdx (shipped, from your commits; a private draft)',
        'weekly: Ana Lima is in your network: npm run touch -- ana-lima "Paired with Ana on her conference talk" notes it as a contact',
        '',
      ].join('\n'),
    );
    expect(read(cwd, '2026-06-30-paired-with-ana-on-her-conference-talk.mdx')).toBe(
      '---\ntitle: Paired with Ana on her conference talk\ndate: "2026-06-30"\nrole: orbit-staff\ntags: [helping]\nbullet: Paired with Ana on her conference talk\nvisibility: private\n---\n',
    );
    expect(read(cwd, '2026-06-30-how-postgres-plans-partitioned-queries.mdx')).toContain('tags: [learning]\n');
    expect(read(cwd, '2026-06-25-add-alert-rules-for-ledger-lag.mdx')).toContain('- Add alert rules for ledger lag\n');
    const check = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--content-only', '--content', path.join(cwd, 'content')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);

    // The piece of work is remembered: harvest does not propose it again.
    const harvest = runCommand('harvest', ['--content', 'content', '--repo', ledger.repository.path, '--since', '2026-06-24'], { cwd, env: HERMETIC_GIT });
    expect(harvest.stdout).toBe('harvest: no new pieces of work by noor@noor.example in ledger since 2026-06-24 (1 harvested before left out; content/.harvest.json remembers them)\n');
  });

  it('takes --visibility and --role as log does', () => {
    const cwd = copyFixture();
    const result = weekly(cwd, ['--shipped', 'Launched the status page v2', '--visibility', 'public', '--today', '2023-06-30']);
    expect(result.status, result.stderr).toBe(0);
    const text = read(cwd, '2023-06-30-launched-the-status-page-v2.mdx');
    expect(text).toContain('role: orbit-senior\n');
    expect(text).toContain('visibility: public\n');
  });

  it.each([
    [['--shipped', 'Fine', '--learned', 'L'.repeat(130)], [`weekly: --learned "${'L'.repeat(39)}…": the title is 130 characters; keep it to 120 or fewer; received "${'L'.repeat(76)}…`, 'weekly: nothing written']],
    [['--helped', 'Someone', '--visibility', 'secret'], ['weekly: --helped "Someone": --visibility "secret" is not a visibility: use public, resume or private', 'weekly: nothing written']],
    [['--ship-harvest'], ['weekly: --ship-harvest needs --repo: name the repositories whose commits to draft, e.g. --repo ~/code/ledger']],
    [['Shipped', 'things'], ['weekly: unexpected "Shipped": give each answer with its question\'s option, e.g. npm run weekly -- --shipped "Shipped things"']],
    [['--repo', 'nowhere'], ['weekly: --repo nowhere does not exist: give the folder of a local clone, e.g. --repo ~/code/ledger']],
  ])('refuses %j with a line per problem, and writes nothing', (args, lines) => {
    const cwd = copyFixture();
    const before = accomplishments(cwd);
    const result = weekly(cwd, args);
    expect(result.status).toBe(1);
    expect(result.stderr.split('\n').slice(0, lines.length)).toEqual(lines);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(accomplishments(cwd)).toEqual(before);
  });
});
