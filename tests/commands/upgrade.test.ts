import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, userEnvironment } from '../support/astro-build.ts';
import { runCommand } from './run.ts';

const IDENTITY = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.com' };

function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { ...process.env, ...IDENTITY } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

function write(root: string, files: Record<string, string | null>): void {
  for (const [file, text] of Object.entries(files)) {
    const full = path.join(root, file);
    if (text === null) rmSync(full);
    else {
      mkdirSync(path.dirname(full), { recursive: true });
      writeFileSync(full, text);
    }
  }
}

function commit(root: string, message: string, files: Record<string, string | null> = {}): string {
  write(root, files);
  git(root, 'add', '--all');
  git(root, 'commit', '--quiet', '--message', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** An upstream repository holding `files`, and a person's clone of it with the remote named upstream. */
function upstreamAndClone(files: Record<string, string>): { upstream: string; mine: string } {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-upgrade-'));
  const upstream = path.join(scratch, 'cairn');
  mkdirSync(upstream);
  git(upstream, 'init', '--quiet', '--initial-branch=main');
  commit(upstream, 'Cairn 1', files);
  git(scratch, 'clone', '--quiet', '--origin', 'upstream', upstream, 'mine');
  return { upstream, mine: path.join(scratch, 'mine') };
}

const upgrade = (cwd: string, args: string[] = []) => runCommand('upgrade', args, { cwd, env: IDENTITY });
const read = (root: string, file: string) => readFileSync(path.join(root, file), 'utf8');

const CAIRN_1 = {
  'src/page.ts': 'export const footer = "v1";\n',
  'src/old.ts': 'old\n',
  'src/styles/brand.css': 'a { color: navy }\n',
  'content/profile.mdx': '---\nname: Sample Person\n---\n',
  'public/_headers': '/*\n  X-Frame-Options: DENY\n',
};

describe('npm run upgrade', () => {
  it('takes Cairn’s changed, new and deleted files, leaves content/ and public/ alone, records the version and commits', () => {
    const { upstream, mine } = upstreamAndClone(CAIRN_1);
    commit(mine, 'My content', { 'content/profile.mdx': '---\nname: Aiko Tanaka\n---\n', 'content/roles/nurse.mdx': 'mine\n', 'src/mine.ts': 'my own module\n' });
    const newer = commit(upstream, 'Cairn 2', { 'src/page.ts': 'export const footer = "v2";\n', 'src/new.ts': 'new\n', 'src/old.ts': null, 'content/profile.mdx': '---\nname: Sample Person 2\n---\n', 'public/_headers': '/*\n  X-Frame-Options: SAMEORIGIN\n' });

    const result = upgrade(mine);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^upgrade: Cairn [0-9a-f]{7} → upstream\/(HEAD|main) \([0-9a-f]{7}\): 1 updated, 1 added, 1 removed$/m);
    expect(result.stdout).toContain('kept as yours, though');
    expect(result.stdout).toContain('  public/_headers');
    expect(read(mine, 'src/page.ts')).toContain('v2');
    expect(read(mine, 'src/new.ts')).toBe('new\n');
    expect(existsSync(path.join(mine, 'src/old.ts'))).toBe(false);
    expect(read(mine, 'content/profile.mdx')).toContain('Aiko Tanaka');
    expect(read(mine, 'content/roles/nurse.mdx')).toBe('mine\n');
    expect(read(mine, 'src/mine.ts')).toBe('my own module\n');
    expect(read(mine, 'public/_headers')).toContain('DENY');
    expect(read(mine, '.cairn/upstream-commit').trim()).toBe(newer);
    expect(git(mine, 'status', '--porcelain')).toBe('');
    expect(git(mine, 'log', '-1', '--format=%s')).toBe(`Upgrade Cairn to ${newer.slice(0, 7)}`);

    // The next upgrade compares with the recorded version, so it has nothing to do.
    expect(upgrade(mine).stdout).toMatch(/^upgrade: already at upstream\/\S+ \([0-9a-f]{7}\); nothing to do$/m);
  });

  it('stops on a file changed on both sides, naming it, until it is declared the person’s own or --force takes Cairn’s', () => {
    const { upstream, mine } = upstreamAndClone(CAIRN_1);
    commit(mine, 'My colours', { 'src/styles/brand.css': 'a { color: teal }\n' });
    commit(upstream, 'Cairn 2', { 'src/styles/brand.css': 'a { color: navy; text-underline-offset: 2px }\n', 'src/page.ts': 'export const footer = "v2";\n' });

    const refused = upgrade(mine);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^upgrade: 1 file was changed both here and in upstream\/\S+:\n {2}src\/styles\/brand\.css\nKeep yours: add it to \.cairn\/own-paths/);
    expect(read(mine, 'src/page.ts')).toContain('v1');

    commit(mine, 'Brand colours are mine', { '.cairn/own-paths': '# my files\nsrc/styles/brand.css\n' });
    const kept = upgrade(mine);
    expect(kept.status, kept.stderr).toBe(0);
    expect(read(mine, 'src/styles/brand.css')).toContain('teal');
    expect(read(mine, 'src/page.ts')).toContain('v2');
  });

  it('with --force takes Cairn’s version of a file changed on both sides', () => {
    const { upstream, mine } = upstreamAndClone(CAIRN_1);
    commit(mine, 'My colours', { 'src/styles/brand.css': 'a { color: teal }\n' });
    commit(upstream, 'Cairn 2', { 'src/styles/brand.css': 'a { color: navy; text-underline-offset: 2px }\n' });
    const forced = upgrade(mine, ['--force']);
    expect(forced.status, forced.stderr).toBe(0);
    expect(forced.stdout).toContain('replaced your changes (--force; yours are in git history):\n  src/styles/brand.css');
    expect(read(mine, 'src/styles/brand.css')).toContain('navy');
  });

  it('refuses to start on uncommitted changes, and on an own-paths line that is not a path, changing nothing', () => {
    const { upstream, mine } = upstreamAndClone(CAIRN_1);
    commit(upstream, 'Cairn 2', { 'src/page.ts': 'export const footer = "v2";\n' });
    write(mine, { 'src/page.ts': 'export const footer = "edited";\n' });
    const dirty = upgrade(mine);
    expect(dirty.status).toBe(1);
    expect(dirty.stderr).toMatch(/^upgrade: 1 file has changes not committed:\n {2}src\/page\.ts\nCommit or stash them first/);
    expect(read(mine, 'src/page.ts')).toContain('edited');

    git(mine, 'checkout', '--quiet', '--', 'src/page.ts');
    commit(mine, 'Own paths', { '.cairn/own-paths': 'src/*.css\n' });
    const wildcard = upgrade(mine);
    expect(wildcard.status).toBe(1);
    expect(wildcard.stderr).toMatch(/^upgrade: \.cairn\/own-paths:1 {2}"src\/\*\.css" is not a path inside the repository/);
  });

  it('says how to name Cairn’s repository when there is no upstream remote', () => {
    const { mine } = upstreamAndClone(CAIRN_1);
    git(mine, 'remote', 'remove', 'upstream');
    const result = upgrade(mine);
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toMatch(/^upgrade: this repository has no remote named upstream\. Add Cairn as one once \(git remote add upstream .*\), or give --from REF$/);
  });

  it('leaves the changes staged with --no-commit, from a --from ref', () => {
    const { upstream, mine } = upstreamAndClone(CAIRN_1);
    commit(upstream, 'Cairn 2', { 'src/page.ts': 'export const footer = "v2";\n' });
    git(mine, 'fetch', '--quiet', 'upstream');
    const result = upgrade(mine, ['--from', 'upstream/main', '--no-commit']);
    expect(result.status, result.stderr).toBe(0);
    expect(git(mine, 'diff', '--cached', '--name-only').split('\n').sort()).toEqual(['.cairn/upstream-commit', 'src/page.ts']);
  });
});

describe('a person’s repository over two Cairn versions', () => {
  it('keeps the site the person made with init when the upgrade brings new code, and the site builds', { timeout: 300_000 }, () => {
    // Cairn as it is in this working tree, as upstream; the person's clone shares its installed packages.
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-upgrade-story-'));
    const upstream = path.join(scratch, 'cairn');
    for (const file of git(PROJECT_ROOT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard').split('\0').filter(Boolean)) {
      if (existsSync(path.join(PROJECT_ROOT, file))) cpSync(path.join(PROJECT_ROOT, file), path.join(upstream, file));
    }
    git(upstream, 'init', '--quiet', '--initial-branch=main');
    commit(upstream, 'Cairn 1');
    git(scratch, 'clone', '--quiet', '--origin', 'upstream', upstream, 'mine');
    const mine = path.join(scratch, 'mine');
    symlinkSync(path.join(PROJECT_ROOT, 'node_modules'), path.join(mine, 'node_modules'));

    const init = runCommand('init', ['--yes', '--name', 'Aiko Tanaka', '--headline', 'Nurse moving into health-tech product', '--role', 'Charge Nurse', '--employer', 'Riverside Clinic', '--since', '2021-09', '--did', 'Cut handover errors on the ward by 40% with a new checklist'], { cwd: mine });
    expect(init.status, init.stderr).toBe(0);
    commit(mine, 'My own start');

    // Cairn 2 changes the site's code and the sample persona.
    const layout = 'src/layouts/Base.astro';
    commit(upstream, 'Cairn 2', {
      [layout]: read(upstream, layout).replace('</body>', '<!-- cairn-2 --></body>'),
      'content/profile.mdx': read(upstream, 'content/profile.mdx').replace('name: Maya Okafor', 'name: Maya Okafor-Reyes'),
    });
    expect(read(upstream, layout)).toContain('cairn-2');

    const result = upgrade(mine);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/1 updated, 0 added, 0 removed/);
    expect(read(mine, 'content/profile.mdx')).toContain('name: Aiko Tanaka');

    const caches = Object.fromEntries(['CAIRN_IMAGE_CACHE', 'CAIRN_PDF_CACHE', 'CAIRN_PDF_TEXT_CACHE'].map((name) => [name, path.join(scratch, name)]));
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: mine, encoding: 'utf8', env: userEnvironment({ ...caches, SOURCE_DATE_EPOCH: '1795000000' }), maxBuffer: 64 * 1024 * 1024 });
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
    const home = read(mine, 'dist/index.html');
    expect(home).toContain('Aiko Tanaka');
    expect(home).toContain('<!-- cairn-2 -->');
    expect(home).not.toContain('Maya Okafor');
  });
});
