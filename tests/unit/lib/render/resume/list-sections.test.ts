import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../../../src/lib/build/options.ts';
import { parseJsonResume, planImport } from '../../../../../src/lib/content/json-resume/import.ts';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { createBuildContext } from '../../../../../src/lib/model/build-context.ts';
import { docxText } from '../../../../../src/lib/privacy/docx-text.ts';
import { resumeDocx } from '../../../../../src/lib/render/resume/docx-export.ts';
import { renderTextExports } from '../../../../../src/lib/render/resume/exports.ts';
import { renderResumeArticle } from '../../../../../src/lib/render/resume/html.ts';
import { PROJECT_ROOT } from '../../../../support/astro-build.ts';
import { writeContentFolder } from '../../../../support/content-fixture.ts';

/** A fictional person with something in every section, imported as `npm run import` would. */
function everySection() {
  const parsed = parseJsonResume(readFileSync(path.join(PROJECT_ROOT, 'tests/fixtures/json-resume/every-section.json'), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
  const folder = writeContentFolder(Object.fromEntries(planImport(parsed.document, '2026-11-24').files.map((file) => [file.path, file.text])));
  const context = createBuildContext(loadContent(folder), resolveOptions({ contentDir: folder }, {}, folder));
  return context.resume(context.defaultLanguage, 'public', 'general');
}

describe('the list sections of a resume', () => {
  const view = everySection();
  const exports = renderTextExports(view);

  it('print in the variant’s order in the ATS text, each under its heading', () => {
    const headings = exports.txt.split('\n').filter((line) => /^[A-Z ]+$/.test(line) && line.length > 3);
    expect(headings).toEqual(['SUMMARY', 'EXPERIENCE', 'PROJECTS', 'EDUCATION', 'PUBLICATIONS', 'AWARDS', 'LANGUAGES', 'INTERESTS', 'REFERENCES']);
    expect(exports.txt).toContain('PROJECTS\nTidewater status page, An open-source status page for small teams.\nMar 2021 – Present\n- Used by 40 teams.');
    expect(exports.txt).toContain('LANGUAGES\nHungarian, Native\nEnglish, C2');
    expect(exports.txt).toContain('REFERENCES\nPriya Raman, VP Engineering\n- “Imogen makes hard things calm.”');
  });

  it('print an education entry’s grade and courses in every format', async () => {
    expect(exports.txt).toContain('EDUCATION\nMSc, Computer Science\nUniversity of Szeged\n2010 – 2015\nExcellent\nCourses: Compilers\n');
    expect(exports.md).toContain('- **MSc, Computer Science**, University of Szeged · Excellent · 2010 – 2015  \n  Courses: Compilers');
    expect(renderResumeArticle(view)).toContain('University of Szeged<span class="resume-where">Excellent</span></p><p class="resume-dates">2010 – 2015</p></div><p class="resume-courses">Courses: Compilers</p>');
    expect(docxText(await resumeDocx(view))).toMatch(/University of Szeged · Excellent · 2010 – 2015[\s\S]*Courses: Compilers/);
  });

  it('say the same on the page, in Markdown and in the Word file', async () => {
    const html = renderResumeArticle(view);
    for (const section of ['projects', 'publications', 'awards', 'languages', 'interests', 'references']) expect(html).toContain(`resume-section-${section}`);
    expect(html).toContain('<strong>Engineer of the Year</strong>, Harbor Lines');
    expect(exports.md).toContain('- **Latency budgets for payment systems**, ACM Queue · May 2023');
    const word = docxText(await resumeDocx(view));
    for (const text of ['Tidewater status page', 'Engineer of the Year', 'Hungarian', 'Climbing', 'Imogen makes hard things calm.']) expect(word).toContain(text);
  });

  it('print a referee’s contact on the resume sent, never on the website’s copy', () => {
    const folder = writeContentFolder({
      'profile.mdx': '---\nname: Ada Example\nheadline: Engineer\nvalueProposition: I make slow systems fast.\nsite: https://ada.example\n---\n',
      'roles/acme.mdx': '---\norganisation: Acme\ntitle: Engineer\nstart: "2020-01"\n---\n',
      'references/priya.mdx': '---\nname: Priya Raman, VP Engineering\ncontact:\n  email: priya.raman@northwind.example\n---\nAda makes hard things calm.\n',
      'resumes/general.mdx': '---\ntitle: General\ntargetRole: Engineer\nsections: [experience, references]\n---\n',
    });
    const context = createBuildContext(loadContent(folder), resolveOptions({ contentDir: folder }, {}, folder));
    expect(context.load.problems).toEqual([]);
    expect(renderTextExports(context.resume('en', 'resume', 'general')).txt).toContain('REFERENCES\nPriya Raman, VP Engineering, priya.raman@northwind.example\n- “Ada makes hard things calm.”');
    const published = renderTextExports(context.resume('en', 'public', 'general')).txt;
    expect(published).toContain('Priya Raman, VP Engineering\n- “Ada makes hard things calm.”');
    expect(published).not.toContain('northwind.example');
  });

  it('are left out of the JSON Resume and every format when a variant’s sections leave them out', () => {
    const trimmed = { ...view, sections: view.sections.filter((section) => !['projects', 'awards', 'references'].includes(section)) };
    const text = renderTextExports(trimmed);
    expect(text.txt).not.toMatch(/^(PROJECTS|AWARDS|REFERENCES)$/m);
    const json = JSON.parse(text.json) as Record<string, unknown>;
    expect([json['projects'], json['awards'], json['references']]).toEqual([undefined, undefined, undefined]);
    expect(json['languages']).toEqual([{ language: 'Hungarian', fluency: 'Native' }, { language: 'English', fluency: 'C2' }]);
  });
});
