import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ResumeDesign } from '../../src/schemas/resume.ts';
import { textDirection } from '../../src/lib/model/i18n/messages.ts';
import type { ResumeView } from '../../src/lib/model/resume/selection.ts';
import { selectResume } from '../../src/lib/model/resume/selection.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { finishPdf } from '../../src/lib/print/pdf-file.ts';
import { usePrinter } from '../support/test-printer.ts';
import { fitToPages } from '../../src/lib/print/resume-fit.ts';
import { resumePrintSession } from '../../src/lib/print/resume-pages.ts';
import { resumeTitle, standaloneDocument } from '../../src/lib/render/resume/document.ts';
import { renderResumeArticle } from '../../src/lib/render/resume/html.ts';
import { runningFooterCss } from '../../src/lib/render/resume/running-footer.ts';
import { buildResumes, metadataOf } from '../../src/lib/stages/resumes.ts';
import { contentFolder, resumeFile } from '../unit/lib/render/resume/fixtures.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { CHROME, testContext } from '../support/build-context.ts';

/**
 * The sample's resumes in each design, printed as the build prints a direct-send copy: fitted,
 * with "Employer (continued)" where a role runs over a page break, the running footer, and the
 * finished metadata.
 */
const context = testContext(path.join(PROJECT_ROOT, 'content'));
const model = context.model(context.defaultLanguage, 'resume');
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;
const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-designs-'));

describe.skipIf(!CHROME)('the sample resumes in each design', () => {
  const { documents, open } = usePrinter(CHROME);

  const inDesign = (id: string, design: ResumeDesign, drop: readonly string[] = []): ResumeView => {
    const view = selectResume(model, id, { drop });
    return { ...view, variant: { ...view.variant, design } };
  };

  /** Prints a variant in a design the way the build's fit does, and finishes the PDF. */
  async function print(id: string, design: ResumeDesign) {
    const full = inDesign(id, design);
    const name = `${id}-${design}`;
    documents.set(name, standaloneDocument({ title: resumeTitle(full.person.name, full.variant.targetRole), article: renderResumeArticle(full), stylesheets: ['/fonts.css', '/resume.css'], brand: model.profile.data.brand, language: full.language }));
    const tab = await open(name);
    const footer = runningFooterCss(full.person.name, textDirection(full.language));
    const session = resumePrintSession(tab!, { loaded: renderResumeArticle(full), render: (drop, layout) => renderResumeArticle(inDesign(id, design, drop), layout), limit: full.variant.pages, footer });
    const result = await fitToPages(full, session.pagesWithout);
    if (!result.fits) return { fits: false as const, pages: result.pages };
    const printed = await session.print(result.drop);
    const pdf = await finishPdf(printed.pdf, metadataOf(inDesign(id, design, result.drop), '1764806400'));
    return { fits: true as const, pages: printed.pages, drop: result.drop, pdf };
  }

  const variants = model.resumes.map((entry) => entry.id);

  it.each(['classic', 'sidebar', 'compact'] as const)('%s prints every sample variant within its page limit, leaving nothing out, byte-identically twice', async (design) => {
    for (const id of variants) {
      const first = await print(id, design);
      expect([id, first.fits]).toEqual([id, true]);
      if (!first.fits) continue;
      expect(first.drop).toEqual([]);
      expect(first.pages).toBeLessThanOrEqual(selectResume(model, id).variant.pages);
      const second = await print(id, design);
      expect(second.fits && Buffer.from(second.pdf).equals(Buffer.from(first.pdf)), `${design}/${id} printed two different PDFs`).toBe(true);
      writeFileSync(path.join(scratch, `${design}-${id}.pdf`), first.pdf);
    }
  });

  it('opens page 2 of the two-page variant with "Employer (continued)" where a role runs over, without repeating a bullet', async () => {
    const printed = await print('staff-sre', 'plain');
    expect(printed.fits).toBe(true);
    if (!printed.fits) return;
    const pages = await pdfPageTexts(printed.pdf);
    expect(pages).toHaveLength(2);
    // The running footer's margin boxes are read first; the page's own text opens with the line.
    const firstLine = pages[1]!.split('\n').find((line) => !line.includes('Maya Okafor') && !/\d \/ \d/.test(line));
    const opening = /^(.+) \(continued\)$/.exec(firstLine ?? '');
    expect(opening, pages[1]!.slice(0, 200)).not.toBeNull();
    const organisation = opening![1]!;
    expect(selectResume(model, 'staff-sre').roles.map((role) => role.organisation)).toContain(organisation);
    // The employer's block started on page 1, and each of its bullets is printed once.
    expect(pages[0]).toContain(organisation);
    const bullets = selectResume(model, 'staff-sre').roles.flatMap((role) => role.bullets.map((bullet) => bullet.text));
    const text = pages.join('\n').replace(/\s+/g, ' ');
    for (const bullet of bullets) expect(text.split(bullet).length - 1, bullet).toBe(1);
    // Still in the variant's language: the German copy says "Fortsetzung".
    const german = context.model('de', 'resume');
    const view = selectResume(german, 'staff-sre');
    documents.set('staff-sre-de', standaloneDocument({ title: 'de', article: renderResumeArticle(view), stylesheets: ['/fonts.css', '/resume.css'], brand: german.profile.data.brand, language: 'de' }));
    const tab = await open('staff-sre-de');
    const session = resumePrintSession(tab!, { loaded: renderResumeArticle(view), render: (drop, layout) => renderResumeArticle(selectResume(german, 'staff-sre', { drop }), layout), limit: 2 });
    const result = await fitToPages(view, session.pagesWithout);
    expect(result.fits).toBe(true);
    if (result.fits) expect((await pdfPageTexts((await session.print(result.drop)).pdf)).join('\n')).toMatch(/\(Fortsetzung\)/);
  });

  it.skipIf(!hasPdftotext)('sidebar reads, in pdftotext, the name, then the whole panel, then the whole main column', async () => {
    for (const id of variants) {
      const printed = await print(id, 'sidebar');
      if (!printed.fits) throw new Error(`${id} does not fit in the sidebar design`);
      const file = path.join(scratch, `order-${id}.pdf`);
      writeFileSync(file, printed.pdf);
      const lines = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.split('\n').map((line) => line.trim()).filter(Boolean);
      const view = inDesign(id, 'sidebar');
      expect(lines[0]).toBe(view.person.name);
      // Where each section's heading is read: every panel heading before the first main one.
      const headingAt = (heading: string) => lines.indexOf(heading.toLocaleUpperCase('en'));
      const html = renderResumeArticle(view);
      const headings = (part: string) => [...part.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((match) => match[1]!.replace(/&amp;/g, '&'));
      const [panel, main] = html.split('<div class="resume-main">') as [string, string];
      const panelAt = headings(panel).map(headingAt);
      const mainAt = headings(main).map(headingAt);
      expect([...panelAt, ...mainAt].every((at) => at >= 0), `${id}: ${lines.join(' | ')}`).toBe(true);
      expect(Math.max(...panelAt), id).toBeLessThan(Math.min(...mainAt));
      // The contact details come with the panel, right after the name and headline.
      expect(lines.indexOf(view.person.email!)).toBeLessThan(Math.min(...panelAt));
    }
  });
});

/** The browser processes this test process started and has not closed (Linux: read from /proc; elsewhere none are seen). */
function browsersOfThisProcess(): number[] {
  if (!existsSync('/proc/self/stat')) return [];
  const parents = new Map<number, { parent: number; name: string }>();
  for (const name of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(name), { parent: Number(fields[1]), name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
    } catch {
      // Ended between the listing and the read.
    }
  }
  const descends = (pid: number): boolean => {
    for (let at = parents.get(pid)?.parent; at !== undefined && at > 1; at = parents.get(at)?.parent) if (at === process.pid) return true;
    return false;
  };
  return [...parents].filter(([pid, { name }]) => /chrom/i.test(name) && descends(pid)).map(([pid]) => pid);
}

describe.skipIf(!CHROME)('a variant printed with a JSON Resume theme', () => {
  const logger = { info: () => undefined, warn: () => undefined };
  /** Runs the resume stage alone (the variant is only for sending, so no website page is needed). */
  async function build(design: string) {
    const contentDir = contentFolder(resumeFile('themed', `design: ${design}\nvisibility: resume\npages: 2\nfit: auto`));
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-theme-'));
    const dist = path.join(root, 'dist');
    mkdirSync(dist);
    const context = testContext(contentDir, { outDir: path.join(root, 'out') });
    const report = await buildResumes({ context, dist, base: '/', site: undefined, logger, chromePath: CHROME });
    return { report, pdf: path.join(root, 'out', 'resumes', 'themed.pdf'), contentDir };
  }

  it('prints the direct-send copy with the theme, fitted to its page limit, byte-identically twice', async () => {
    const first = await build('jsonresume:even');
    expect(first.report.overflows).toEqual([]);
    const themed = first.report.variants.find((variant) => variant.audience === 'resume')!;
    expect(themed.pages).toBeGreaterThanOrEqual(1);
    expect(themed.pages).toBeLessThanOrEqual(2);
    const text = (await pdfPageTexts(readFileSync(first.pdf))).join('\n');
    expect(text).toContain('Ada Example');
    // The theme's page, not Cairn's: even heads the experience "Work".
    expect(text).toMatch(/\bWork\b/);
    expect(text).not.toContain('EXPERIENCE');
    const second = await build('jsonresume:even');
    expect(readFileSync(second.pdf).equals(readFileSync(first.pdf))).toBe(true);
  });

  it('stops the build in one line naming the package when the theme is not installed', async () => {
    await expect(build('jsonresume:no-such-theme-here')).rejects.toThrow(/design is "jsonresume:no-such-theme-here", but the npm package jsonresume-theme-no-such-theme-here is not installed\.$/);
  });

  it('closes the browser it started for the copies before, when a later copy names a theme that is not installed', async () => {
    // "aaa" must be printed, so the browser starts at it; the theme is looked up after it.
    const contentDir = contentFolder({ ...resumeFile('aaa', 'pages: 2'), ...resumeFile('themed', 'design: jsonresume:no-such-theme-here\nvisibility: resume\npages: 2') });
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-theme-'));
    mkdirSync(path.join(root, 'dist'));
    const context = testContext(contentDir, { outDir: path.join(root, 'out') });
    await expect(buildResumes({ context, dist: path.join(root, 'dist'), base: '/', site: undefined, logger, chromePath: CHROME })).rejects.toThrow(/jsonresume-theme-no-such-theme-here is not installed\.$/);
    // A browser left starting would be up within this time.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(browsersOfThisProcess()).toEqual([]);
  });
});
