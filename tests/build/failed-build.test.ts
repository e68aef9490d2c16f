import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, userEnvironment } from '../support/astro-build.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/** `npm run build` of `contentDir` into `<scratch>/dist`, its copies to send into `<scratch>/out`. */
function build(contentDir: string, scratch: string) {
  const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', path.join(scratch, 'dist')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: userEnvironment({ CAIRN_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795000000', CHROME_PATH: '/nonexistent/cairn-test/chromium' }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Every file of a folder with its bytes, to compare two moments. */
function snapshot(folder: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => path.join(item.parentPath, item.name))
      .sort()
      .map((file) => [path.relative(folder, file), readFileSync(file).toString('base64')]),
  );
}

const variant = (headline: string) => mdx(`title: Platform\ntargetRole: Staff Engineer\nheadline: ${headline}`, '\nPlatform engineer.\n');

describe('a build that fails after the resumes were written', () => {
  // The two tests follow one project: a good build, a failed one, then a good one again.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-failed-build-'));
  const good = { ...minimalContent(), 'resumes/platform.mdx': variant('Makes slow systems fast'), 'resumes/data.mdx': variant('Makes data useful') };

  it('leaves dist/ and the copies in out/ exactly as the last good build left them', () => {
    const first = build(writeContentFolder(good), scratch);
    expect(first.status, first.output).toBe(0);
    const before = { dist: snapshot(path.join(scratch, 'dist')), out: snapshot(path.join(scratch, 'out')) };
    expect(Object.keys(before.out)).toEqual(expect.arrayContaining(['resumes/platform.txt', 'resumes/platform.json']));

    // A new headline for the resumes, and a card headline too long to fit: the image stage fails after the resume stage wrote its files.
    const longHeadline = 'Staff platform engineer for card payments, developer platforms, observability, incident command and calm, sustainable on-call';
    const broken = writeContentFolder({
      ...good,
      'resumes/platform.mdx': variant('A headline from the failed build'),
      'pitches/recruiters.mdx': mdx(`audience: Recruiters\nvenue: Phone screen\nduration: 60\ncard:\n  headline: ${longHeadline}`, 'I make slow systems fast.\n'),
    });
    const second = build(broken, scratch);
    expect(second.status, second.output).toBe(1);
    expect(second.output).toMatch(/does not fit on the front of business card "recruiters"/);
    expect(second.output).toMatch(/nothing was replaced/);
    expect(snapshot(path.join(scratch, 'dist'))).toEqual(before.dist);
    expect(snapshot(path.join(scratch, 'out'))).toEqual(before.out);
    expect(readdirSync(scratch).sort()).toEqual(['dist', 'out']);
  });

  it('replaces out/ whole on the next good build, keeping no copy of a variant that is gone', () => {
    writeFileSync(path.join(scratch, 'out', 'notes.txt'), 'a file of my own beside the copies');
    const { ['resumes/data.mdx']: _gone, ...fewer } = good;
    expect(build(writeContentFolder(fewer), scratch).status).toBe(0);
    const files = Object.keys(snapshot(path.join(scratch, 'out')));
    expect(files.filter((file) => file.startsWith('resumes/data.'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['resumes/platform.txt', 'notes.txt']));
  });
});
