import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content/frontmatter.ts';
import { POSTING, SAMPLE_JOB, copyFixture, runCommand } from './run.ts';

const tailor = (cwd: string, args: string[], input?: string) => runCommand('tailor', [...args, '--content', 'content'], { cwd, ...(input === undefined ? {} : { input }) });
const resumes = (cwd: string) => readdirSync(path.join(cwd, 'content/resumes')).sort();

describe('npm run tailor', () => {
  it('prints a coverage report for a Markdown posting', () => {
    const result = tailor(copyFixture(), [POSTING]);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# Tailoring: Platform Engineer at Initrode\n\ncareer-posting\.md \(text\): 4 requirements, 3 with evidence, 0 covered only by a skill you list, 1 with no evidence\./);
    expect(result.stdout).toContain('## Requirements with no evidence\n\n- **Experience with Scala** (requirement)');
  });

  it('reads the posting from standard input with -', () => {
    const result = tailor(copyFixture(), ['-', '--format', 'json'], readFileSync(POSTING, 'utf8'));
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).ranking[0].id).toBe('2026-05-10-ledger-latency');
  });

  it('writes a draft variant for the sample JSON Resume job that the check accepts, never overwriting', () => {
    const cwd = copyFixture();
    const first = tailor(cwd, [SAMPLE_JOB, '--write']);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toBe('tailor: wrote content/resumes/microsoft-web-developer.mdx: a draft resume variant (visibility: resume); edit its summary, then npm run check\n');
    const draft = parseContentFile(readFileSync(path.join(cwd, 'content/resumes/microsoft-web-developer.mdx'), 'utf8'));
    expect(draft.data).toEqual({
      title: 'Web Developer at Microsoft',
      targetRole: 'Web Developer',
      emphasis: { skills: { typescript: 3, postgresql: 2 } },
      pinned: ['2025-09-12-status-page', '2026-05-10-ledger-latency', '2026-03-15-helm-charts'],
      visibility: 'resume',
    });
    expect(draft.body.trim()).toBe('Staff Platform Engineer with a record in TypeScript and PostgreSQL. I keep databases fast and platforms boring.');
    const check = spawnSync(process.execPath, [path.resolve('scripts/check.ts'), '--content-only', '--content', path.join(cwd, 'content')], { encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    expect(tailor(cwd, [SAMPLE_JOB, '--write']).status).toBe(0);
    expect(resumes(cwd)).toEqual(['data.mdx', 'microsoft-web-developer-2.mdx', 'microsoft-web-developer.mdx', 'platform.mdx']);
  });

  it.each([
    [['missing.txt'], 'tailor: cannot read the posting missing.txt (no such file): pass the path of a job posting saved as .json, .md or .txt'],
    [['content'], 'tailor: content is a folder: pass the posting file inside it, e.g. npm run tailor -- content/posting.txt'],
    [['bad.json'], 'tailor: the posting bad.json is not valid JSON (Unexpected end of JSON input): fix the JSON, or save the posting as .txt to read it as plain text'],
    [['wrong.json'], 'tailor: the posting wrong.json is not a valid JSON Resume job document: skills must be a list ([ … ]); received "Kubernetes": correct that field (see @jsonresume/schema job-schema.json), or save the posting as .txt'],
    [['nocompany.txt', '--write'], 'tailor: --write needs the company, and nocompany.txt does not name one: pass --company "Acme", or add a line "Company: Acme" to the posting'],
    [[], 'tailor: the posting is missing: save the job posting to a file and pass its path, e.g. npm run tailor -- posting.txt'],
    [['posting.txt', '--fast'], "tailor: Unknown option '--fast'"],
  ])('refuses %j with one line naming the problem and the fix, and writes nothing', (args, message) => {
    const cwd = copyFixture();
    writeFileSync(path.join(cwd, 'bad.json'), '{"title": ');
    writeFileSync(path.join(cwd, 'wrong.json'), '{"title": "SRE", "skills": "Kubernetes"}');
    writeFileSync(path.join(cwd, 'nocompany.txt'), 'Site Reliability Engineer\n\n- Run Kubernetes\n');
    const result = tailor(cwd, args);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(message);
    expect(resumes(cwd)).toEqual(['data.mdx', 'platform.mdx']);
  });

  it('names the draft after the company without the location the posting wrote beside it', () => {
    const cwd = copyFixture();
    writeFileSync(path.join(cwd, 'lumen.md'), '# Senior SRE at Lumen Health (Minneapolis or remote)\n\n- Run Kubernetes with Helm\n');
    const result = tailor(cwd, ['lumen.md', '--write']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^tailor: wrote content\/resumes\/lumen-health-senior-sre\.mdx:/);
    expect(result.stdout).toMatch(/^# Tailoring: Senior SRE at Lumen Health\n/);
  });

  it('takes the company from --company when the posting lacks one', () => {
    const cwd = copyFixture();
    writeFileSync(path.join(cwd, 'posting.txt'), 'Site Reliability Engineer\n\n- Run Kubernetes with Helm\n');
    expect(tailor(cwd, ['posting.txt', '--write', '--company', 'Umbrella Corp']).status).toBe(0);
    expect(resumes(cwd)).toContain('umbrella-corp-site-reliability-engineer.mdx');
  });
});
