import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { readSiteFile, siteFiles } from '../../scripts/lib/site-files.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';

const dist = inject('sampleDist');
const { content } = loadContent(path.join(PROJECT_ROOT, 'content'));
const text = (entry: { body?: string | undefined }) => (entry.body ?? '').trim().split('\n')[0]!;

describe('the sample persona’s projects, talks and testimonials', () => {
  let files: string[] = [];
  let pages: { path: string; html: string }[] = [];
  const page = (file: string) => pages.find((candidate) => candidate.path === file)?.html ?? '';

  beforeAll(() => {
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
    files = siteFiles(dist);
    pages = files.filter((file) => file.endsWith('.html')).map((file) => ({ path: file, html: readSiteFile(dist, file) }));
  });

  it('keeps the resume-level reference and the private project off every page, in every language', () => {
    const resumeReference = content.references.find((entry) => entry.data.visibility === 'resume');
    const privateProject = content.projects.find((entry) => entry.data.visibility === 'private');
    expect(resumeReference, 'the sample has a resume-level reference').toBeDefined();
    expect(privateProject, 'the sample has a private project').toBeDefined();
    const everything = files.filter((file) => /\.(html|xml|json|txt|md)$/.test(file)).map((file) => readSiteFile(dist, file)).join('\n');
    expect(everything).not.toContain(resumeReference!.data.name.split(',')[0]);
    expect(everything).not.toContain(text(resumeReference!));
    expect(everything).not.toContain(privateProject!.data.name);
    expect(files.filter((file) => file.includes(privateProject!.id))).toEqual([]);
  });

  it('has a projects page in every language, a page for the project with a story and none for the one without', () => {
    for (const prefix of ['', 'de/']) {
      expect(files).toContain(`${prefix}projects/index.html`);
      expect(files).toContain(`${prefix}projects/lagwatch/index.html`);
      expect(files).not.toContain(`${prefix}projects/ancoats-code-club/index.html`);
    }
    expect(page('projects/index.html')).toContain('href="https://codeclub.example/clubs/ancoats-library"');
    expect(page('projects/index.html')).toContain('href="/projects/lagwatch/"');
    expect(page('de/projects/lagwatch/index.html')).toContain('Eine Consumer-Gruppe, die 200.000 Nachrichten zurückliegt');
    expect(page('de/projects/lagwatch/index.html')).toContain('Was daraus wurde');
  });

  it('lists talks and publications together, newest first, each linking to where it can be read or watched', () => {
    const html = page('publications/index.html');
    const order = ['Time to drain', 'Latency budgets', 'Forty queries per request'].map((title) => html.indexOf(title));
    expect(order.every((position) => position > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain('href="https://engineering.northwind.example/2025/07/time-to-drain"');
    expect(html).toContain('Northwind Engineering Blog');
    expect(html).toContain('"@type":"ItemList"');
  });

  it('quotes the public testimonial with who said it, on its page and on the home page', () => {
    const reference = content.references.find((entry) => entry.data.visibility === 'public')!;
    for (const file of ['testimonials/index.html', 'index.html', 'de/testimonials/index.html']) {
      expect(page(file), file).toContain(text(reference).slice(0, 60));
      expect(page(file), file).toContain('<strong>Daniel Osei</strong>');
    }
    // An untranslated quote on a German page is marked as English.
    expect(page('de/testimonials/index.html')).toContain('<blockquote lang="en" dir="auto">');
  });

  it('links each new page from the navigation of every page and lists it in the sitemap', () => {
    const sitemap = readSiteFile(dist, 'sitemap-0.xml');
    for (const section of ['projects/', 'publications/', 'testimonials/']) {
      expect(page('work/index.html')).toMatch(new RegExp(`class="site-nav"[\\s\\S]*href="/${section}"`));
      expect(page('de/work/index.html')).toMatch(new RegExp(`class="site-nav"[\\s\\S]*href="/de/${section}"`));
      expect(sitemap).toContain(`https://mayaokafor.example/${section}</loc>`);
    }
  });
});
