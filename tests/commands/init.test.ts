import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { copyFixture, runCommand } from './run.ts';

const ANSWERS = ['--name', 'Aiko Tanaka', '--headline', 'Nurse moving into health-tech product', '--role', 'Charge Nurse', '--employer', 'St. Mary’s Hospital', '--since', '2021-09', '--did', 'Cut handover errors on the ward by 40% with a new checklist', '--did', 'Trained 12 nurses on the new records system'];

/** A copy of the career fixture, committed in a new git repository, as a person's clone holds the sample. */
function committedProject(): string {
  const folder = copyFixture();
  const git = (...args: string[]) => spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: folder, encoding: 'utf8' });
  git('init', '--quiet');
  git('add', '.');
  git('commit', '--quiet', '--message', 'The sample');
  return folder;
}

const filesOf = (folder: string) => readdirSync(path.join(folder, 'content'), { recursive: true }).map(String).sort();

describe('npm run init', () => {
  it('replaces the sample with a start made from answers, says what it removed, and checks the result', () => {
    const project = committedProject();
    const result = runCommand('init', ['--yes', ...ANSWERS], { cwd: project });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^init: this removes the \d+ files now in content\/: accomplishments\/ \(\d+\), .*profile\.mdx/m);
    expect(result.stdout).toMatch(/They stay in git history/);
    expect(result.stdout).toMatch(/^check: content is valid \(1 profile, 1 role, 2 accomplishments/m);
    const profile = readFileSync(path.join(project, 'content/profile.mdx'), 'utf8');
    expect(profile).toContain('name: Aiko Tanaka');
    expect(filesOf(project).filter((file) => file.endsWith('.mdx'))).toHaveLength(5);
    expect(existsSync(path.join(project, 'content-before-init'))).toBe(false);
  });

  it('starts from a JSON Resume with --from, through the import', () => {
    const project = committedProject();
    const result = runCommand('init', ['--yes', '--from', path.join(PROJECT_ROOT, 'tests/fixtures/json-resume/every-section.json')], { cwd: project });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^import: wrote \d+ files to content\//m);
    expect(result.stdout).toMatch(/^check: content is valid/m);
  });

  it('asks for confirmation, and without a terminal to ask in changes nothing unless --yes', () => {
    const project = committedProject();
    const before = filesOf(project);
    const result = runCommand('init', ANSWERS, { cwd: project });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('init: pass --yes to confirm, or run init in a terminal to be asked. Nothing was changed.');
    expect(filesOf(project)).toEqual(before);
  });

  it('refuses to remove changes not committed to git, naming them, unless --force (which keeps a copy)', () => {
    const project = committedProject();
    writeFileSync(path.join(project, 'content/accomplishments/unsaved-story.mdx'), '---\ntitle: Unsaved\n---\n');
    const refused = runCommand('init', ['--yes', ...ANSWERS], { cwd: project });
    expect(refused.status).toBe(1);
    expect(refused.stderr).toMatch(/^init: content\/ has 1 change not committed to git, which init would remove:\n {2}content\/accomplishments\/unsaved-story\.mdx\n/);
    expect(existsSync(path.join(project, 'content/accomplishments/unsaved-story.mdx'))).toBe(true);

    const forced = runCommand('init', ['--yes', '--force', ...ANSWERS], { cwd: project });
    expect(forced.status, forced.stderr).toBe(0);
    expect(existsSync(path.join(project, 'content-before-init/accomplishments/unsaved-story.mdx'))).toBe(true);
  });

  it('leaves the content as it was when the import fails', () => {
    const project = committedProject();
    const before = filesOf(project);
    const broken = path.join(project, 'broken.json');
    writeFileSync(broken, '{ "basics": { "label": "no name" } }');
    const result = runCommand('init', ['--yes', '--from', broken], { cwd: project });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^init: content\/ is as it was\.$/m);
    expect(filesOf(project)).toEqual(before);
    expect(existsSync(path.join(project, 'content-before-init'))).toBe(false);
  });

  it('without a terminal or --from, lists each answer it needs as a flag', () => {
    const project = committedProject();
    const result = runCommand('init', ['--yes', '--name', 'Aiko Tanaka', '--since', '21/09'], { cwd: project });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('  --headline: a headline');
    expect(result.stderr).toContain('  --employer: your current employer is needed');
    expect(result.stderr).toContain('  --since: write the month your role started as YYYY-MM; received "21/09"');
    expect(result.stderr).not.toMatch(/^  --name/m);
  });
});
