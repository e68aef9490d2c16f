import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { docxText, documentXml, wordXmlText } from '../../../../../src/lib/privacy/docx-text.ts';
import { buildModel } from '../../../../../src/lib/model/model.ts';
import { resumeDocx } from '../../../../../src/lib/render/resume/docx-export.ts';
import { printedSections, sectionHeading } from '../../../../../src/lib/render/resume/sections.ts';
import { selectResume, shownBullets } from '../../../../../src/lib/model/resume/selection.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { PROJECT_ROOT } from '../../../../support/astro-build.ts';
import { contentFolder, modelFor, resumeFile } from './fixtures.ts';

const { content } = loadContent(path.join(PROJECT_ROOT, 'content'));
const publicModel = buildModel(visibleContent(content, 'public'));
const directModel = buildModel(visibleContent(content, 'resume'));
const variants = publicModel.resumes.map((entry) => entry.id);
const phone = content.profile[0]!.data.contact.phone!.value;
const heron = content.accomplishments.find((entry) => entry.id === '2025-09-19-project-heron-due-diligence')!;

interface WordParagraph {
  style: string | undefined;
  bullet: boolean;
  text: string;
}

/** The body's paragraphs with their style and whether they belong to a numbered (bulleted) list. */
function paragraphs(xml: string): WordParagraph[] {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>|<w:p [^>]*>([\s\S]*?)<\/w:p>/g)].map((match) => {
    const inner = match[1] ?? match[2] ?? '';
    return { style: /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1], bullet: inner.includes('<w:numPr>'), text: wordXmlText(inner) };
  });
}

const byStyle = (items: WordParagraph[], style: string) => items.filter((item) => item.style === style).map((item) => item.text);

describe('the Word export of the sample variants', () => {
  it('has the private accomplishment the privacy checks below rely on', () => {
    expect(heron.data.visibility).toBe('private');
  });

  it.each(variants)('%s: the name as Title, each printed section as Heading 1 in the variant order, each role as Heading 2', async (id) => {
    const view = selectResume(publicModel, id);
    const body = paragraphs(documentXml(await resumeDocx(view)));
    expect(byStyle(body, 'Title')).toEqual([view.person.name]);
    expect(byStyle(body, 'Heading1')).toEqual(printedSections(view).map((section) => sectionHeading(view, section)));
    expect(byStyle(body, 'Heading2')).toEqual(view.roles.map((role) => `${role.title} · ${role.organisation}`));
  });

  it.each(variants)('%s: the bullets are a real list, in the order the variant shows them', async (id) => {
    const view = selectResume(publicModel, id);
    const bytes = await resumeDocx(view);
    const bullets = paragraphs(documentXml(bytes)).filter((item) => item.bullet);
    expect(bullets.map((item) => item.text)).toEqual(shownBullets(view).map((bullet) => bullet.text));
    expect(bullets.every((item) => item.style === 'ListParagraph')).toBe(true);
    const numbering = strFromU8(unzipSync(bytes)['word/numbering.xml']!);
    expect(numbering).toMatch(/<w:numFmt w:val="bullet"\/>/);
  });

  it.each(variants)('%s: each role is followed by its dates as Mon YYYY – Mon YYYY', async (id) => {
    const view = selectResume(publicModel, id);
    const body = paragraphs(documentXml(await resumeDocx(view)));
    const afterRoles = body.flatMap((item, index) => (item.style === 'Heading2' ? [body[index + 1]!.text] : []));
    expect(afterRoles).toHaveLength(view.roles.length);
    for (const line of afterRoles) expect(line).toMatch(/^[A-Z][a-z]{2} \d{4} – ([A-Z][a-z]{2} \d{4}|Present)( · |$)/);
  });

  it('links the site and profiles with hyperlinks whose visible text is the address', async () => {
    const view = selectResume(publicModel, 'general');
    const files = unzipSync(await resumeDocx(view));
    const rels = strFromU8(files['word/_rels/document.xml.rels']!);
    const xml = strFromU8(files['word/document.xml']!);
    const links = [...xml.matchAll(/<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>([\s\S]*?)<\/w:hyperlink>/g)].map((match) => ({
      target: new RegExp(`Id="${match[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1],
      text: wordXmlText(match[2]!),
    }));
    expect(links).toContainEqual({ target: view.person.site.url, text: view.person.site.text });
    for (const link of view.person.links) expect(links.some((item) => item.target === link.url && item.text.includes(link.text)), link.url).toBe(true);
  });

  it('leaves the resume-level phone out of the public copy and puts it in the direct-send copy', async () => {
    for (const id of variants) {
      expect(docxText(await resumeDocx(selectResume(publicModel, id)))).not.toContain(phone);
      expect(docxText(await resumeDocx(selectResume(directModel, id)))).toContain(phone);
    }
  });

  it('never contains the private accomplishment, in either copy', async () => {
    for (const model of [publicModel, directModel]) {
      for (const id of variants) {
        const text = docxText(await resumeDocx(selectResume(model, id)));
        expect(text).not.toContain(heron.data.bullet);
        expect(text).not.toContain(heron.data.title);
      }
    }
  });
});

describe('resumeDocx', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes for the same resume, whenever it is built', async () => {
    const view = selectResume(publicModel, 'general');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-04T05:06:07Z'));
    const first = await resumeDocx(view);
    vi.setSystemTime(new Date('2031-11-12T13:14:15Z'));
    const second = await resumeDocx(view);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('dates the document by the resume, not by the clock', async () => {
    const view = selectResume(publicModel, 'general');
    const core = strFromU8(unzipSync(await resumeDocx(view))['docProps/core.xml']!);
    expect(core).toContain(`<dcterms:created xsi:type="dcterms:W3CDTF">${view.asOf}T00:00:00Z</dcterms:created>`);
    expect(core).toContain(`<dcterms:modified xsi:type="dcterms:W3CDTF">${view.asOf}T00:00:00Z</dcterms:modified>`);
  });

  it('shows what an auto-fit leaves: a dropped bullet is not in the document', async () => {
    const model = modelFor(contentFolder(resumeFile('all', 'limits: { bulletsPerRole: 5 }')));
    const full = selectResume(model, 'all');
    const dropped = full.dropOrder[0]!;
    const fitted = selectResume(model, 'all', { drop: [dropped] });
    const droppedText = shownBullets(full).find((bullet) => bullet.id === dropped)!.text;
    expect(docxText(await resumeDocx(full))).toContain(droppedText);
    expect(docxText(await resumeDocx(fitted))).not.toContain(droppedText);
  });

  it('escapes markup characters in content so the document stays valid XML', async () => {
    const model = modelFor(contentFolder(resumeFile('all', 'headline: "R&D <lead> \\"fast\\""')));
    const text = docxText(await resumeDocx(selectResume(model, 'all')));
    expect(text).toContain('R&D <lead> "fast"');
  });
});
