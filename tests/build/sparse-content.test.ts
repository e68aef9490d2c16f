import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { astroBuild } from '../support/astro-build.ts';
import { mdx, writeContentFolder } from '../support/content-fixture.ts';

const profile = mdx('name: Ada Example\nheadline: Engineer\nvalueProposition: I make things work.\nsite: https://ada.example');
const variant = mdx('title: General\ntargetRole: Engineer');
const role = mdx('organisation: Acme\ntitle: Engineer\nstart: "2022-01"');

/** What a person starting out might have: each builds a site and a resume, with nothing empty on show. */
const SPARSE: Record<string, Record<string, string>> = {
  'a profile and a resume, no dates at all': { 'profile.mdx': profile, 'resumes/general.mdx': variant },
  'only education': { 'profile.mdx': profile, 'resumes/general.mdx': variant, 'education/leeds.mdx': mdx('institution: University of Leeds\ntitle: BSc Computer Science\nstart: "2021"') },
  'one role without a summary, one accomplishment, no skills, no About text': {
    'profile.mdx': profile,
    'resumes/general.mdx': variant,
    'roles/acme.mdx': role,
    'accomplishments/2023-01-01-shipped.mdx': mdx('title: Shipped the app\ndate: "2023-01-01"\nrole: acme\nbullet: Shipped the app to its first thousand users.'),
  },
  'a fresh start from npm run init, its value proposition the headline again': {
    'profile.mdx': mdx('name: Ada Example\nheadline: Nurse moving into product\nvalueProposition: Nurse moving into product\nsite: https://ada.example'),
    'resumes/general.mdx': variant,
    'roles/acme.mdx': role,
  },
};

describe.each(Object.entries(SPARSE))('sparse content: %s', (_name, files) => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-sparse-'));
  const dist = path.join(scratch, 'dist');
  // Without a browser: what crashed on sparse content was the Word export, and printing PDFs would only slow the four builds.
  const build = astroBuild({ contentDir: writeContentFolder(files), outDir: dist, env: { CAIRN_OUT_DIR: path.join(scratch, 'out'), CHROME_PATH: '/nonexistent/cairn-test/chromium' } });

  it('builds, without an error or a stack trace', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).not.toMatch(/\[ERROR\]|^\s+at .+:\d+:\d+\)?$/m);
  });

  it('makes the resume in every format, the Word file a valid document', () => {
    for (const format of ['txt', 'md', 'json', 'docx']) expect(existsSync(path.join(dist, `resume/general.${format}`)), format).toBe(true);
    expect(Object.keys(unzipSync(readFileSync(path.join(dist, 'resume/general.docx'))))).toContain('word/document.xml');
    expect(readFileSync(path.join(dist, 'resume/general.txt'), 'utf8')).toMatch(/^Ada Example/);
  });

  it('shows no empty section on the home page and no button to a page with nothing on it', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    expect(home).not.toMatch(/<h2 id="about">[^<]*<\/h2>\s*<\/section>/);
    const hasWork = Object.keys(files).some((file) => file.startsWith('accomplishments/'));
    expect(/class="button secondary" href="\/work\/"/.test(home), 'the button to the work page').toBe(hasWork);
  });

  it('says the headline once on the home page, with the value proposition only when it is a sentence of its own', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    const repeats = (files['profile.mdx'] ?? '').includes('valueProposition: Nurse moving into product');
    expect(home.includes('<p class="value">'), 'the value proposition paragraph').toBe(!repeats);
  });

  it('has no projects, talks or testimonials page, and no link to one, when there are none to show', () => {
    const home = readFileSync(path.join(dist, 'index.html'), 'utf8');
    for (const section of ['projects', 'publications', 'testimonials']) {
      expect(existsSync(path.join(dist, section)), section).toBe(false);
      expect(home, section).not.toContain(`href="/${section}/"`);
    }
  });
});
