import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { visibleContent } from '../../src/lib/model/visibility.ts';
import { collectSecrets } from '../../src/lib/privacy/secrets.ts';
import { copyFixture, runCommand } from './run.ts';
import { HERMETIC_GIT, ledgerHistory, NOOR, SAM, ScratchRepository } from './scratch-repository.ts';

const harvest = (cwd: string, args: string[]) => runCommand('harvest', ['--content', 'content', ...args], { cwd, env: HERMETIC_GIT });
const accomplishments = (cwd: string) => readdirSync(path.join(cwd, 'content/accomplishments')).sort();
const PULL_REQUESTS = [
  {
    number: 12,
    title: 'Speed up ledger reports by 5x',
    body: 'Month-end reports took 40 s; they take 8 s now.\n\n<!-- template: describe the change -->',
    mergedAt: '2026-06-05T08:00:00Z',
    reviews: [{ author: { login: 'ana' }, state: 'APPROVED' }, { author: { login: 'ben' }, state: 'COMMENTED' }, { author: { login: 'ana' }, state: 'APPROVED' }],
    additions: 61,
    deletions: 0,
    headRefName: 'faster-ledger',
  },
  { number: 15, title: 'feat: export the ledger as CSV', body: '', mergedAt: '2026-06-08T08:00:00Z', reviews: [], additions: 50, deletions: 0, headRefName: 'csv' },
];

describe('npm run harvest', () => {
  let ledger: ReturnType<typeof ledgerHistory>;
  beforeAll(() => {
    ledger = ledgerHistory();
  });

  it("lists the author's pieces of work since the newest accomplishment: merged branches, pull requests and runs", () => {
    const cwd = copyFixture();
    const result = harvest(cwd, ['--repo', ledger.repository.path]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toBe("harvest: work finished since 2026-06-01 (the newest accomplishment's date)\n");
    expect(result.stdout).toBe(
      [
        'harvest: 5 pieces of work by noor@noor.example in ledger since 2026-06-01',
        '',
        '1. Speed up ledger reports  [PR #12, branch faster-ledger]',
        '   ledger · 2026-06-02 to 2026-06-05 · role orbit-staff · 2 commits, 3 files, +60 −0 lines · skills go',
        '     - Add index on ledger entries',
        '     - Rewrite monthly report query',
        '',
        '2. Add CSV export  [PR #15]',
        '   ledger · 2026-06-08 to 2026-06-09 · role orbit-staff · 2 commits, 1 file, +105 −50 lines · skills go',
        '     - feat(export): add CSV export (#15)',
        '     - Handle empty exports, as asked in #15',
        '',
        '3. Write runbook',
        '   ledger · 2026-06-15 to 2026-06-16 · role orbit-staff · 2 commits, 2 files, +40 −0 lines',
        '     - Write runbook for deploys',
        '     - Write runbook for rollbacks',
        '',
        '4. Tune ledger cache sizes',
        '   ledger · 2026-06-22 · role orbit-staff · 1 commit, 1 file, +8 −0 lines · skills go',
        '     - Tune ledger cache sizes',
        '',
        '5. Add alert rules for ledger lag  [branch noor/alerts]',
        '   ledger · 2026-06-24 to 2026-06-25 · role orbit-staff · 1 commit, 1 file, +12 −0 lines',
        '     - Add alert rules for ledger lag',
        '',
        'harvest: nothing written; add --write to save these as private drafts in content/accomplishments/',
        '',
      ].join('\n'),
    );
    expect(existsLedger(cwd)).toBe(false);
  });

  it("follows --author: the colleague's commit inside pull request #12 and their own run, not Noor's work", () => {
    const cwd = copyFixture();
    const result = harvest(cwd, ['--repo', ledger.repository.path, '--author', SAM.email]);
    expect(result.status, result.stderr).toBe(0);
    expect(titles(result.stdout)).toEqual(['Speed up ledger reports', 'Bump dependencies']);
    expect(result.stdout).toContain('     - Fix typo in report\n');
    expect(result.stdout).not.toContain('Add index on ledger entries');
  });

  it('uses the profile email when git has none configured', () => {
    const { repository } = ledgerHistory({ email: undefined });
    const cwd = copyFixture();
    const result = harvest(cwd, ['--repo', repository.path, '--since', '2026-06-20']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('harvest: 2 pieces of work by noor@noor.example in ledger since 2026-06-20');
  });

  it('takes titles, descriptions and review counts from --prs', () => {
    const cwd = copyFixture();
    writeFileSync(path.join(cwd, 'prs.json'), JSON.stringify(PULL_REQUESTS));
    const result = harvest(cwd, ['--repo', ledger.repository.path, '--prs', 'prs.json', '--since', '2026-06-01', '--write']);
    expect(result.status, result.stderr).toBe(0);
    expect(titles(result.stdout).slice(0, 2)).toEqual(['Speed up ledger reports by 5x', 'Export the ledger as CSV']);
    expect(result.stdout).toContain('1. Speed up ledger reports by 5x  [PR #12, 3 reviews by ana, ben, branch faster-ledger]\n');
    const draft = readFileSync(path.join(cwd, 'content/accomplishments/2026-06-05-speed-up-ledger-reports-by-5x.mdx'), 'utf8');
    expect(draft).toContain('Harvested from ledger (PR #12, 3 reviews by ana, ben, branch faster-ledger): 2 commits, 3 files, +60 −0 lines, 2026-06-02 to 2026-06-05.\n\nMonth-end reports took 40 s; they take 8 s now.\n');
    expect(checkContent(cwd).status).toBe(0);
  });

  it('writes each piece as a private draft that check accepts, and never drafts a piece twice', () => {
    const cwd = copyFixture();
    const before = accomplishments(cwd);
    const result = harvest(cwd, ['--repo', ledger.repository.path, '--write']);
    expect(result.status, result.stderr).toBe(0);
    const written = [
      '2026-06-05-speed-up-ledger-reports.mdx',
      '2026-06-09-add-csv-export.mdx',
      '2026-06-16-write-runbook.mdx',
      '2026-06-22-tune-ledger-cache-sizes.mdx',
      '2026-06-25-add-alert-rules-for-ledger-lag.mdx',
    ];
    expect(result.stdout).toContain(written.map((name) => `harvest: wrote content/accomplishments/${name} (private draft)\n`).join(''));
    expect(accomplishments(cwd)).toEqual([...before, ...written].sort());
    const commits = [ledger.shas['merge12'], ledger.shas['index'], ledger.shas['report']].map((sha) => sha!.slice(0, 12));
    expect(readFileSync(path.join(cwd, 'content/accomplishments/2026-06-05-speed-up-ledger-reports.mdx'), 'utf8')).toBe(
      [
        '---',
        'title: Speed up ledger reports',
        'date: "2026-06-05"',
        'role: orbit-staff',
        'skills: [go]',
        'bullet: Speed up ledger reports',
        'visibility: private',
        'draft: true',
        'harvestedFrom:',
        '  repository: ledger',
        '  pullRequest: 12',
        `  commits: [${commits.join(', ')}]`,
        '---',
        '',
        'Harvested from ledger (PR #12, branch faster-ledger): 2 commits, 3 files, +60 −0 lines, 2026-06-02 to 2026-06-05.',
        '',
        'Commits:',
        '',
        '- Add index on ledger entries',
        '- Rewrite monthly report query',
        '',
      ].join('\n'),
    );
    const check = checkContent(cwd);
    expect(check.status, check.stderr).toBe(0);

    const remembered = JSON.parse(readFileSync(path.join(cwd, 'content/.harvest.json'), 'utf8')) as { pieces: { file: string; repository: string; commits: string[] }[] };
    expect(remembered.pieces.map((piece) => piece.file)).toEqual(written.map((name) => `accomplishments/${name}`));
    expect(remembered.pieces[0]).toEqual({ file: 'accomplishments/2026-06-05-speed-up-ledger-reports.mdx', repository: 'ledger', commits: [ledger.shas['merge12'], ledger.shas['index'], ledger.shas['report']] });

    // Again, even from an earlier day: every piece is remembered, nothing is proposed or written.
    const again = harvest(cwd, ['--repo', ledger.repository.path, '--since', '2026-05-01', '--write']);
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toBe('harvest: 1 piece of work by noor@noor.example in ledger since 2026-05-01 (5 harvested before left out; content/.harvest.json remembers them)\n\n' +
      '1. Initial ledger service\n   ledger · 2026-05-20 · role orbit-staff · 1 commit, 2 files, +41 −0 lines · skills go\n     - Initial ledger service\n\n' +
      'harvest: wrote content/accomplishments/2026-05-20-initial-ledger-service.mdx (private draft)\n' +
      'harvest: 1 draft written, marked draft: true and visibility: private; to publish one, rewrite its story, delete draft: true and set visibility: public (content/.harvest.json remembers their commits)\n');
    const third = harvest(cwd, ['--repo', ledger.repository.path, '--since', '2026-05-01', '--write']);
    expect(third.stdout).toBe('harvest: no new pieces of work by noor@noor.example in ledger since 2026-05-01 (6 harvested before left out; content/.harvest.json remembers them)\n');
    expect(accomplishments(cwd)).toHaveLength(before.length + 6);
  });

  it('keeps drafts off the website: private, left out of what the public sees, and guarded by the privacy check', () => {
    const cwd = copyFixture();
    expect(harvest(cwd, ['--repo', ledger.repository.path, '--write']).status).toBe(0);
    const { content, problems } = loadContent(path.join(cwd, 'content'));
    expect(problems).toEqual([]);
    const drafts = content.accomplishments.filter((entry) => entry.body.trim().startsWith('Harvested from'));
    expect(drafts).toHaveLength(5);
    expect(drafts.every((entry) => entry.data.visibility === 'private' && entry.data.draft)).toBe(true);
    const shown = new Set(visibleContent(content, 'public').accomplishments.map((entry) => entry.id));
    const sent = new Set(visibleContent(content, 'resume').accomplishments.map((entry) => entry.id));
    expect(drafts.filter((entry) => shown.has(entry.id) || sent.has(entry.id))).toEqual([]);
    // The build's privacy guard fails a build whose files contain any of these.
    const secrets = collectSecrets(content).map((secret) => secret.value);
    expect(secrets).toEqual(expect.arrayContaining(['Speed up ledger reports', 'Add alert rules for ledger lag', 'Rewrite monthly report query']));
  });

  it('keeps a draft off the website even when its visibility is set to public, and review lists it', () => {
    const cwd = copyFixture();
    expect(harvest(cwd, ['--repo', ledger.repository.path, '--write']).status).toBe(0);
    const file = path.join(cwd, 'content/accomplishments/2026-06-05-speed-up-ledger-reports.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('visibility: private', 'visibility: public'));
    const { content, problems } = loadContent(path.join(cwd, 'content'));
    expect(problems).toEqual([]);
    expect(visibleContent(content, 'public').accomplishments.map((entry) => entry.id)).not.toContain('2026-06-05-speed-up-ledger-reports');
    expect(collectSecrets(content).map((secret) => secret.value)).toContain('Rewrite monthly report query');
    const review = runCommand('review', ['--content', 'content', '--since', '2026-06-01', '--until', '2026-06-30'], { cwd });
    expect(review.status, review.stderr).toBe(0);
    expect(review.stdout).toContain('## Drafts to finish\n\n5 drafts, never published until finished');
    expect(review.stdout).toContain(`- **Speed up ledger reports** (Jun 5, 2026; accomplishments/2026-06-05-speed-up-ledger-reports.mdx; harvested from ledger, PR #12, 3 commits)`);
    expect(review.stdout).toMatch(/- \*\*Speed up ledger reports\*\* \(Jun 5, 2026; draft\)/);
  });

  it('skips, with the reason and exit code 1, a piece that no role covers, and writes the rest', () => {
    const repository = new ScratchRepository('old-project', { email: NOOR.email });
    repository.commit(NOOR, '2020-03-02', 'Build the first billing export', { 'billing/export.py': 20 });
    repository.commit(NOOR, '2021-02-01', 'Add billing retries', { 'billing/retry.py': 10 });
    const cwd = copyFixture();
    const result = harvest(cwd, ['--repo', repository.path, '--since', '2020-01-01', '--write']);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('   old-project · 2020-03-02 · no role covers it · 1 commit, 1 file, +20 −0 lines · skills python\n');
    expect(result.stderr).toContain('harvest: skipped "Build the first billing export" (2020-03-02): no role in content/roles/ covers 2020-03-02: pass --role with one of orbit-senior, orbit-staff\n');
    expect(result.stdout).toContain('harvest: wrote content/accomplishments/2021-02-01-add-billing-retries.mdx (private draft)\n');
  });

  it('says in one line that a repository is empty or a shallow clone, and reads what there is', () => {
    const empty = new ScratchRepository('empty', { email: NOOR.email });
    const cwd = copyFixture();
    const emptyResult = harvest(cwd, ['--repo', empty.path]);
    expect(emptyResult.status).toBe(0);
    expect(emptyResult.stderr).toContain(`harvest: note: ${empty.path} has no commits yet, so there is nothing to harvest there\n`);
    expect(emptyResult.stdout).toBe('harvest: no new pieces of work by noor@noor.example in empty since 2026-06-01\n');

    const clone = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-shallow-')), 'ledger');
    const cloned = spawnSync('git', ['clone', '--quiet', '--depth', '3', `file://${ledger.repository.path}`, clone], { encoding: 'utf8', env: { ...process.env, ...HERMETIC_GIT } });
    expect(cloned.status, cloned.stderr).toBe(0);
    const shallow = harvest(cwd, ['--repo', clone, '--author', NOOR.email]);
    expect(shallow.status, shallow.stderr).toBe(0);
    expect(shallow.stderr).toContain(`harvest: note: ${clone} is a shallow clone, so history before 2026-06-16 is missing and a piece of work may look smaller than it was; run git fetch --unshallow there to read all of it\n`);
    expect(titles(shallow.stdout)).toEqual(['Write runbook for rollbacks', 'Tune ledger cache sizes', 'Add alert rules for ledger lag']);
  });

  it.each([
    [[], 'harvest: --repo is missing: name a local git repository to read, e.g. npm run harvest -- --repo ~/code/ledger'],
    [['--repo', 'nowhere'], 'harvest: --repo nowhere does not exist: give the folder of a local clone, e.g. --repo ~/code/ledger'],
    [['--repo', 'content/profile.mdx'], 'harvest: --repo content/profile.mdx is a file, not a folder: give the folder of a local clone, e.g. --repo ~/code/ledger'],
    [['--repo', 'content'], 'harvest: --repo content is not a git repository: give the folder you cloned (the one holding .git)'],
    [['--repo', '.', '--since', '2026-02-30'], 'harvest: --since "2026-02-30" is not a real date: write it as YYYY-MM-DD, e.g. 2026-09-01'],
    [['--repo', '.', '--role', 'astronaut'], 'harvest: --role "astronaut" is not a role in content/roles/: use one of orbit-senior, orbit-staff'],
    [['--repo', '.', '--prs', 'missing.json'], 'harvest: --prs missing.json does not exist: make it with gh pr list --state merged --json number,title,body,mergedAt,reviews,additions,deletions,headRefName > prs.json'],
    [['--repo', '.', '--prs', 'content/profile.mdx'], /^harvest: --prs content\/profile\.mdx is not JSON \(/],
    [['--repo', '.', '--repo', '.', '--prs', 'content/profile.mdx'], 'harvest: one --prs file for 2 repositories: pull request numbers differ between repositories, so give one --prs per --repo, in the same order'],
    [['ledger'], 'harvest: unexpected "ledger": name each repository with --repo, e.g. npm run harvest -- --repo ledger'],
    [['--repo', '.', '--colour'], "harvest: Unknown option '--colour'"],
  ])('refuses %j with one line naming the problem and the fix, and writes nothing', (args, message) => {
    const cwd = copyFixture();
    // A folder outside any repository: the scratch folder is not inside one.
    const before = accomplishments(cwd);
    const result = harvest(cwd, args);
    expect(result.status).toBe(1);
    const first = result.stderr.split('\n').find((line) => !line.startsWith('harvest: work finished since')) ?? '';
    if (typeof message === 'string') expect(first).toBe(message);
    else expect(first).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(accomplishments(cwd)).toEqual(before);
  });

  it('refuses a broken ledger rather than forgetting what was harvested', () => {
    const cwd = copyFixture();
    writeFileSync(path.join(cwd, 'content/.harvest.json'), '{ "pieces": [');
    const result = harvest(cwd, ['--repo', ledger.repository.path, '--write']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^harvest: content\/\.harvest\.json is not valid JSON \(.+\): fix it, or delete it to forget what was harvested \(drafts already written may then be proposed again\)$/m);
    expect(readFileSync(path.join(cwd, 'content/.harvest.json'), 'utf8')).toBe('{ "pieces": [');
  });

  it('reads several repositories, each with its own --prs', () => {
    const other = new ScratchRepository('status-page', { email: NOOR.email });
    other.commit(NOOR, '2026-06-18', 'Add incident banner (#3)', { 'web/banner.ts': 30 });
    const cwd = copyFixture();
    mkdirSync(path.join(cwd, 'prs'));
    writeFileSync(path.join(cwd, 'prs/ledger.json'), JSON.stringify(PULL_REQUESTS));
    writeFileSync(path.join(cwd, 'prs/status.json'), JSON.stringify([{ number: 3, title: 'Show an incident banner on every page', reviews: [{ author: { login: 'cara' } }] }]));
    const result = harvest(cwd, ['--repo', ledger.repository.path, '--prs', 'prs/ledger.json', '--repo', other.path, '--prs', 'prs/status.json']);
    expect(result.status, result.stderr).toBe(0);
    expect(titles(result.stdout)).toEqual(['Speed up ledger reports by 5x', 'Export the ledger as CSV', 'Write runbook', 'Show an incident banner on every page', 'Tune ledger cache sizes', 'Add alert rules for ledger lag']);
    expect(result.stdout).toContain('4. Show an incident banner on every page  [PR #3, 1 review by cara]\n   status-page · 2026-06-18 ·');
  });
});

function titles(stdout: string): string[] {
  return [...stdout.matchAll(/^\d+\. (.+?)(?: {2}\[.*\])?$/gm)].map((match) => match[1]!);
}

function existsLedger(cwd: string): boolean {
  return readdirSync(path.join(cwd, 'content')).includes('.harvest.json');
}

function checkContent(cwd: string) {
  return spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--content-only', '--content', path.join(cwd, 'content')], { encoding: 'utf8' });
}
