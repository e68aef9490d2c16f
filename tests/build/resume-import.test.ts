import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME } from '../support/build-context.ts';
import { jsonResumeProblems } from '../../src/lib/content/json-resume/schema.ts';
import { pageCount } from '../../src/lib/print/pdf-file.ts';
import { noBrowserMessage } from '../../src/lib/stages/resumes.ts';
import { PROJECT_ROOT, astroBuild, userEnvironment } from '../support/astro-build.ts';

/**
 * `npm run import` end to end: the JSON Resume documents that ship inside @jsonresume/schema are
 * imported, checked and built, and the built site's JSON Resume is valid again. The examples are
 * built without a browser (CHROME_PATH pointing nowhere), which is also the test of a build
 * without Chromium.
 */
const require = createRequire(import.meta.url);
const packageFolder = path.dirname(require.resolve('@jsonresume/schema/package.json'));
const official = require('@jsonresume/schema') as { validate(document: unknown, done: (errors: unknown, valid: boolean) => void): void };
const MISSING_CHROME = '/nonexistent/cairn-test/chromium';

function run(script: string, args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { cwd: PROJECT_ROOT, encoding: 'utf8', env: userEnvironment({ SOURCE_DATE_EPOCH: '1795000000' }) });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const importInto = (file: string, folder: string, ...flags: string[]) => run('scripts/import-json-resume.ts', [file, '--content', folder, ...flags]);

function validByOfficialValidator(document: unknown): boolean {
  let valid = false;
  official.validate(document, (_errors, ok) => {
    valid = ok;
  });
  return valid;
}

function listFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('npm run import, then check, then build', () => {
  it.each([
    ['sample.resume.json', true],
    ['examples/career-changer.resume.json', false],
    ['examples/new-grad.resume.json', false],
    ['examples/senior-engineer.resume.json', false],
  ])('%s: imports, passes the check, builds, and exports valid JSON Resume again', async (file, withBrowser) => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-import-'));
    const contentDir = path.join(scratch, 'content');
    const imported = importInto(path.join(packageFolder, file), contentDir);
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toMatch(/^import: wrote \d+ files to /);

    const check = run('scripts/check.ts', ['--content-only', '--content', contentDir]);
    expect(check.status, check.output).toBe(0);

    const dist = path.join(scratch, 'dist');
    const useBrowser = withBrowser && CHROME !== undefined;
    // A PDF an earlier build left: without a browser it would be sent with outdated details.
    mkdirSync(path.join(scratch, 'out/resumes'), { recursive: true });
    writeFileSync(path.join(scratch, 'out/resumes/general.pdf'), '%PDF-1.7 from an earlier build');
    const build = astroBuild({ contentDir, outDir: dist, env: useBrowser ? {} : { CHROME_PATH: MISSING_CHROME } });
    expect(build.status, build.output).toBe(0);
    const exported = JSON.parse(readFileSync(path.join(dist, 'resume/general.json'), 'utf8'));
    expect(jsonResumeProblems(exported)).toEqual([]);
    expect(validByOfficialValidator(exported)).toBe(true);
    const source = JSON.parse(readFileSync(path.join(packageFolder, file), 'utf8'));
    expect(exported.basics.name).toBe(source.basics.name);
    expect(exported.work.length).toBeGreaterThan(0);

    if (useBrowser) {
      expect(existsSync(path.join(dist, 'resume/general.pdf'))).toBe(true);
      return;
    }
    // Without a browser: one warning saying how to get one, no resume PDF, everything else built.
    const warning = noBrowserMessage(MISSING_CHROME);
    expect(build.output.split(warning).length - 1).toBe(1);
    expect(listFiles(path.join(dist, 'resume')).filter((name) => name.endsWith('.pdf'))).toEqual([]);
    expect(listFiles(path.join(dist, 'resume'))).toEqual(['general.docx', 'general.json', 'general.md', 'general.txt', 'general/index.html']);
    expect(readFileSync(path.join(dist, 'resume/general/index.html'), 'utf8')).not.toContain('general.pdf');
    expect(listFiles(path.join(scratch, 'out/resumes'))).toEqual(['general.docx', 'general.json', 'general.md', 'general.txt']);
  });
});

describe('npm run import on bad input', () => {
  const cases: [string, string, string[]][] = [
    ['not JSON', '{ "basics": { "name": "Ada" ', ['is not a JSON Resume Cairn can import (1 problem):', '  the file is not JSON: ']],
    ['wrong types', JSON.stringify({ basics: { name: 'Ada', profiles: 'github' }, work: [{ name: 7 }] }), ['(2 problems):', '  basics.profiles must be a list ([ … ]); received "github"', '  work[0].name must be text (in quotes); received 7']],
    ['no basics.name', JSON.stringify({ basics: { email: 'ada@example.com' } }), ['  basics.name is missing: Cairn needs the name the resume is for, e.g. "name": "Maya Okafor"']],
  ];

  it.each(cases)('%s: says what is wrong in plain words, exits 1 and writes nothing', (_name, text, expected) => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-import-bad-'));
    const file = path.join(scratch, 'resume.json');
    writeFileSync(file, text);
    const result = importInto(file, path.join(scratch, 'content'));
    expect(result.status).toBe(1);
    for (const line of expected) expect(result.output).toContain(line);
    expect(result.output).toContain('Nothing was written.');
    expect(result.output).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(scratch, 'content'))).toBe(false);
  });

  it('never overwrites a file without --force, and reports what it replaced with it', () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-import-again-'));
    const contentDir = path.join(scratch, 'content');
    const sample = path.join(packageFolder, 'sample.resume.json');
    const first = importInto(sample, contentDir);
    expect(first.status).toBe(0);
    // The build takes another content folder from the environment: the next step must say so.
    expect(first.output).toContain(`\nnext: npm run check -- --content ${contentDir}, then CAIRN_CONTENT_DIR=${contentDir} npm run build\n`);
    writeFileSync(path.join(contentDir, 'profile.mdx'), 'my own edits');
    const again = importInto(sample, contentDir);
    expect(again.status).toBe(1);
    expect(again.output).toMatch(/^import: 19 of the 19 files already exist in .*, so nothing was written:/);
    expect(again.output).toContain('Pass --force to overwrite them');
    expect(readFileSync(path.join(contentDir, 'profile.mdx'), 'utf8')).toBe('my own edits');
    const forced = importInto(sample, contentDir, '--force');
    expect(forced.status, forced.output).toBe(0);
    expect(forced.output).toMatch(/profile\.mdx {2}\(replaced\)/);
    expect(readFileSync(path.join(contentDir, 'profile.mdx'), 'utf8')).toMatch(/^---\nname: Richard Hendriks\n/);
  });

  it('reads a file in the older schema, with dates, addresses and HTML as people write them, and builds it', () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-import-older-'));
    const contentDir = path.join(scratch, 'content');
    const imported = importInto(path.join(PROJECT_ROOT, 'tests/fixtures/json-resume/older-schema.json'), contentDir);
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toMatch(/read as found \(20 changes to what older-schema\.json says/);
    expect(imported.output).toContain('  work[0].company  "Świetlik Sp. z o.o."  → read as work[0].name');
    expect(readFileSync(path.join(contentDir, 'roles/swietlik-sp-z-o-o-inzynier.mdx'), 'utf8')).toMatch(/^organisation: Świetlik Sp\. z o\.o\.$/m);
    // Braces from the file are text, not code to run.
    expect(readFileSync(path.join(contentDir, 'profile.mdx'), 'utf8')).toContain('Toujours &#123;curieuse&#125;.');
    const build = astroBuild({ contentDir, outDir: path.join(scratch, 'dist'), env: { CAIRN_OUT_DIR: path.join(scratch, 'out'), CHROME_PATH: MISSING_CHROME } });
    expect(build.status, build.output).toBe(0);
    expect(readFileSync(path.join(scratch, 'dist/index.html'), 'utf8')).toContain('Toujours {curieuse}.');
  });

  it.runIf(CHROME)('sizes the first resume of a ten-job career to fit, so it builds on the first try', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-import-long-'));
    const contentDir = path.join(scratch, 'content');
    const imported = importInto(path.join(PROJECT_ROOT, 'tests/fixtures/json-resume/long-career.json'), contentDir);
    expect(imported.status, imported.output).toBe(0);
    expect(imported.output).toContain('resumes/general.mdx prints on up to 2 pages (10 roles, 40 accomplishments)');
    expect(readFileSync(path.join(contentDir, 'resumes/general.mdx'), 'utf8')).toMatch(/\npages: 2\nfit: auto\n/);
    const build = astroBuild({ contentDir, outDir: path.join(scratch, 'dist'), env: { CAIRN_OUT_DIR: path.join(scratch, 'out') } });
    expect(build.status, build.output).toBe(0);
    expect(await pageCount(readFileSync(path.join(scratch, 'dist/resume/general.pdf')))).toBe(2);
  });

  it('explains its usage when called without a file', () => {
    const result = run('scripts/import-json-resume.ts', []);
    expect(result.status).toBe(1);
    expect(result.output).toBe('import: give exactly one JSON Resume file or LinkedIn export\nusage: npm run import -- <resume.json | LinkedIn export .zip> [--force] [--content DIR] [--language CODE]\n');
  });
});
