import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME } from '../support/build-context.ts';
import { buildWithCachesIn, snapshot } from '../support/cached-build.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/**
 * Page cache keys cover only what each page shows of the accomplishments (src/lib/stages/page-shows.ts).
 * These builds prove that an edit reaches every page that shows it, by comparing each incremental
 * build with a cold build of the same content byte for byte, and that it does not render the rest.
 */

/** The pages a build with the caches kept in `folder` rendered, not copied from Astro's cache. */
const build = (contentDir: string, folder: string) => buildWithCachesIn(contentDir, folder).rendered.sort();

/** The site of `contentDir` built with no cache, for comparison. */
function coldSite(contentDir: string): Map<string, Buffer> {
  const cold = mkdtempSync(path.join(os.tmpdir(), 'cairn-incremental-pages-cold-'));
  build(contentDir, cold);
  const site = snapshot(path.join(cold, 'dist'));
  rmSync(cold, { recursive: true, force: true });
  return site;
}

/** The file in dist/ of a page named by its path on the site: `/work/` is `work/index.html`. */
const fileOf = (page: string) => `${page.slice(1)}${page.endsWith('/') ? 'index.html' : ''}`;

/** The files of `site` that differ from `other`'s, or that only one of them has. */
function differences(site: Map<string, Buffer>, other: Map<string, Buffer>): string[] {
  return [...new Set([...site.keys(), ...other.keys()])].filter((file) => !site.get(file)?.equals(other.get(file) ?? Buffer.alloc(0)) || !other.has(file)).sort();
}

const accomplishment = (title: string, date: string, skills: string, tags: string) =>
  mdx(`title: ${title}\ndate: "${date}"\nrole: ${date < '2020' ? 'initech' : 'acme'}\nskills: [${skills}]\ntags: [${tags}]\nbullet: ${title} for the whole platform team.`, '\n## Situation\n\nA story.\n');

const content: Record<string, string> = {
  ...minimalContent(),
  'accomplishments/2019-06-01-cluster.mdx': accomplishment('Moved to one cluster', '2019-06-01', 'kubernetes', 'cost'),
  'accomplishments/2016-10-01-mentoring.mdx': accomplishment('Mentored two new engineers', '2016-10-01', '', 'mentoring'),
  'resumes/speed.mdx': mdx('title: Speed\ntargetRole: Staff Engineer\ninclude: { tags: [performance] }', '\nPlatform engineer.\n'),
  'resumes/costs.mdx': mdx('title: Costs\ntargetRole: Staff Engineer\ninclude: { tags: [cost] }', '\nPlatform engineer.\n'),
};

describe.skipIf(!CHROME)('incremental builds render every page an edit reaches, and no other', () => {
  const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-incremental-pages-'));
  const contentDir = writeContentFolder(content);
  const edit = (file: string, text: string) => writeFileSync(path.join(contentDir, file), text);

  it('renders every page on the first build', () => {
    expect(build(contentDir, project).length).toBeGreaterThan(20);
  });

  it('a featured accomplishment\'s new title reaches the home page, its tag, its skill, the skills page\'s links and its neighbours, and nothing else', () => {
    const before = snapshot(path.join(project, 'dist'));
    edit('accomplishments/2021-05-04-latency.mdx', content['accomplishments/2021-05-04-latency.mdx']!.replace('title: Cut checkout latency', 'title: Cut checkout latency ninefold'));
    const rendered = build(contentDir, project);
    const site = snapshot(path.join(project, 'dist'));
    expect(differences(site, coldSite(contentDir))).toEqual([]);
    expect(rendered).toEqual(['/', '/rss.xml', '/skills/', '/skills/go/', '/work/', '/work/2019-06-01-cluster/', '/work/2021-05-04-latency/', '/work/tags/performance/']);
    // The home page shows it as a featured card, the skills page as Go's newest evidence: their bytes changed, not just their rendering.
    expect(differences(site, before)).toEqual(expect.arrayContaining(['index.html', 'skills/index.html', 'skills/go/index.html', 'work/tags/performance/index.html']));
  });

  it('a tag and a skill added to an old accomplishment reach the new tag\'s page, the skill\'s evidence, the counts and the resume that selects by tag', () => {
    const before = snapshot(path.join(project, 'dist'));
    edit('accomplishments/2016-10-01-mentoring.mdx', accomplishment('Mentored two new engineers', '2016-10-01', 'kubernetes', 'mentoring, cost'));
    const rendered = build(contentDir, project);
    const site = snapshot(path.join(project, 'dist'));
    expect(differences(site, coldSite(contentDir))).toEqual([]);
    const reached = ['/work/tags/cost/', '/skills/kubernetes/', '/skills/', '/', '/resume/costs/', '/resume/costs.txt'];
    expect(rendered).toEqual(expect.arrayContaining(reached));
    for (const page of reached) expect(differences(site, before), page).toContain(fileOf(page));
    // Pages that show nothing of it are copied from the cache.
    for (const page of ['/work/tags/performance/', '/skills/go/', '/resume/speed/', '/contact/', '/work/2021-05-04-latency/']) expect(rendered).not.toContain(page);
  });

  it('renders no page again when the same content is built from another shell command', () => {
    // The shell's `_` names the command it ran: npm, npx, make or a script.
    expect(buildWithCachesIn(contentDir, project, ['--rebuild'], { _: '/usr/bin/make' }).rendered).toEqual([]);
  });
});
