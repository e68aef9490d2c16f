import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  checkPublicRemote,
  parseGitRemotes,
  PRIVATE_REPOSITORY_CONFIRMED,
  publicCodeHost,
  publicHostRemotes,
  publicRemoteWarning,
  readGitRemotes,
  remoteHost,
} from '../../../../src/lib/content/public-remote.ts';

const remoteV = (...remotes: [name: string, url: string][]) => remotes.flatMap(([name, url]) => [`${name}\t${url} (fetch)`, `${name}\t${url} (push)`]).join('\n') + '\n';

describe('parseGitRemotes', () => {
  it('reads each line of `git remote -v`, with a partial clone filter or Windows line ends', () => {
    expect(parseGitRemotes('origin\tgit@github.com:you/career.git (fetch) [blob:none]\r\norigin\tgit@github.com:you/career.git (push)\r\n\nnonsense\n')).toEqual([
      { name: 'origin', url: 'git@github.com:you/career.git', direction: 'fetch' },
      { name: 'origin', url: 'git@github.com:you/career.git', direction: 'push' },
    ]);
  });

  it('keeps a local path with spaces whole', () => {
    expect(parseGitRemotes('backup\t/media/usb stick/career.git (push)')).toEqual([{ name: 'backup', url: '/media/usb stick/career.git', direction: 'push' }]);
  });
});

describe('remoteHost', () => {
  it.each([
    ['https://github.com/you/career.git', 'github.com', 'you/career'],
    ['https://you:ghp_secret@github.com/you/career.git/', 'github.com', 'you/career'],
    ['https://user:p%40ss@GitLab.com/group/sub/career', 'gitlab.com', 'group/sub/career'],
    ['ssh://git@ssh.github.com:443/you/career.git', 'ssh.github.com', 'you/career'],
    ['git+ssh://git@codeberg.org/you/career.git', 'codeberg.org', 'you/career'],
    ['git@bitbucket.org:you/career.git', 'bitbucket.org', 'you/career'],
    ['github.com:you/career', 'github.com', 'you/career'],
    ['ssh://git@[2001:db8::1]:22/srv/career.git', '2001:db8::1', 'srv/career'],
    ['https://github.com', 'github.com', ''],
  ])('%s → %s %s', (url, host, repositoryPath) => {
    expect(remoteHost(url)).toEqual({ host, path: repositoryPath });
  });

  it.each(['/srv/git/career.git', './career', '../a:b/career', 'file:///srv/git/career.git', ''])('%s is local', (url) => {
    expect(remoteHost(url)).toBeUndefined();
  });

  it('reads a Windows drive letter as no public host', () => {
    expect(publicCodeHost(remoteHost('C:\\Users\\you\\career')?.host ?? '')).toBeUndefined();
  });
});

describe('publicCodeHost', () => {
  it('knows the four public hosts and their subdomains, not look-alikes or self-hosted instances', () => {
    expect(['github.com', 'ssh.github.com', 'GITLAB.COM', 'altssh.gitlab.com', 'codeberg.org', 'bitbucket.org'].map(publicCodeHost)).toEqual([
      'github.com',
      'github.com',
      'gitlab.com',
      'gitlab.com',
      'codeberg.org',
      'bitbucket.org',
    ]);
    expect(['github.example.com', 'notgithub.com', 'gitlab.mycompany.io', 'git.sr.ht', 'localhost'].map(publicCodeHost)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('publicHostRemotes', () => {
  it('lists each remote that pushes to a public host once, without credentials', () => {
    const output = remoteV(['origin', 'https://you:ghp_secret@github.com/you/career.git'], ['backup', '/media/usb/career.git'], ['mirror', 'git@codeberg.org:you/career.git']);
    expect(publicHostRemotes(output)).toEqual([
      { name: 'origin', host: 'github.com', shown: 'github.com/you/career' },
      { name: 'mirror', host: 'codeberg.org', shown: 'codeberg.org/you/career' },
    ]);
    expect(JSON.stringify(publicHostRemotes(output))).not.toContain('ghp_secret');
  });

  it('leaves out upstream, Cairn’s own repository, which is fetched from and never pushed to', () => {
    expect(publicHostRemotes(remoteV(['upstream', 'https://github.com/someone/cairn.git'], ['origin', 'git@git.example.com:you/career.git']))).toEqual([]);
  });

  it('goes by the push address when it differs from the fetch address', () => {
    const output = [
      'origin\thttps://github.com/someone/cairn.git (fetch)',
      'origin\tgit@git.example.com:you/career.git (push)',
      'fork\t/srv/career (fetch)',
      'fork\tgit@gitlab.com:you/career.git (push)',
    ].join('\n');
    expect(publicHostRemotes(output).map((remote) => remote.name)).toEqual(['fork']);
  });

  it('takes a list of bare addresses or lines', () => {
    expect(publicHostRemotes(['https://gitlab.com/you/career.git', '/srv/career', 'origin\tgit@github.com:you/career.git (push)'])).toEqual([
      { name: undefined, host: 'gitlab.com', shown: 'gitlab.com/you/career' },
      { name: 'origin', host: 'github.com', shown: 'github.com/you/career' },
    ]);
  });
});

describe('publicRemoteWarning', () => {
  const onGitHub = remoteV(['origin', 'git@github.com:you/career.git']);

  it('warns in one line, naming the remote, what is at stake and the option that silences it', () => {
    const warning = publicRemoteWarning(onGitHub, true);
    expect(warning).toBeDefined();
    expect(warning).not.toContain('\n');
    expect(warning).toContain('origin (github.com/you/career)');
    expect(warning).toMatch(/make sure the repository is private/i);
    expect(warning).toContain(PRIVATE_REPOSITORY_CONFIRMED);
    expect(PRIVATE_REPOSITORY_CONFIRMED).toBe('privateRepository: confirmed');
  });

  it('names every public remote in the one line', () => {
    const warning = publicRemoteWarning(remoteV(['origin', 'git@github.com:you/career.git'], ['backup', 'https://gitlab.com/you/career.git'], ['mirror', 'git@codeberg.org:you/career.git']), true);
    expect(warning).toContain('the git remotes origin (github.com/you/career), backup (gitlab.com/you/career) and mirror (codeberg.org/you/career) point at public code hosts');
  });

  it('says nothing without private content, once the profile confirms a private repository, or without a public remote', () => {
    expect(publicRemoteWarning(onGitHub, false)).toBeUndefined();
    expect(publicRemoteWarning(onGitHub, true, { privateRepositoryConfirmed: true })).toBeUndefined();
    expect(publicRemoteWarning(remoteV(['origin', 'git@git.example.com:you/career.git']), true)).toBeUndefined();
    expect(publicRemoteWarning('', true)).toBeUndefined();
    expect(publicRemoteWarning([], true)).toBeUndefined();
  });

  it('never repeats a password or token written into the address', () => {
    const warning = publicRemoteWarning(remoteV(['origin', 'https://you:ghp_0123456789abcdef@github.com/you/career.git']), true);
    expect(warning).toContain('github.com/you/career');
    expect(warning).not.toContain('ghp_0123456789abcdef');
    expect(warning).not.toContain('you:');
  });
});

describe('readGitRemotes and checkPublicRemote, with git', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'public-remote-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'ignore' });

  const repository = path.join(scratch, 'career');
  mkdirSync(repository);
  git(repository, 'init', '-q');
  git(repository, 'remote', 'add', 'origin', 'git@github.com:you/career.git');
  git(repository, 'remote', 'add', 'upstream', 'https://github.com/someone/cairn.git');

  it('reads the remotes of the repository that holds the folder', () => {
    const nested = path.join(repository, 'content');
    mkdirSync(nested);
    expect(parseGitRemotes(readGitRemotes(nested)).map((remote) => `${remote.name} ${remote.direction}`)).toEqual(['origin fetch', 'origin push', 'upstream fetch', 'upstream push']);
    expect(checkPublicRemote(nested, true)).toContain('origin (github.com/you/career)');
  });

  it('gives no output, and no warning, outside a repository, without git, or for a missing folder', () => {
    const plain = path.join(scratch, 'plain');
    mkdirSync(plain);
    expect(readGitRemotes(plain)).toBe('');
    expect(readGitRemotes(repository, { git: path.join(scratch, 'no-such-git') })).toBe('');
    expect(readGitRemotes(path.join(scratch, 'missing'))).toBe('');
    expect(checkPublicRemote(repository, true, { git: path.join(scratch, 'no-such-git') })).toBeUndefined();
  });

  it('treats an address as an argument, never as shell text', () => {
    const marker = path.join(scratch, 'ran');
    expect(readGitRemotes(`${repository}; touch ${marker}`)).toBe('');
    expect(readGitRemotes(repository, { git: `git; touch ${marker}` })).toBe('');
    expect(existsSync(marker)).toBe(false);
  });

  it('runs git only when a warning could follow', () => {
    // A stand-in for git that leaves a mark when it runs and names a public remote.
    const ran = path.join(scratch, 'fake-git-ran');
    const fakeGit = path.join(scratch, 'fake-git');
    writeFileSync(fakeGit, `#!/bin/sh\ntouch '${ran}'\nprintf 'origin\\tgit@gitlab.com:you/career.git (push)\\n'\n`, { mode: 0o755 });
    expect(checkPublicRemote(repository, false, { git: fakeGit })).toBeUndefined();
    expect(checkPublicRemote(repository, true, { git: fakeGit, privateRepositoryConfirmed: true })).toBeUndefined();
    expect(existsSync(ran)).toBe(false);
    expect(checkPublicRemote(repository, true, { git: fakeGit })).toContain('origin (gitlab.com/you/career)');
    expect(existsSync(ran)).toBe(true);
  });
});
