import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { docxText } from '../../src/lib/privacy/docx-text.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { directSendFolder } from '../../src/lib/render/resume/paths.ts';
import { selectResume, shownBullets } from '../../src/lib/model/resume/selection.ts';
import { visibleContent } from '../../src/lib/model/visibility.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';

/** The Word resumes of the sample persona, as the shared sample build made them. */
const dist = inject('sampleDist');
const { content } = loadContent(path.join(PROJECT_ROOT, 'content'));
const publicModel = buildModel(visibleContent(content, 'public'));
const variants = publicModel.resumes.map((entry) => entry.id);
const phone = content.profile[0]!.data.contact.phone!.value;
const heron = content.accomplishments.find((entry) => entry.id === '2025-09-19-project-heron-due-diligence')!;

describe('the sample Word resumes', () => {
  beforeAll(() => {
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
  });

  it.each(variants)('%s.docx is on the site, linked from its page, with its bullets in order and no phone', (id) => {
    const file = path.join(dist, 'resume', `${id}.docx`);
    expect(existsSync(file)).toBe(true);
    const text = docxText(readFileSync(file));
    const view = selectResume(publicModel, id);
    expect(text.split('\n')[0]).toBe(view.person.name);
    const lines = text.split('\n');
    expect(lines.filter((line) => shownBullets(view).some((bullet) => bullet.text === line))).toEqual(shownBullets(view).map((bullet) => bullet.text));
    expect(text).not.toContain(phone);
    expect(text).not.toContain(heron.data.bullet);
    expect(readFileSync(path.join(dist, 'resume', id, 'index.html'), 'utf8')).toContain(`href="/resume/${id}.docx"`);
  });

  it.each(variants)('%s.docx in out/resumes carries the resume-level phone but nothing private', (id) => {
    const text = docxText(readFileSync(path.join(directSendFolder(dist, undefined), `${id}.docx`)));
    expect(text).toContain(phone);
    expect(text).not.toContain(heron.data.bullet);
    expect(text).not.toContain(heron.data.title);
  });
});
