import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveOptions } from '../../../../src/lib/build/options.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { createBuildContext } from '../../../../src/lib/model/build-context.ts';
import { PROJECT_ROOT } from '../../../support/astro-build.ts';

const SAMPLE = path.join(PROJECT_ROOT, 'content');

function contextOf(contentDir: string) {
  const options = resolveOptions({ contentDir }, {}, PROJECT_ROOT);
  return createBuildContext(loadContent(options.contentDir), options);
}

/** The sample persona with everything written `visibility: resume` made public instead. */
function sampleWithResumeLevelMadePublic(): { folder: string; changed: string[] } {
  const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-audiences-')), 'content');
  cpSync(SAMPLE, folder, { recursive: true });
  const changed: string[] = [];
  for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mdx'))) {
    const text = readFileSync(path.join(folder, file), 'utf8');
    if (!/^\s*visibility: resume$/m.test(text)) continue;
    writeFileSync(path.join(folder, file), text.replace(/^(\s*)visibility: resume$/gm, '$1visibility: public'));
    changed.push(file);
  }
  return { folder, changed: changed.sort() };
}

const skillOrder = (view: { skills: { skills: { id: string }[] }[] }) => view.skills.flatMap((group) => group.skills.map((skill) => skill.id));

describe('a build context', () => {
  const context = contextOf(SAMPLE);
  const { folder, changed } = sampleWithResumeLevelMadePublic();
  const allPublic = contextOf(folder);

  it('reads the sample persona, which has resume-level details to tell the audiences apart', () => {
    expect(context.load.problems).toEqual([]);
    expect(changed).toEqual(['accomplishments/2024-10-11-pci-evidence-automation.mdx', 'profile.mdx', 'references/helen-marsh.mdx']);
  });

  it('builds each model once and hands the same one to every stage', () => {
    expect(context.model(context.defaultLanguage, 'public')).toBe(context.model(context.defaultLanguage, 'public'));
    expect(context.resume(context.defaultLanguage, 'resume', 'general')).toBe(context.resume(context.defaultLanguage, 'resume', 'general'));
    expect(() => context.model('xx', 'public')).toThrow(/not one of the published languages/);
  });

  it('makes the direct-send copy of every variant the website copy plus the resume-level entries and details, by the same rules', () => {
    for (const language of context.languages) {
      for (const { id } of context.model(language, 'resume').resumes) {
        const direct = context.resume(language, 'resume', id);
        // Exactly what the website would show if the resume-level entries and details were public:
        expect(direct, `${id} in ${language}`).toEqual(allPublic.resume(language, 'public', id));
        // …and not what it shows now.
        expect(direct, `${id} in ${language}`).not.toEqual(context.resume(language, 'public', id));
      }
    }
  });

  it('ranks a skill higher on the direct-send copy when a resume-level accomplishment is its evidence', () => {
    const website = skillOrder(context.resume(context.defaultLanguage, 'public', 'general'));
    const direct = skillOrder(context.resume(context.defaultLanguage, 'resume', 'general'));
    // The resume-level PCI evidence work is Technical writing's evidence: it takes Mentoring's place in the last group.
    expect(website.slice(-1)).toEqual(['mentoring']);
    expect(direct.slice(-1)).toEqual(['technical-writing']);
    expect(direct.slice(0, -1)).toEqual(website.slice(0, -1));
    expect(context.resume(context.defaultLanguage, 'resume', 'general').person.phone).toBe('+44 7700 900461');
    expect(context.resume(context.defaultLanguage, 'public', 'general').person.phone).toBeUndefined();
  });
});
