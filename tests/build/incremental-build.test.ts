import { mkdtempSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME } from '../support/build-context.ts';
import { buildWithCachesIn, snapshot } from '../support/cached-build.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/** `npm run build` with the caches kept in `folder`, and what it drew and printed. */
function build(contentDir: string, folder: string, flags: string[] = []) {
  const result = buildWithCachesIn(contentDir, folder, flags);
  return {
    ...result,
    imagesMade: Number(/Open Graph images: (\d+) made/.exec(result.output)?.[1]),
    pdfsPrinted: Number(/resume PDFs: \d+ from the cache, (\d+) printed/.exec(result.output)?.[1]),
  };
}

const variant = (title: string, tag: string) => mdx(`title: ${title}\ntargetRole: Staff Engineer\ninclude: { tags: [${tag}] }`, '\nPlatform engineer.\n');

const content = {
  ...minimalContent(),
  'resumes/speed.mdx': variant('Speed', 'performance'),
  'resumes/costs.mdx': variant('Costs', 'cost'),
};

/** A new accomplishment only the "costs" resume selects, newer than every other. */
const newAccomplishment = {
  'accomplishments/2023-02-01-storage-costs.mdx': mdx(
    `
title: Halved the storage bill
date: "2023-02-01"
role: acme
skills: [go]
tags: [cost]
bullet: Halved the object-storage bill by expiring build artefacts after 30 days.
`,
    '## Situation\n\nBuild artefacts were kept forever.\n',
  ),
};

describe.skipIf(!CHROME)('a rebuild with the caches of the last build', () => {
  // The tests follow one project and one content folder: a first build, the same again, then one accomplishment more.
  const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-incremental-'));
  const contentDir = writeContentFolder(content);

  it('renders no page, draws no image and prints no PDF when nothing changed', () => {
    const first = build(contentDir, project);
    expect(first.rendered.length).toBeGreaterThan(20);
    // --rebuild runs Astro and every stage although nothing changed: all of it comes from the caches.
    const second = build(contentDir, project, ['--rebuild']);
    expect(second.rendered).toEqual([]);
    expect(second.copied.sort()).toEqual(first.rendered.sort());
    expect([second.imagesMade, second.pdfsPrinted]).toEqual([0, 0]);
  });

  it('does not run Astro at all when nothing changed since the last build, and leaves every file as it was', () => {
    const before = [snapshot(path.join(project, 'dist')), snapshot(path.join(project, 'out'))];
    const third = build(contentDir, project);
    expect(third.output).toMatch(/build: nothing changed since the last build/);
    expect(third.rendered).toEqual([]);
    expect(third.copied).toEqual([]);
    expect([snapshot(path.join(project, 'dist')), snapshot(path.join(project, 'out'))]).toEqual(before);
  });

  it('with one new accomplishment: draws its image and its lists\' images, renders the pages that show it, prints only the resume that lists it', () => {
    const before = snapshot(path.join(project, 'out', 'resumes'));
    const imagesBefore = snapshot(path.join(project, 'dist'));
    const inode = (file: string) => statSync(path.join(project, 'dist', file)).ino;
    const unchangedImage = inode('og/work/2018-03-02-billing.png');
    for (const [file, text] of Object.entries(newAccomplishment)) writeFileSync(path.join(contentDir, file), text);
    const third = build(contentDir, project);
    const after = snapshot(path.join(project, 'out', 'resumes'));
    const imagesAfter = snapshot(path.join(project, 'dist'));
    const redrawn = [...imagesAfter].filter(([file, bytes]) => file.endsWith('.png') && !imagesBefore.get(file)?.equals(bytes)).map(([file]) => file);

    // Its case study's image, and those of the lists whose count it changes: work, its tag, its skill.
    expect(redrawn.sort()).toEqual(['og/skills/go.png', 'og/work.png', 'og/work/2023-02-01-storage-costs.png', 'og/work/tags/cost.png']);
    expect(third.imagesMade).toBe(redrawn.length);
    // An unchanged image is the last site's file, linked; a redrawn one is a file of its own.
    expect(inode('og/work/2018-03-02-billing.png')).toBe(unchangedImage);
    expect(statSync(path.join(project, 'dist', 'og/work.png')).nlink).toBe(1);
    // Its case study, the newer-neighbour link on the next one, and the lists: home, work, its tag, its skill, the feed.
    expect(third.rendered).toEqual(expect.arrayContaining(['/work/2023-02-01-storage-costs/', '/work/2021-05-04-latency/', '/work/', '/work/tags/cost/', '/skills/go/', '/', '/rss.xml']));
    expect(third.copied).toContain('/work/2018-03-02-billing/');
    // The website's copy and the direct-send copy of the "costs" resume; "speed" is as it was, byte for byte.
    expect(third.pdfsPrinted).toBe(2);
    expect(after.get('speed.txt')).toEqual(before.get('speed.txt'));
    expect(after.get('speed.pdf')).toEqual(before.get('speed.pdf'));
    expect(after.get('costs.txt')).not.toEqual(before.get('costs.txt'));
  });

  it('writes an image again whose file in the last site was changed since, never linking it', () => {
    const dist = path.join(project, 'dist');
    // Written over in place (a person's editor), and replaced by another file.
    writeFileSync(path.join(dist, 'og/work/2018-03-02-billing.png'), 'not the image');
    writeFileSync(path.join(dist, 'og/other.png'), 'not the image either');
    renameSync(path.join(dist, 'og/other.png'), path.join(dist, 'og/skills/go.png'));
    const rebuilt = build(contentDir, project, ['--rebuild']);
    expect(rebuilt.imagesMade).toBe(0);
    // The next test compares every file with a build from no cache.
  });

  it('writes the same site, byte for byte, as a build of the same content with no cache', () => {
    const cold = mkdtempSync(path.join(os.tmpdir(), 'cairn-incremental-cold-'));
    build(contentDir, cold);
    const incremental = snapshot(path.join(project, 'dist'));
    const fresh = snapshot(path.join(cold, 'dist'));
    expect([...incremental.keys()]).toEqual([...fresh.keys()]);
    const differing = [...fresh].filter(([file, bytes]) => !bytes.equals(incremental.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);
    rmSync(cold, { recursive: true, force: true });
  });
});
