import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { buildModel } from '../../../../../src/lib/model/model.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { toJsonResume } from '../../../../../src/lib/render/resume/json-resume-export.ts';
import { jsonResumeProblems } from '../../../../../src/lib/content/json-resume/schema.ts';
import { escapeMarkdown, resumeMarkdown } from '../../../../../src/lib/render/resume/markdown-export.ts';
import { markdownToPlainText } from '../../../../../src/lib/render/resume/markdown.ts';
import { selectResume } from '../../../../../src/lib/model/resume/selection.ts';
import { resumeText } from '../../../../../src/lib/render/resume/text-export.ts';
import { PROJECT_ROOT } from '../../../../support/astro-build.ts';
import { contentFolder, modelFor, resumeFile } from './fixtures.ts';

const { content } = loadContent(path.join(PROJECT_ROOT, 'content'));
const publicModel = buildModel(visibleContent(content, 'public'));
const directModel = buildModel(visibleContent(content, 'resume'));
const variants = publicModel.resumes.map((entry) => entry.id);
const GOLDEN = path.join(PROJECT_ROOT, 'tests/golden/resume');

/** The package's own validator (jsonschema), as JSON Resume tools use it. */
const official = createRequire(import.meta.url)('@jsonresume/schema') as { validate(document: unknown, done: (errors: unknown, valid: boolean) => void): void };
function officialErrors(document: unknown): unknown {
  let result: unknown = 'not called';
  official.validate(document, (errors) => {
    result = errors;
  });
  return result;
}

/** Compares with tests/golden/resume/<name>; `UPDATE_GOLDEN=1 npx vitest run` rewrites the files instead. */
function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN, name);
  if (process.env['UPDATE_GOLDEN'] === '1') {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(existsSync(file), `${name} has no golden file yet: run UPDATE_GOLDEN=1 npx vitest run ${path.relative(PROJECT_ROOT, import.meta.filename)}`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('the sample variants as text', () => {
  it('has the three sample variants', () => {
    expect(variants).toEqual(['general', 'platform-lead', 'staff-sre']);
  });

  it.each(variants)('%s.txt matches its golden file', (id) => {
    expectGolden(`${id}.txt`, resumeText(selectResume(publicModel, id)));
  });

  it.each(variants)('%s.md matches its golden file', (id) => {
    expectGolden(`${id}.md`, resumeMarkdown(selectResume(publicModel, id)));
  });

  it.each(variants)('%s.txt is ATS-safe: one column, standard headings, Mon YYYY dates, no wrapped lines', (id) => {
    const text = resumeText(selectResume(publicModel, id));
    expect(text).not.toMatch(/\t|\|.*\||[┌─│]/);
    const headings = text.split('\n').filter((line) => /^[A-Z &]+$/.test(line));
    for (const heading of headings) expect(['SUMMARY', 'EXPERIENCE', 'SKILLS', 'EDUCATION', 'CERTIFICATIONS', 'CERTIFICATIONS & TALKS', 'CERTIFICATIONS & TRAINING', 'TALKS', 'PROFESSIONAL DEVELOPMENT', 'LINKS']).toContain(heading);
    const ranges = text.split('\n').filter((line) => / – /.test(line) && /\d{4}/.test(line) && line.length < 40);
    expect(ranges.length).toBeGreaterThan(0);
    for (const range of ranges) expect(range).toMatch(/^([A-Z][a-z]{2} )?\d{4} – (([A-Z][a-z]{2} )?\d{4}|Present)$/);
    // Each bullet is one line however long: parsers end an item at a line break.
    const bullets = text.split('\n').filter((line) => line.startsWith('- '));
    expect(bullets).toEqual(selectResume(publicModel, id).roles.flatMap((role) => role.bullets.map((bullet) => `- ${bullet.text}`)));
  });

  it('keeps the phone number out of the public text and puts it in the direct-send text', () => {
    const phone = content.profile[0]!.data.contact.phone!.value;
    for (const id of variants) {
      expect(resumeText(selectResume(publicModel, id))).not.toContain(phone);
      expect(resumeText(selectResume(directModel, id))).toContain(`Phone: ${phone}`);
      expect(resumeMarkdown(selectResume(directModel, id))).toContain(phone);
    }
  });
});

describe('JSON Resume export', () => {
  it.each(variants.flatMap((id) => [[id, 'public'], [id, 'resume']] as const))('%s (%s) is valid for the official schema and its validator', (id, audience) => {
    const document = toJsonResume(selectResume(audience === 'public' ? publicModel : directModel, id), { canonical: `https://mayaokafor.example/resume/${id}.json` });
    expect(jsonResumeProblems(document)).toEqual([]);
    expect(officialErrors(document)).toBeNull();
  });

  it('carries the same roles and bullets as the printed resume, newest first', () => {
    const view = selectResume(publicModel, 'staff-sre');
    const document = toJsonResume(view);
    expect(document.work.map((job) => [job['position'], job['startDate'], job['highlights']])).toEqual(view.roles.map((role) => [role.title, role.start, role.bullets.map((bullet) => bullet.text)]));
    expect(document.basics).toMatchObject({ name: 'Maya Okafor', url: 'https://mayaokafor.example', location: { city: 'Manchester', region: 'United Kingdom' } });
    expect(document.basics).not.toHaveProperty('phone');
    expect(toJsonResume(selectResume(directModel, 'staff-sre')).basics['phone']).toBe(content.profile[0]!.data.contact.phone!.value);
  });

  it('carries the portrait as a full address (basics.image), which JSON Resume themes show', () => {
    const folder = contentFolder({ ...resumeFile('path', '') });
    const withPhoto = (photo: string) => {
      const profile = path.join(folder, 'profile.mdx');
      writeFileSync(profile, readFileSync(profile, 'utf8').replace(/^photo: .*\n/m, '').replace(/^---\n/, `---\nphoto: ${photo}\n`));
      return toJsonResume(selectResume(modelFor(folder), 'path'));
    };
    const document = withPhoto('/portrait.jpg');
    expect(document.basics['image']).toBe('https://ada.example/portrait.jpg');
    expect(officialErrors(document)).toBeNull();
    expect(withPhoto('https://images.example/ada.jpg').basics['image']).toBe('https://images.example/ada.jpg');
    expect(toJsonResume(selectResume(publicModel, 'staff-sre')).basics).not.toHaveProperty('image');
  });

  it('names skill levels in the resume’s language, and in the words English themes print', () => {
    const levelsIn = (languages: string) => {
      const folder = contentFolder(resumeFile('path', ''));
      const profile = path.join(folder, 'profile.mdx');
      writeFileSync(profile, readFileSync(profile, 'utf8').replace(/^---\n/, `---\nlanguages: [${languages}]\n`));
      return toJsonResume(selectResume(modelFor(folder), 'path')).skills.map((group) => group['level']);
    };
    expect(levelsIn('en')).toEqual(expect.arrayContaining(['Expert', 'Advanced']));
    expect(levelsIn('de')).toEqual(expect.arrayContaining(['Expertenwissen', 'Fortgeschritten']));
    expect(levelsIn('de')).not.toEqual(expect.arrayContaining(['Expert']));
  });

  it('leaves out sections the variant leaves out', () => {
    const model = modelFor(contentFolder(resumeFile('path', 'sections: [experience]')));
    const document = toJsonResume(selectResume(model, 'path'));
    expect(document.basics).not.toHaveProperty('summary');
    expect([document.skills, document.education, document.certificates]).toEqual([[], [], []]);
    expect(document.work.length).toBeGreaterThan(0);
  });
});

describe('text from Markdown', () => {
  it('escapes Markdown in content so it prints as written', () => {
    expect(escapeMarkdown('Cut p99 by 5*2 [fast] <b>_ok_</b> | done')).toBe('Cut p99 by 5\\*2 \\[fast\\] \\<b\\>\\_ok\\_\\</b\\> \\| done');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });

  it('turns a Markdown summary into one line per paragraph, links spelled out', () => {
    expect(markdownToPlainText('I make *slow* systems\nfast. See [my blog](https://blog.example/a?b=1&c=2).\n\nSecond **paragraph**.')).toBe(
      'I make slow systems fast. See my blog (https://blog.example/a?b=1&c=2).\n\nSecond paragraph.',
    );
  });
});
