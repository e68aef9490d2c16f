import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { formatProblem, sortProblems } from '../../../../../src/lib/content/problems.ts';
import { untranslatedResumeText } from '../../../../../src/lib/render/resume/translation-completeness.ts';
import { twoLanguageContent } from '../../../../support/language-fixture.ts';
import { mdx, minimalContent, withoutFolder, writeContentFolder } from '../../../../support/content-fixture.ts';

/** The English–Arabic person with a complete-translation resume, `edit` applied to some of their files (a file edited to null is removed; a new one starts empty). */
function problemLines(edit: Record<string, (text: string) => string | null> = {}): string[] {
  const folder = twoLanguageContent();
  const edits: Record<string, (text: string) => string | null> = { 'resumes/platform.mdx': (text) => text.replace('translation: fallback\n', ''), ...edit };
  for (const [file, change] of Object.entries(edits)) {
    const target = path.join(folder, file);
    const changed = change(existsSync(target) ? readFileSync(target, 'utf8') : '');
    if (changed === null) rmSync(target);
    else {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, changed);
    }
  }
  const { content } = loadContent(folder);
  return withoutFolder(folder, sortProblems(untranslatedResumeText(content)).map(formatProblem)).map((line) => line.replace(/  \(.*$/, ''));
}

describe('untranslatedResumeText', () => {
  it('names every sentence and heading an Arabic resume would print in English, with its file and line', () => {
    expect(problemLines()).toEqual([
      'accomplishments/2018-03-02-billing.mdx:7  bullet  has no Arabic ("ar") text, and the Arabic resume platform prints it',
      'roles/acme.mdx:5  summary  has no Arabic ("ar") text, and the Arabic resume platform prints it',
      'roles/initech.mdx:6  summary  has no Arabic ("ar") text, and the Arabic resume platform prints it',
      'skills/go.mdx:3  category  has no Arabic ("ar") text, and the Arabic resume platform prints it',
      'skills/kubernetes.mdx:3  category  has no Arabic ("ar") text, and the Arabic resume platform prints it',
    ]);
  });

  it('counts a name written once (a job title, a skill) as the same in every language, but not one written per language', () => {
    expect(problemLines({ 'skills/go.mdx': (text) => text.replace('name: Go', 'name: { en: Go language }') })).toContain('skills/go.mdx:2  name  has no Arabic ("ar") text, and the Arabic resume platform prints it');
  });

  it('names the body of a variant whose summary has no translation, at its first line', () => {
    const lines = problemLines({ 'resumes/platform.ar.mdx': () => null });
    expect(lines.find((line) => line.includes('  body  '))).toBe('resumes/platform.mdx:9  body  has no Arabic ("ar") text, and the Arabic resume platform prints it');
  });

  it('is satisfied once each is translated, and asks nothing of a variant with translation: fallback', () => {
    const translated = {
      'accomplishments/2018-03-02-billing.mdx': (text: string) => text.replace(/^bullet: (.*)$/m, 'bullet: { en: "$1", ar: "أعدت بناء دورة الفوترة الليلية." }'),
      'roles/acme.mdx': (text: string) => text.replace('summary: Led the platform team.', 'summary: { en: Led the platform team., ar: قدت فريق المنصة. }'),
      'roles/initech.mdx': (text: string) => text.replace('summary: Built billing systems.', 'summary: { en: Built billing systems., ar: بنيت أنظمة الفوترة. }'),
      'skills/go.mdx': (text: string) => text.replace('category: Languages', 'category: { en: Languages, ar: لغات البرمجة }'),
      'skills/kubernetes.mdx': (text: string) => text.replace('category: Infrastructure', 'category: { en: Infrastructure, ar: البنية التحتية }'),
    };
    expect(problemLines(translated)).toEqual([]);
    expect(problemLines({ 'resumes/platform.mdx': (text) => text })).toEqual([]);
  });

  it('holds a letter in another language to its letterhead, and lets it follow its variant’s translation: fallback', () => {
    const arabicLetter = { 'letters/globex.mdx': () => mdx('addressee: { name: Grace Hopper }\ncompany: Globex\nrole: Staff Engineer\nresume: platform\ndate: "2026-03-05"\nlanguage: ar', '\nأود الانضمام إلى فريقكم.\n') };
    const englishOnlyHeadline = { 'resumes/platform.mdx': (text: string) => text.replace('translation: fallback\n', 'headline: { en: Staff platform engineer }\n') };
    expect(problemLines({ ...englishOnlyHeadline, ...arabicLetter })).toContain('resumes/platform.mdx:7  headline  has no Arabic ("ar") text, and the Arabic resume platform and the Arabic letter globex print it');
    const fallback = { 'resumes/platform.mdx': (text: string) => text.replace('sections:', 'headline: { en: Staff platform engineer }\nsections:') };
    expect(problemLines({ ...fallback, ...arabicLetter }).filter((line) => line.includes('letter'))).toEqual([]);
  });

  it('has nothing to say for a person publishing in one language', () => {
    const folder = writeContentFolder(minimalContent());
    expect(untranslatedResumeText(loadContent(folder).content)).toEqual([]);
  });
});
