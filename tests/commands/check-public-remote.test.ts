import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyFixture, runCommand } from './run.ts';

/** The career fixture (it has notes about people) in a git repository whose origin is `url`. */
function repositoryWithRemote(url: string, profileLine?: string): string {
  const folder = copyFixture();
  spawnSync('git', ['init', '--quiet'], { cwd: folder });
  spawnSync('git', ['remote', 'add', 'origin', url], { cwd: folder });
  if (profileLine) {
    const profile = path.join(folder, 'content/profile.mdx');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace(/^---\n/, `---\n${profileLine}\n`));
  }
  return folder;
}

const warnings = (folder: string) => runCommand('check', [], { cwd: folder }).stderr.split('\n').filter((line) => line.includes('public code host'));

describe('npm run check on a repository that may be public', () => {
  it('warns once when private content sits in a repository on a public code host, with how to silence it', () => {
    const lines = warnings(repositoryWithRemote('https://user:secret-token@github.com/someone/career.git'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^check: warning: the git remote origin \(github\.com\/someone\/career\) points at a public code host, and your content holds private material .* add `privateRepository: confirmed` to content\/profile\.mdx to silence this\.$/);
    expect(lines[0]).not.toContain('secret-token');
  });

  it('says nothing once the profile confirms the repository is private, for the fictional sample, or for a host of the person’s own', () => {
    expect(warnings(repositoryWithRemote('git@github.com:someone/career.git', 'privateRepository: confirmed'))).toEqual([]);
    expect(warnings(repositoryWithRemote('git@github.com:someone/career.git', 'samplePersona: true'))).toEqual([]);
    expect(warnings(repositoryWithRemote('ssh://git@git.example.org/career.git'))).toEqual([]);
  });

  it('names a mistyped confirmation as a problem', () => {
    const result = runCommand('check', [], { cwd: repositoryWithRemote('git@github.com:someone/career.git', 'privateRepository: yes') });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^content\/profile\.mdx:2 {2}privateRepository {2}write privateRepository: confirmed once the repository is private, or leave it out; received "yes"$/m);
  });
});
