import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, userEnvironment } from '../support/astro-build.ts';
import { CHROME } from '../support/build-context.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';
import { longContentFiles } from '../unit/lib/render/resume/fixtures.ts';

/** The stages after the pages (images, resumes, letters) run side by side; a failure in one must not hide another's. */
describe.skipIf(!CHROME)('a build whose images, resumes and letters all fail', () => {
  it('names every problem of the three stages in one run, exits 1 and replaces nothing', () => {
    const longLetter = Array.from({ length: 9 }, (_, index) => `Paragraph ${index + 1} goes on about platforms, reliability, budgets and people for far longer than any hiring manager would read in one sitting, and then it keeps going with more of the same, because the writer could not stop.`).join('\n\n');
    const longHeadline = 'Staff platform engineer for card payments, developer platforms, observability, incident command and calm, sustainable on-call';
    const contentDir = writeContentFolder({
      ...minimalContent(),
      ...longContentFiles('strict'),
      'letters/initrode.mdx': mdx('addressee: { name: Peter Gibbons }\ncompany: Initrode\nrole: Platform Engineer\nresume: long\ndate: "2026-03-05"', `\n${longLetter}\n`),
      'pitches/recruiters.mdx': mdx(`audience: Recruiters\nvenue: Phone screen\nduration: 60\ncard:\n  headline: ${longHeadline}`, 'I make slow systems fast.\n'),
    });
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-side-by-side-'));
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', path.join(scratch, 'dist')], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: userEnvironment({ CAIRN_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795000000', CHROME_PATH: CHROME! }),
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${result.stdout}\n${result.stderr}`.split(`${contentDir}/`).join('content/');

    expect(result.status, output).toBe(1);
    expect(output).toMatch(/does not fit on the front of business card "recruiters"/);
    expect(output).toContain('Resume "long" (content/resumes/long.mdx) prints on 2 pages, 1 page over its limit of 1 (fit: strict).');
    expect(output).toMatch(/Cover letter "initrode" \(content\/letters\/initrode\.mdx\) prints on 2 pages/);
    expect(output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
    // The privacy guard does not run on a build that failed before it, and nothing was swapped in.
    expect(output).not.toContain('no private or resume-only value in the built site');
    expect(output).toMatch(/nothing was replaced/);
    expect(readdirSync(scratch)).toEqual([]);
    expect(existsSync(path.join(scratch, 'out'))).toBe(false);
  });
});
