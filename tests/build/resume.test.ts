import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROME, leaksIn, runPrivacyGuard, TEST_PDF_TEXT_CACHE } from '../support/build-context.ts';
import { pdfTextKey, writeCachedPdfText } from '../../src/lib/privacy/pdf-text-cache.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { jsonResumeProblems } from '../../src/lib/content/json-resume/schema.ts';
import { directSendFolder } from '../../src/lib/render/resume/paths.ts';
import { selectResume, shownBullets } from '../../src/lib/model/resume/selection.ts';
import { visibleContent } from '../../src/lib/model/visibility.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';

/** The sample persona's resumes, as the shared sample build made them. */
const dist = inject('sampleDist');
const { content } = loadContent(path.join(PROJECT_ROOT, 'content'));
const publicModel = buildModel(visibleContent(content, 'public'));
const directModel = buildModel(visibleContent(content, 'resume'));
const variants = publicModel.resumes.map((entry) => entry.id);
const profile = content.profile[0]!.data;
const phone = profile.contact.phone!.value;
const address = profile.contact.address!.value;
const privateEntries = content.accomplishments.filter((entry) => entry.data.visibility === 'private');
const resumeOnlyEntries = content.accomplishments.filter((entry) => entry.data.visibility === 'resume');
const chrome = CHROME;

const read = (relative: string) => readFileSync(path.join(dist, relative), 'utf8');
/** PDF text with line breaks as spaces, for phrases that may wrap. */
const flat = (pages: string[]) => pages.join(' ').replace(/\s+/g, ' ');

describe('the sample resumes on the site', () => {
  beforeAll(() => {
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
  });

  it.each(variants)('%s has a page and its text, Markdown and JSON downloads', (id) => {
    for (const file of [`resume/${id}/index.html`, `resume/${id}.txt`, `resume/${id}.md`, `resume/${id}.json`]) expect(existsSync(path.join(dist, file)), file).toBe(true);
  });

  it.each(variants)('%s: its .txt and .md are the golden files', (id) => {
    expect(read(`resume/${id}.txt`)).toBe(readFileSync(path.join(PROJECT_ROOT, 'tests/golden/resume', `${id}.txt`), 'utf8'));
    expect(read(`resume/${id}.md`)).toBe(readFileSync(path.join(PROJECT_ROOT, 'tests/golden/resume', `${id}.md`), 'utf8'));
  });

  it.each(variants)('%s.json is a valid JSON Resume with its canonical address', (id) => {
    const document = JSON.parse(read(`resume/${id}.json`));
    expect(jsonResumeProblems(document)).toEqual([]);
    expect(document.meta.canonical).toBe(`https://mayaokafor.example/resume/${id}.json`);
  });

  it.each(variants)('%s page links every download and shows the selected bullets', (id) => {
    const html = read(`resume/${id}/index.html`);
    for (const format of ['txt', 'md', 'json', ...(chrome ? ['pdf'] : [])]) expect(html).toContain(`href="/resume/${id}.${format}"`);
    const shown = [...html.matchAll(/data-accomplishment="([^"]+)"/g)].map((match) => match[1]);
    expect(shown).toEqual(shownBullets(selectResume(publicModel, id)).map((bullet) => bullet.id));
  });

  it('lists every variant on the resumes index with its page and downloads', () => {
    const html = read('resumes/index.html');
    for (const id of variants) {
      expect(html).toContain(`href="/resume/${id}/"`);
      for (const format of ['txt', 'md', 'json']) expect(html).toContain(`href="/resume/${id}.${format}"`);
    }
  });

  it('keeps resume-level and private values out of every resume file in dist/', () => {
    for (const id of variants) {
      for (const file of [`resume/${id}/index.html`, `resume/${id}.txt`, `resume/${id}.md`, `resume/${id}.json`]) {
        const text = read(file);
        expect(text, file).not.toContain(phone);
        expect(text, file).not.toContain(address);
        for (const entry of [...privateEntries, ...resumeOnlyEntries]) expect(text, `${file} ${entry.id}`).not.toContain(entry.data.bullet);
      }
    }
  });
});

describe.skipIf(!chrome)('the sample resume PDFs', () => {
  const pdfs = new Map<string, { bytes: Uint8Array; pages: string[] }>();

  beforeAll(async () => {
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
    const out = directSendFolder(dist, undefined);
    for (const id of variants) {
      for (const [key, file] of [[`dist/${id}`, path.join(dist, 'resume', `${id}.pdf`)], [`out/${id}`, path.join(out, `${id}.pdf`)]] as const) {
        const bytes = readFileSync(file);
        pdfs.set(key, { bytes, pages: await pdfPageTexts(bytes) });
      }
    }
  });

  it.each(variants)('%s.pdf holds the name, the chosen bullets and nothing it left out, within its page limit', (id) => {
    const view = selectResume(publicModel, id);
    const { pages } = pdfs.get(`dist/${id}`)!;
    expect(pages.length).toBeGreaterThanOrEqual(1);
    expect(pages.length).toBeLessThanOrEqual(view.variant.pages);
    expect(pages[0]).toMatch(/^Maya Okafor\n/);
    const text = flat(pages);
    for (const bullet of shownBullets(view)) expect(text, bullet.id).toContain(bullet.text);
    for (const decision of view.decisions.filter((entry) => !entry.included)) expect(text, decision.id).not.toContain(decision.bullet);
  });

  it.each(variants)('%s.pdf has no resume-level or private value; the out/ copy has the phone but nothing private', (id) => {
    const site = flat(pdfs.get(`dist/${id}`)!.pages);
    const direct = flat(pdfs.get(`out/${id}`)!.pages);
    expect(site).not.toContain(phone);
    expect(direct).toContain(phone);
    for (const text of [site, direct]) {
      expect(text).not.toContain(address);
      for (const entry of privateEntries) expect(text).not.toContain(entry.data.bullet);
    }
    const shownInDirect = shownBullets(selectResume(directModel, id)).map((bullet) => bullet.text);
    for (const entry of resumeOnlyEntries) {
      expect(site).not.toContain(entry.data.bullet);
      if (shownInDirect.includes(entry.data.bullet)) expect(direct).toContain(entry.data.bullet);
    }
  });

  it.each(variants)('%s.pdf embeds its fonts, sets its metadata and keeps its links clickable', async (id) => {
    const document = await PDFDocument.load(pdfs.get(`dist/${id}`)!.bytes, { updateMetadata: false });
    const view = selectResume(publicModel, id);
    expect(document.getTitle()).toBe(`Maya Okafor – Resume (${view.variant.targetRole})`);
    expect(document.getAuthor()).toBe('Maya Okafor');
    expect(document.getSubject()).toBe(`Resume of Maya Okafor for ${view.variant.targetRole}: ${view.variant.title}`);
    const fonts = new Set<string>();
    const links = new Set<string>();
    for (const [, object] of document.context.enumerateIndirectObjects()) {
      if (!(object instanceof PDFDict)) continue;
      const fontName = object.get(PDFName.of('FontName'));
      if (fontName && object.get(PDFName.of('FontFile2'))) fonts.add(fontName.toString().replace(/^\/[A-Z]{6}\+/, ''));
      const action = object.get(PDFName.of('A'));
      if (object.get(PDFName.of('Subtype'))?.toString() === '/Link' && action instanceof PDFDict) {
        const uri = action.get(PDFName.of('URI'));
        if (uri instanceof PDFString) links.add(uri.decodeText());
      }
    }
    const family = view.variant.design === 'plain' ? /^SourceSerif4-/ : /^Inter-/;
    expect([...fonts].some((name) => family.test(name)), [...fonts].join(', ')).toBe(true);
    expect(links).toContain('mailto:maya@mayaokafor.example');
    // Chromium writes the address as the browser resolved it, with the trailing slash.
    expect(links).toContain('https://mayaokafor.example/');
    const size = document.getPage(0).getSize();
    expect(size).toEqual(view.variant.paper === 'a4' ? { width: 595.28, height: 841.89 } : { width: 612, height: 792 });
  });

  it('writes direct-send copies of every format to out/resumes beside the build, never into dist/', () => {
    const out = directSendFolder(dist, undefined);
    expect(path.dirname(path.dirname(out))).toBe(path.dirname(dist));
    for (const id of variants) {
      for (const format of ['pdf', 'txt', 'md', 'json']) expect(existsSync(path.join(out, `${id}.${format}`)), `${id}.${format}`).toBe(true);
      expect(readFileSync(path.join(out, `${id}.txt`), 'utf8')).toContain(`Phone: ${phone}`);
      expect(jsonResumeProblems(JSON.parse(readFileSync(path.join(out, `${id}.json`), 'utf8')))).toEqual([]);
    }
  });

  it('fits the sample variants without leaving anything out', () => {
    expect(inject('sampleBuildOutput')).not.toMatch(/lowest-ranked bullet/);
  });
});

describe('JSON Resume downloads and the official validator', () => {
  const official = createRequire(import.meta.url)('@jsonresume/schema') as { validate(document: unknown, done: (errors: unknown, valid: boolean) => void): void };
  it.each(variants)('%s.json passes @jsonresume/schema’s own validator', (id) => {
    let valid = false;
    official.validate(JSON.parse(read(`resume/${id}.json`)), (_errors, ok) => {
      valid = ok;
    });
    expect(valid).toBe(true);
  });
});

describe('the privacy guard over resumes', () => {
  const sampleContent = path.join(PROJECT_ROOT, 'content');

  /** A copy of the built site and its out/ folder, to plant values in. */
  function copyOfBuild(): string {
    const folder = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-resume-leak-')), 'dist');
    cpSync(dist, folder, { recursive: true });
    if (existsSync(directSendFolder(dist, undefined))) cpSync(directSendFolder(dist, undefined), directSendFolder(folder, undefined), { recursive: true });
    return folder;
  }

  it('reads the text of PDFs in dist/ and catches a phone number printed in one', async () => {
    const folder = copyOfBuild();
    const document = await PDFDocument.create();
    const page = document.addPage();
    page.drawText(`Call me on ${phone}`, { x: 50, y: 700, font: await document.embedFont(StandardFonts.Helvetica), size: 12 });
    writeFileSync(path.join(folder, 'resume', 'planted.pdf'), await document.save());
    const leaks = leaksIn(folder, sampleContent);
    expect(leaks.map((leak) => [leak.file, leak.secret.field])).toEqual([['dist/resume/planted.pdf', 'contact.phone']]);
  });

  it('looks up a PDF whose text is still being read ahead once that reading is done, instead of reading it itself', async () => {
    const folder = copyOfBuild();
    const document = await PDFDocument.create();
    document.addPage().drawText('Nothing to see here', { x: 50, y: 700, font: await document.embedFont(StandardFonts.Helvetica), size: 12 });
    const bytes = await document.save();
    writeFileSync(path.join(folder, 'resume', 'late.pdf'), bytes);
    // The text stored when the reading ahead ends differs from the PDF's own: the guard's verdict says which it used.
    const readAhead = new Promise<void>((resolve) =>
      setTimeout(() => {
        writeCachedPdfText(TEST_PDF_TEXT_CACHE, pdfTextKey(bytes), `Call me on ${phone}`);
        resolve();
      }, 200),
    );
    await expect(runPrivacyGuard(folder, sampleContent, undefined, readAhead)).rejects.toThrow(/dist\/resume\/late\.pdf {2}contains .* contact\.phone/);
  });

  it('fails the build when a direct-send resume holds something private', async () => {
    const folder = copyOfBuild();
    writeFileSync(path.join(directSendFolder(folder, undefined), 'general.txt'), `${privateEntries[0]!.data.bullet}\n`);
    await expect(runPrivacyGuard(folder, sampleContent)).rejects.toThrow(/Privacy guard: 1 private value found in the direct-send resumes/);
  });
});
