import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, astroBuild } from '../support/astro-build.ts';
import { siteFiles } from '../../scripts/lib/site-files.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

const brokenContent = () => ({
  ...minimalContent(),
  'roles/typo-date.mdx': mdx('organisation: Typo Inc\ntitle: Engineer\nstart: 2024-13-01\nsummary: A role with a mistyped month.'),
  'accomplishments/2021-01-01-x.mdx': mdx('title: X\ndate: "2021-01-01"\nrole: acmee\nbullet: Did X.'),
  'skills/sql.mdx': mdx('name: SQL\ncategory: Data\nlevel: guru'),
});

function runCheck(contentDir: string) {
  const result = spawnSync(process.execPath, ['scripts/check.ts', '--content-only', '--content', contentDir], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.split(`${contentDir}/`).join('') };
}

describe('npm run check', () => {
  it('passes the sample persona with a one-line summary', () => {
    const { status, output } = runCheck(path.join(PROJECT_ROOT, 'content'));
    expect(status).toBe(0);
    expect(output).toMatch(/^check: content is valid \(1 profile, \d+ roles, \d+ accomplishments, \d+ skills, /);
  });

  it('lists every problem in one pass and exits 1, without a stack trace', () => {
    const { status, output } = runCheck(writeContentFolder(brokenContent()));
    expect(status).toBe(1);
    expect(output).toContain('roles/typo-date.mdx:4  start  not a real date: use YYYY-MM-DD or YYYY-MM; received "2024-13-01"');
    expect(output).toContain('skills/sql.mdx:4  level  must be one of learning, working, advanced, expert; received "guru"');
    expect(output).toContain('accomplishments/2021-01-01-x.mdx:4  role  no role with id "acmee" exists in content/roles/  (did you mean "acme"?)');
    expect(output).toMatch(/check: 3 problems in /);
    expect(output).not.toMatch(/\n\s+at /);
  });
});

describe('astro build', () => {
  it('fails on content problems, listing all of them, without a stack trace', () => {
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-broken-')), 'dist');
    const result = astroBuild({ contentDir: writeContentFolder(brokenContent()), outDir });
    expect(result.status).toBe(1);
    expect(result.output).toContain('3 problems in your content');
    expect(result.output).toContain('start  not a real date: use YYYY-MM-DD or YYYY-MM; received "2024-13-01"');
    expect(result.output).toContain('role  no role with id "acmee"');
    expect(result.output).toContain('level  must be one of learning, working, advanced, expert');
    expect(result.output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
  });

  it('builds a brand-new user’s site from nothing but a profile', () => {
    const outDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-new-')), 'dist');
    const result = astroBuild({ contentDir: writeContentFolder({ 'profile.mdx': minimalContent()['profile.mdx']! }), outDir });
    expect(result.status, result.output).toBe(0);
    expect(siteFiles(outDir)).toEqual(expect.arrayContaining(['index.html', 'work/index.html', 'skills/index.html', 'contact/index.html', 'rss.xml']));
    // Folders with nothing in them yet are not mistakes: no warning a new user has to read past
    // (but the note --force prints when there was a store to clear, which `npm run build` passes on purpose).
    const warnings = result.output.split('\n').filter((line) => /\bWARN\b|warning/i.test(line) && !line.includes('data store cleared (force)'));
    expect(warnings).toEqual([]);
  });
});
