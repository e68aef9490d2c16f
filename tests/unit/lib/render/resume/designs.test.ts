import { describe, expect, it } from 'vitest';
import { RESUME_DESIGNS, ResumeSchema } from '../../../../../src/schemas/resume.ts';
import { renderResumeArticle } from '../../../../../src/lib/render/resume/html.ts';
import { printedSections } from '../../../../../src/lib/render/resume/sections.ts';
import { resumeText } from '../../../../../src/lib/render/resume/text-export.ts';
import { selectResume } from '../../../../../src/lib/model/resume/selection.ts';
import { contentFolder, modelFor, resumeFile } from './fixtures.ts';

function viewOf(frontmatter: string) {
  return selectResume(modelFor(contentFolder(resumeFile('path', `limits: { bulletsPerRole: 9 }\n${frontmatter}`))), 'path');
}

/** The text a reader sees, tags dropped. */
const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('resume designs', () => {
  it('are chosen with design:, and a wrong one is named with every allowed one', () => {
    const result = ResumeSchema.safeParse({ title: 'A', targetRole: 'B', design: 'fancy' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(`must be one of ${RESUME_DESIGNS.join(', ')}, or jsonresume:<theme> for an installed JSON Resume theme, e.g. jsonresume:even`);
    expect(RESUME_DESIGNS).toEqual(expect.arrayContaining(['branded', 'plain', 'classic', 'sidebar', 'compact']));
  });

  it('share one markup in the plain and classic designs, told apart by data-design alone', () => {
    const branded = renderResumeArticle(viewOf('design: branded'));
    for (const design of ['plain', 'classic']) {
      expect(renderResumeArticle(viewOf(`design: ${design}`))).toBe(branded.replace('data-design="branded"', `data-design="${design}"`));
    }
  });

  it('print the employer, the first title and its dates as one line in the compact design, and the same text', () => {
    const view = viewOf('design: compact');
    const html = renderResumeArticle(view);
    const acme = view.roles.find((role) => role.organisation === 'Acme Corp')!;
    expect(html).toMatch(new RegExp(`<h3 class="resume-line-main resume-org-head"><span class="resume-organisation">Acme Corp</span>.*?<span class="resume-title">${acme.title}</span></h3><p class="resume-dates">${acme.dates}</p>`));
    expect(html.match(/<h3/g)).toHaveLength(new Set(view.roles.map((role) => role.organisation)).size);
    expect(text(html)).toBe(text(renderResumeArticle(viewOf('design: branded'))));
  });

  it('print the sidebar before the main column, with the contact details and the lists in it, and every format reads it in that order', () => {
    const view = viewOf('design: sidebar\nsections: [skills, summary, experience, links]');
    const html = renderResumeArticle(view);
    const aside = html.indexOf('<aside class="resume-aside">');
    const main = html.indexOf('<div class="resume-main">');
    expect(aside).toBeGreaterThan(0);
    expect(main).toBeGreaterThan(aside);
    const inAside = html.slice(aside, main);
    expect(inAside).toContain('ada@ada.example');
    for (const section of ['skills', 'links']) expect(inAside).toContain(`resume-section-${section}`);
    expect(inAside).not.toContain('resume-section-experience');
    // The header keeps the name and headline only.
    expect(html.slice(0, aside)).not.toContain('ada@ada.example');
    const headings = (source: string) => [...source.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(headings(html)).toEqual(['Skills', 'Links', 'Summary', 'Experience']);
    expect(printedSections(view)).toEqual(['skills', 'links', 'summary', 'experience']);
    expect(resumeText(view).split('\n').filter((line) => /^[A-Z]{4,}$/.test(line))).toEqual(['SKILLS', 'LINKS', 'SUMMARY', 'EXPERIENCE']);
  });
});

describe('"Employer (continued)"', () => {
  it('is printed only where a print asks for it, before the bullet that opens the page, splitting the list there', () => {
    const view = viewOf('');
    const acme = view.roles.find((role) => role.organisation === 'Acme Corp')!;
    expect(acme.bullets.length).toBeGreaterThan(2);
    const opening = acme.bullets[2]!.id;
    expect(renderResumeArticle(view)).not.toContain('(continued)');
    const html = renderResumeArticle(view, { continuedBefore: [`bullet:${opening}`] });
    expect(html.match(/\(continued\)/g)).toHaveLength(1);
    expect(html).toContain(`<p class="resume-org-head resume-org-continued">Acme Corp (continued)</p><ul class="resume-bullets"><li data-accomplishment="${opening}">`);
    // Every bullet is still printed once, in the same order.
    const bullets = (source: string) => [...source.matchAll(/data-accomplishment="([^"]+)"/g)].map((match) => match[1]);
    expect(bullets(html)).toEqual(bullets(renderResumeArticle(view)));
  });

  it('goes before a role when the page breaks between two roles at one employer, in the resume’s language', () => {
    const model = modelFor(
      contentFolder({
        ...resumeFile('path', ''),
        'roles/acme-junior.mdx': `---\norganisation: Acme Corp\ntitle: Engineer\nstart: "2019-06"\nend: "2019-12"\nsummary: Joined Acme.\n---\n`,
      }),
    );
    const view = selectResume(model, 'path');
    const html = renderResumeArticle(view, { continuedBefore: ['role:acme-junior'] });
    expect(html).toContain('<p class="resume-org-head resume-org-continued">Acme Corp (continued)</p><div class="resume-role" data-role="acme-junior">');
    const german = renderResumeArticle({ ...view, language: 'de' }, { continuedBefore: ['role:acme-junior'] });
    expect(german).toContain('Acme Corp (Fortsetzung)');
  });

  it('is placed from a measuring print whose marks wrap the text without adding any', () => {
    const view = viewOf('');
    const marked = renderResumeArticle(view, { marks: true });
    const links = [...marked.matchAll(/href="https:\/\/cairn\.invalid\/page-mark\/(\d+)\/(\d+)\/([^"]+)"/g)];
    expect(links.length).toBe(view.roles.length + view.roles.reduce((sum, role) => sum + role.bullets.length, 0) + new Set(view.roles.map((role) => role.organisation)).size);
    expect(text(marked)).toBe(text(renderResumeArticle(view)));
  });

  it.each(['branded', 'sidebar'] as const)('opens a measuring print of the %s design with the name in the start mark of its copy', (design) => {
    const view = viewOf('');
    const designed = { ...view, variant: { ...view.variant, design } };
    const start = (html: string) => [...html.matchAll(/<h1 class="resume-name"><a href="https:\/\/cairn\.invalid\/page-mark\/start\/(\d+)">([^<]+)<\/a><\/h1>/g)].map((match) => [match[1], match[2]]);
    expect(start(renderResumeArticle(designed, { marks: true }))).toEqual([['0', view.person.name]]);
    expect(start(renderResumeArticle(designed, { marks: true, copy: 3 }))).toEqual([['3', view.person.name]]);
    expect(renderResumeArticle(designed)).not.toContain('page-mark/start');
  });
});
