import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { checkAtsReadback } from '../../src/lib/gates/ats-gate.ts';
import type { AtsCopyReport } from '../../src/lib/gates/ats-report.ts';
import { atsExpectation } from '../../src/lib/gates/ats-expectation.ts';
import { readPdfForAts } from '../../src/lib/gates/ats-pdf-reading.ts';
import { readBack } from '../../src/lib/gates/ats-readback.ts';
import type { GateResult } from '../../src/lib/gates/gate.ts';
import { usePrinter } from '../support/test-printer.ts';
import { resumeTitle, standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { RESUME_DESIGNS } from '../../src/schemas/resume.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { CHROME, testContext } from '../support/build-context.ts';

/**
 * The `ats` gate over the sample build: every resume PDF, website and direct-send, in every
 * language, read back whole; then the same PDFs through an independent reader (poppler's
 * pdftotext, which textract-based parsers such as npm's resume-parser call), and the sample in
 * every design.
 */
const dist = inject('sampleDist');
const out = path.join(path.dirname(dist), 'out');
const context = testContext(path.join(PROJECT_ROOT, 'content'));
const reports = mkdtempSync(path.join(os.tmpdir(), 'cairn-ats-'));
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

const reportOf = (name: string) => JSON.parse(readFileSync(path.join(reports, name), 'utf8')) as AtsCopyReport;

describe.skipIf(!CHROME)('reading the sample resume PDFs back as a parser', () => {
  let result: GateResult;
  const copies = context.languages.length * (context.model(context.defaultLanguage, 'public').resumes.length + context.model(context.defaultLanguage, 'resume').resumes.length);

  beforeAll(async () => {
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
    result = await checkAtsReadback({ context, dist, out, reports });
  });

  it('passes every PDF of every variant, language and copy, with no problem', () => {
    expect(result.failures).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.summary).toMatch(new RegExp(`^${copies} resume PDFs read back`));
  });

  it('writes a report per PDF: the name first, email, sections, every bullet whole, the phone only where the copy shows it', () => {
    const index = readFileSync(path.join(reports, 'index.md'), 'utf8');
    const names = [...index.matchAll(/\]\(([^)]+)\.md\)/g)].map((match) => match[1]!);
    expect(names).toHaveLength(copies);
    for (const name of names) {
      const report = reportOf(`${name}.json`);
      expect(existsSync(path.join(reports, `${name}.md`))).toBe(true);
      expect(report.readback.firstLine).toBe(report.name);
      expect(report.readback.email).toBeDefined();
      expect(report.readback.lines.expected).toBeGreaterThan(0);
      expect(report.readback.lines.matched).toBe(report.readback.lines.expected);
      expect(report.readback.sections.length).toBeGreaterThanOrEqual(4);
      expect(report.showsPhone).toBe(report.copy === 'direct-send');
      if (report.showsPhone) expect(report.readback.phone).toBeDefined();
    }
  });

  it.skipIf(!hasPdftotext)('is confirmed by pdftotext: the same first line, email, headings and whole bullets', () => {
    const names = [...readFileSync(path.join(reports, 'index.md'), 'utf8').matchAll(/\]\(([^)]+)\.md\)/g)].map((match) => match[1]!);
    for (const name of names) {
      const report = reportOf(`${name}.json`);
      const pdf = path.resolve(report.pdf);
      const lines = spawnSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout.split('\n').map((line) => line.trim()).filter(Boolean);
      const flow = lines.reduce((text, line) => (/[\p{L}\p{N}]-$/u.test(text) && /^\p{L}/u.test(line) ? `${text}${line}` : `${text} ${line}`), '').replace(/\s+/g, ' ');
      expect(lines[0], pdf).toBe(report.name);
      expect(flow).toContain(report.readback.email);
      for (const heading of report.readback.sections) expect(lines.map((line) => line.toLowerCase()), `${pdf}: ${heading}`).toContain(heading.toLowerCase());
      // The bullets as the build wrote them beside the PDF, in its plain-text copy.
      const bullets = readFileSync(pdf.replace(/\.pdf$/, '.txt'), 'utf8').split('\n').filter((line) => line.startsWith('- ')).map((line) => line.slice(2));
      expect(bullets.length).toBeGreaterThan(0);
      for (const bullet of bullets) expect(flow, pdf).toContain(bullet);
    }
  });
});

describe.skipIf(!CHROME)('the sample resume in every design', () => {
  const { documents, open } = usePrinter(CHROME);

  it.each(RESUME_DESIGNS)('%s reads back whole', async (design) => {
    const full = context.resume(context.defaultLanguage, 'resume', 'general');
    const view = { ...full, variant: { ...full.variant, design } };
    documents.set(design, standaloneDocument({ title: resumeTitle(view.person.name, view.variant.targetRole), article: renderResumeArticle(view), stylesheets: ['/fonts.css', '/resume.css'], brand: context.model(context.defaultLanguage, 'resume').profile.data.brand }));
    const tab = await open(design);
    const readback = readBack(await readPdfForAts(await tab.print()), atsExpectation(view, (id) => id));
    expect(readback.findings.filter((finding) => finding.severity === 'problem')).toEqual([]);
    expect(readback.lines.matched).toBe(readback.lines.expected);
    expect(readback.keywords.matched).toBe(readback.keywords.expected);
  });
});
