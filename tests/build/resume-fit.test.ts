import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME } from '../support/build-context.ts';
import { docxText } from '../../src/lib/privacy/docx-text.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { jsonResumeProblems } from '../../src/lib/content/json-resume/schema.ts';
import { selectResume, shownBullets } from '../../src/lib/model/resume/selection.ts';
import { resumeText } from '../../src/lib/render/resume/text-export.ts';
import { astroBuild } from '../support/astro-build.ts';
import { mdx } from '../support/content-fixture.ts';
import { longContentFolder, modelFor } from '../unit/lib/render/resume/fixtures.ts';

/** Whole builds of a resume too long for its page: trimmed with fit: auto, refused with fit: strict. */
const chrome = CHROME;

describe.skipIf(!chrome)('a resume over its page limit, built', () => {
  it('is trimmed in auto mode: the PDF, the page and every download leave out the same bullets, and the build says which', async () => {
    const contentDir = longContentFolder('auto');
    // A variant only for sending, and a stale copy of a variant that no longer exists.
    writeFileSync(path.join(contentDir, 'resumes/for-sending.mdx'), mdx('title: For sending\ntargetRole: Engineer\nvisibility: resume'));
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-fit-auto-')), 'dist');
    mkdirSync(path.join(path.dirname(dist), 'out/resumes'), { recursive: true });
    writeFileSync(path.join(path.dirname(dist), 'out/resumes/gone.pdf'), 'an old resume');
    // A cache of its own: the first build prints, the second finds every PDF in the cache.
    const env = { CAIRN_PDF_CACHE: mkdtempSync(path.join(os.tmpdir(), 'cairn-fit-cache-')) };
    const result = astroBuild({ contentDir, outDir: dist, env });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('resume PDFs: 0 from the cache, 3 printed');
    const leftOut = /resume "long" \(website copy\): left out (\d+) lowest-ranked bullets to fit 1 page \(fit: auto\): (.+)/;
    const line = leftOut.exec(result.output);
    expect(line, result.output).not.toBeNull();
    // An unchanged rebuild prints nothing and still says what the resume leaves out.
    const rebuild = astroBuild({ contentDir, outDir: path.join(path.dirname(dist), 'dist-again'), env });
    expect(rebuild.output).toContain('resume PDFs: 3 from the cache, 0 printed');
    expect(leftOut.exec(rebuild.output)?.[0]).toBe(line![0]);
    const dropped = line![2]!.trim().split(', ');
    expect(dropped).toHaveLength(Number(line![1]));

    const model = modelFor(contentDir);
    expect(dropped).toEqual(selectResume(model, 'long').dropOrder.slice(0, dropped.length));
    const fitted = selectResume(model, 'long', { drop: dropped });
    const html = readFileSync(path.join(dist, 'resume/long/index.html'), 'utf8');
    expect([...html.matchAll(/data-accomplishment="([^"]+)"/g)].map((match) => match[1])).toEqual(shownBullets(fitted).map((bullet) => bullet.id));
    expect(readFileSync(path.join(dist, 'resume/long.txt'), 'utf8')).toBe(resumeText(fitted));
    const json = JSON.parse(readFileSync(path.join(dist, 'resume/long.json'), 'utf8'));
    expect(jsonResumeProblems(json)).toEqual([]);
    expect(json.work.flatMap((job: { highlights?: string[] }) => job.highlights ?? [])).toHaveLength(shownBullets(fitted).length);
    expect(await pdfPageTexts(readFileSync(path.join(dist, 'resume/long.pdf')))).toHaveLength(1);
    const wordLines = new Set(docxText(readFileSync(path.join(dist, 'resume/long.docx'))).split('\n'));
    expect(shownBullets(selectResume(model, 'long')).filter((bullet) => wordLines.has(bullet.text)).map((bullet) => bullet.id)).toEqual(shownBullets(fitted).map((bullet) => bullet.id));
    // The direct-send copy is fitted on its own and fits too.
    expect(await pdfPageTexts(readFileSync(path.join(path.dirname(dist), 'out/resumes/long.pdf')))).toHaveLength(1);
    // A resume-only variant goes to out/ alone; a variant removed from the content leaves no copy behind.
    expect(readdirSync(path.join(dist, 'resume')).filter((name) => name.startsWith('for-sending'))).toEqual([]);
    expect(readdirSync(path.join(path.dirname(dist), 'out/resumes')).sort()).toEqual(
      ['for-sending', 'long'].flatMap((id) => ['docx', 'json', 'md', 'pdf', 'txt'].map((format) => `${id}.${format}`)),
    );
  });

  it('fails the build in strict mode, naming the variant and the overflow, without a stack trace', () => {
    const contentDir = longContentFolder('strict');
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-fit-strict-')), 'dist');
    const result = astroBuild({ contentDir, outDir: dist });
    expect(result.status).toBe(1);
    const output = result.output.split(`${contentDir}/`).join('content/');
    expect(output).toContain('Resume "long" (content/resumes/long.mdx) prints on 2 pages, 1 page over its limit of 1 (fit: strict).');
    expect(output).toMatch(/Leaving out its \d+ lowest-ranked bullets would make it fit: [0-9a-z-]+(, [0-9a-z-]+)*\. To do so, lower limits\.bulletsPerRole/);
    expect(output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
    expect(existsSync(path.join(dist, 'resume/long.pdf'))).toBe(false);
  });
});
