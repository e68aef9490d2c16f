import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHROME } from '../support/build-context.ts';
import { PDFDocument } from 'pdf-lib';
import { pdfText } from '../../src/lib/privacy/pdf-text.ts';
import { astroBuild, type BuildResult } from '../support/astro-build.ts';
import { twoLanguageContent } from '../support/language-fixture.ts';

/**
 * A site in English and Arabic, built end to end: English at the root as before, Arabic under
 * /ar/ written right to left, every page linked to its other-language twin, untranslated text
 * falling back to English with one warning, and every resume variant in both languages.
 */

const hasChrome = CHROME !== undefined;

describe('a site in two languages', () => {
  let dist: string;
  let out: string;
  let build: BuildResult;
  const page = (file: string) => readFileSync(path.join(dist, file), 'utf8');

  beforeAll(() => {
    const work = mkdtempSync(path.join(os.tmpdir(), 'cairn-languages-'));
    dist = path.join(work, 'dist');
    out = path.join(work, 'out');
    build = astroBuild({ contentDir: twoLanguageContent(), outDir: dist, env: { CAIRN_OUT_DIR: out } });
  }, 300_000);

  it('builds, and says once how much falls back to English instead of failing', () => {
    expect(build.status, build.output).toBe(0);
    const summary = build.output.split('\n').filter((line) => /ar: \d+ fields in \d+ files fall back to en/.test(line));
    expect(summary).toHaveLength(1);
    expect(summary[0]).toContain('run npm run check for the list');
  });

  it('marks English text shown on Arabic pages with lang="en" dir="ltr", and translated text not at all', () => {
    const home = page('ar/index.html');
    // The role summaries and a skill category have no Arabic: each keeps its own language.
    expect(home).toMatch(/<p lang="en" dir="ltr"[^>]*>Led the platform team\.<\/p>/);
    expect(home).toMatch(/<p class="headline"(?![^>]*lang=)[^>]*>مهندسة منصات<\/p>/);
    const caseStudy = page('ar/work/2018-03-02-billing/index.html');
    expect(caseStudy).toMatch(/<h1 lang="en" dir="ltr"[^>]*>Rebuilt the billing run<\/h1>/);
    expect(page('ar/work/2021-05-04-latency/index.html')).toMatch(/<h1(?![^>]*lang=)[^>]*>خفض زمن استجابة الدفع<\/h1>/);
    // The English pages mark nothing (the language switcher's links name their languages, as before).
    expect(page('index.html')).not.toMatch(/<(?:p|h1|h3|dt|div)[^>]* lang="/);
    expect(page('work/2018-03-02-billing/index.html')).not.toMatch(/<(?:p|h1|h3|dt|div)[^>]* lang="/);
  });

  it('keeps the default language at the root and puts the other under its code, with lang and dir', () => {
    expect(page('index.html')).toMatch(/<html lang="en">/);
    expect(page('ar/index.html')).toMatch(/<html lang="ar" dir="rtl">/);
    for (const file of ['ar/work/index.html', 'ar/work/2021-05-04-latency/index.html', 'ar/skills/index.html', 'ar/skills/go/index.html', 'ar/contact/index.html', 'ar/resumes/index.html', 'ar/resume/platform/index.html']) {
      expect(existsSync(path.join(dist, file)), file).toBe(true);
    }
  });

  it('links every page to its twin with hreflang, x-default being the default language', () => {
    const html = page('ar/work/2021-05-04-latency/index.html');
    expect(html).toContain('<link rel="alternate" hreflang="en" href="https://ada.example/work/2021-05-04-latency/">');
    expect(html).toContain('<link rel="alternate" hreflang="ar" href="https://ada.example/ar/work/2021-05-04-latency/">');
    expect(html).toContain('<link rel="alternate" hreflang="x-default" href="https://ada.example/work/2021-05-04-latency/">');
    expect(page('skills/index.html')).toContain('hreflang="ar" href="https://ada.example/ar/skills/"');
  });

  it('offers a language switcher that leads to the same page in the other language', () => {
    expect(page('work/index.html')).toMatch(/<a href="\/ar\/work\/" hreflang="ar" lang="ar"[^>]*>العربية<\/a>/);
    expect(page('ar/work/index.html')).toMatch(/<a href="\/work\/" hreflang="en" lang="en"[^>]*>English<\/a>/);
    expect(page('ar/work/index.html')).toMatch(/<span aria-current="true" lang="ar"[^>]*>العربية<\/span>/);
  });

  it('shows translated text, translated bodies and translated labels, and English where there is no translation', () => {
    const html = page('ar/work/2021-05-04-latency/index.html');
    expect(html).toContain('خفض زمن استجابة الدفع');
    expect(html).toContain('كان الدفع بطيئًا في أوقات الذروة.');
    expect(html).toContain('دراسة حالة');
    expect(html).not.toContain('Checkout was slow at peak');
    const home = page('ar/index.html');
    expect(home).toContain('أبني منصات برمجية موثوقة.');
    // The billing accomplishment has no Arabic: its English title stands in.
    expect(page('ar/work/index.html')).toContain('Rebuilt the billing run');
    expect(page('work/2021-05-04-latency/index.html')).toContain('Checkout was slow at peak');
  });

  it('builds each resume variant in each language, on the site and for sending', () => {
    const text = page('ar/resume/platform.txt');
    expect(text).toContain('مهندسة منصات تجعل الأنظمة البطيئة سريعة.');
    expect(text).toContain('الخبرة المهنية');
    expect(text).toContain('خفضت زمن استجابة الدفع من 800 إلى 90 ميلي ثانية بإزالة قفل.');
    expect(page('resume/platform.txt')).toContain('EXPERIENCE');
    for (const format of ['json', 'md', 'docx']) expect(existsSync(path.join(dist, `ar/resume/platform.${format}`)), format).toBe(true);
    expect(readFileSync(path.join(out, 'resumes/platform.ar.txt'), 'utf8')).toContain('+44 7700 900123');
    expect(readFileSync(path.join(out, 'resumes/platform.txt'), 'utf8')).toContain('Phone: +44 7700 900123');
    expect(JSON.parse(page('ar/resume/platform.json')).meta.canonical).toBe('https://ada.example/ar/resume/platform.json');
  });

  it.runIf(hasChrome)('prints the Arabic resume to a PDF of its own, in Arabic', async () => {
    const arabic = await pdfText(readFileSync(path.join(dist, 'ar/resume/platform.pdf')));
    const english = await pdfText(readFileSync(path.join(dist, 'resume/platform.pdf')));
    // pdf.js gives Arabic back partly as presentation forms (the shaped glyphs), so count any Arabic-script letter.
    const arabicLetters = /[\u0600-\u06FF\uFB50-\uFDFF\uFE70-\uFEFF]/g;
    expect(arabic.match(arabicLetters)?.length ?? 0).toBeGreaterThan(60);
    expect(arabic).toContain('Ada Example');
    expect(english.match(arabicLetters)).toBeNull();
    expect(existsSync(path.join(out, 'resumes/platform.ar.pdf'))).toBe(true);
  });

  it.runIf(hasChrome)('writes the PDF’s title and subject in the resume’s language', async () => {
    const arabic = await PDFDocument.load(readFileSync(path.join(dist, 'ar/resume/platform.pdf')), { updateMetadata: false });
    expect(arabic.getTitle()).toBe('Ada Example – السيرة الذاتية (مهندسة أولى)');
    expect(arabic.getSubject()).toBe('السيرة الذاتية لـAda Example لوظيفة مهندسة أولى: مهندسة منصات');
    const english = await PDFDocument.load(readFileSync(path.join(dist, 'resume/platform.pdf')), { updateMetadata: false });
    expect(english.getSubject()).toBe('Resume of Ada Example for Staff Engineer: Platform engineer');
  });
});
