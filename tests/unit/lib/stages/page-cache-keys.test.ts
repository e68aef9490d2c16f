import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BuildContext } from '../../../../src/lib/model/build-context.ts';
import { tagCounts } from '../../../../src/lib/render/site-views.ts';
import { pageCacheKeys } from '../../../../src/lib/stages/page-cache-keys.ts';
import { testContext } from '../../../support/build-context.ts';
import { mdx, minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

const accomplishment = (title: string, date: string, skills: string, tags: string, extra = '') =>
  mdx(`title: ${title}\ndate: "${date}"\nrole: ${date < '2020' ? 'initech' : 'acme'}\nskills: [${skills}]\ntags: [${tags}]\nbullet: ${title} for the whole platform team.\n${extra}`, '\nA story.\n');

/** Five public accomplishments, newest first: 2023 queue, 2021 latency (featured), 2019 cluster, 2018 billing, 2016 mentoring. */
const CONTENT: Record<string, string> = {
  ...minimalContent(),
  'accomplishments/2023-01-10-queue.mdx': accomplishment('Replaced the job queue', '2023-01-10', 'go', 'performance'),
  'accomplishments/2019-06-01-cluster.mdx': accomplishment('Moved to one cluster', '2019-06-01', 'kubernetes', 'cost'),
  'accomplishments/2016-10-01-mentoring.mdx': accomplishment('Mentored two new engineers', '2016-10-01', '', 'mentoring'),
  'resumes/speed.mdx': mdx('title: Speed\ntargetRole: Staff Engineer\ninclude: { tags: [performance] }', '\nPlatform engineer.\n'),
  'resumes/costs.mdx': mdx('title: Costs\ntargetRole: Staff Engineer\ninclude: { tags: [cost] }', '\nPlatform engineer.\n'),
};

/** Every page of the site in its default language, by a label: `route` or `route param`. */
function pagesOf(context: BuildContext): Map<string, { component: string; params: Record<string, string> }> {
  const model = context.model(context.defaultLanguage, 'public');
  const pages = new Map<string, { component: string; params: Record<string, string> }>();
  for (const route of ['index.astro', 'work/index.astro', 'rss.xml.ts', 'skills/index.astro', 'resumes/index.astro', 'contact/index.astro', '404.astro']) pages.set(route, { component: `src/pages/${route}`, params: {} });
  for (const entry of model.accomplishments) pages.set(`work ${entry.id}`, { component: 'src/pages/work/[id].astro', params: { id: entry.id } });
  for (const { tag } of tagCounts(model.accomplishments)) pages.set(`tag ${tag}`, { component: 'src/pages/work/tags/[tag].astro', params: { tag } });
  for (const skill of model.skills) pages.set(`skill ${skill.id}`, { component: 'src/pages/skills/[id].astro', params: { id: skill.id } });
  for (const resume of model.resumes) {
    pages.set(`resume ${resume.id}`, { component: 'src/pages/resume/[id]/index.astro', params: { id: resume.id } });
    pages.set(`resume ${resume.id}.txt`, { component: 'src/pages/resume/[id].txt.ts', params: { id: resume.id } });
  }
  pages.set('a route the keys do not know', { component: 'src/pages/new-route.astro', params: {} });
  return pages;
}

function keysOf(contentDir: string): Map<string, string> {
  const context = testContext(contentDir, { sourceDateEpoch: '1795000000' });
  const key = pageCacheKeys(context, false);
  return new Map([...pagesOf(context)].map(([label, page]) => [label, key(page)]));
}

/** The pages whose keys differ after `edit` (files to write over the content), and so are rendered again. */
function renderedAfter(edit: Record<string, string>): string[] {
  const contentDir = writeContentFolder(CONTENT);
  const before = keysOf(contentDir);
  for (const [file, text] of Object.entries(edit)) writeFileSync(path.join(contentDir, file), text);
  const after = keysOf(contentDir);
  return [...after].filter(([label, key]) => before.get(label) !== key).map(([label]) => label).sort();
}

describe('page cache keys: a page is rendered again when what it shows changed, and only then', () => {
  it('a title reaches its case study, its neighbours\', the lists it is on and the skills page that links it by title', () => {
    const edit = { 'accomplishments/2019-06-01-cluster.mdx': CONTENT['accomplishments/2019-06-01-cluster.mdx']!.replace('Moved to one cluster', 'Moved every service to one cluster') };
    expect(renderedAfter(edit)).toEqual([
      'a route the keys do not know',
      'rss.xml.ts',
      'skill kubernetes',
      'skills/index.astro',
      'tag cost',
      'work 2018-03-02-billing',
      'work 2019-06-01-cluster',
      'work 2021-05-04-latency',
      'work/index.astro',
    ]);
  });

  it('the title of the oldest evidence of a skill with more than three does not reach the skills page, which links three', () => {
    const extra = {
      'accomplishments/2024-01-01-go-a.mdx': accomplishment('Go one', '2024-01-01', 'go', 'performance'),
      'accomplishments/2024-02-01-go-b.mdx': accomplishment('Go two', '2024-02-01', 'go', 'performance'),
      'accomplishments/2024-03-01-go-c.mdx': accomplishment('Go three', '2024-03-01', 'go', 'performance'),
    };
    const contentDir = writeContentFolder({ ...CONTENT, ...extra });
    const before = keysOf(contentDir);
    writeFileSync(path.join(contentDir, 'accomplishments/2018-03-02-billing.mdx'), CONTENT['accomplishments/2018-03-02-billing.mdx']!.replace('Rebuilt the billing run', 'Rebuilt the nightly billing run'));
    const after = keysOf(contentDir);
    expect(after.get('skill go')).not.toBe(before.get('skill go'));
    // Billing is also Kubernetes' second piece of evidence, so the skills page links it there.
    expect(after.get('skills/index.astro')).not.toBe(before.get('skills/index.astro'));
    writeFileSync(path.join(contentDir, 'accomplishments/2021-05-04-latency.mdx'), CONTENT['accomplishments/2021-05-04-latency.mdx']!.replace('Cut checkout latency', 'Cut the checkout latency'));
    const third = keysOf(contentDir);
    expect(third.get('skill go')).not.toBe(after.get('skill go'));
    expect(third.get('skills/index.astro')).toBe(after.get('skills/index.astro'));
  });

  it('a featured accomplishment\'s title reaches the home page', () => {
    const edit = { 'accomplishments/2021-05-04-latency.mdx': CONTENT['accomplishments/2021-05-04-latency.mdx']!.replace('title: Cut checkout latency', 'title: Cut checkout latency by 89%') };
    expect(renderedAfter(edit)).toContain('index.astro');
  });

  it('a tag added reaches that tag\'s page and the resume that selects by it, not the home page', () => {
    const edit = { 'accomplishments/2016-10-01-mentoring.mdx': accomplishment('Mentored two new engineers', '2016-10-01', '', 'mentoring, cost') };
    const rendered = renderedAfter(edit);
    expect(rendered).toEqual(expect.arrayContaining(['tag cost', 'tag mentoring', 'resume costs', 'resume costs.txt', 'resumes/index.astro', 'work/index.astro', 'work 2016-10-01-mentoring', 'work 2018-03-02-billing']));
    expect(rendered).not.toContain('index.astro');
    expect(rendered).not.toContain('resume speed');
    expect(rendered).not.toContain('tag performance');
  });

  it('a skill named by one more accomplishment reaches that skill\'s page, the skills page and the home page\'s counts', () => {
    const edit = { 'accomplishments/2016-10-01-mentoring.mdx': accomplishment('Mentored two new engineers', '2016-10-01', 'kubernetes', 'mentoring') };
    const rendered = renderedAfter(edit);
    expect(rendered).toEqual(expect.arrayContaining(['skill kubernetes', 'skills/index.astro', 'index.astro']));
    expect(rendered).not.toContain('skill go');
  });

  it('a resume line reaches the resumes that show it', () => {
    const edit = { 'accomplishments/2023-01-10-queue.mdx': CONTENT['accomplishments/2023-01-10-queue.mdx']!.replace('bullet: Replaced the job queue', 'bullet: Replaced the old job queue') };
    expect(renderedAfter(edit)).toEqual(expect.arrayContaining(['resume speed', 'resume speed.txt', 'resumes/index.astro']));
  });

  it('a new accomplishment reaches the home page\'s count and the lists, not the pages of other tags', () => {
    const rendered = renderedAfter({ 'accomplishments/2020-02-02-new.mdx': accomplishment('Wrote the runbook', '2020-02-02', 'go', 'reliability') });
    expect(rendered).toEqual(expect.arrayContaining(['index.astro', 'work/index.astro', 'rss.xml.ts', 'skill go', 'work 2019-06-01-cluster', 'work 2021-05-04-latency']));
    expect(rendered).not.toContain('tag cost');
    expect(rendered).not.toContain('work 2018-03-02-billing');
  });

  it('an accomplishment made private leaves every page that showed it', () => {
    const edit = { 'accomplishments/2019-06-01-cluster.mdx': accomplishment('Moved to one cluster', '2019-06-01', 'kubernetes', 'cost', 'visibility: private\n') };
    expect(renderedAfter(edit)).toEqual(expect.arrayContaining(['tag cost', 'skill kubernetes', 'skills/index.astro', 'index.astro', 'work/index.astro', 'rss.xml.ts', 'resume costs', 'work 2018-03-02-billing', 'work 2021-05-04-latency']));
  });

  it('anything else in the content reaches every page', () => {
    const edit = { 'roles/acme.mdx': mdx('organisation: Acme Corporation\ntitle: Senior Engineer\nstart: "2020-01"\nsummary: Led the platform team.') };
    const contentDir = writeContentFolder(CONTENT);
    const pages = [...keysOf(contentDir).keys()].sort();
    expect(renderedAfter(edit)).toEqual(pages);
  });
});
