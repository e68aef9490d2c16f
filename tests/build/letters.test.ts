import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CHROME, runPrivacyGuard } from '../support/build-context.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { letterView } from '../../src/lib/model/letter-view.ts';
import { letterText } from '../../src/lib/render/letters/text.ts';
import { buildModel } from '../../src/lib/model/model.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { visibleContent } from '../../src/lib/model/visibility.ts';
import { astroBuild } from '../support/astro-build.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/** Whole builds with cover letters: where each copy goes, what it carries, and a letter too long for its page. */
const chrome = CHROME;

const PRIVATE_SENTENCE = 'I would bring the Falcon migration playbook to Initrode on day one.';
const PUBLIC_SENTENCE = 'This open letter explains why I want to build platforms at Globex.';

function letterContent(extra: Record<string, string> = {}): string {
  return writeContentFolder({
    ...minimalContent(),
    'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Platform Engineer\npaper: a4\ndesign: plain', '\nA platform engineer.\n'),
    'letters/initrode.mdx': mdx('addressee: { name: Peter Gibbons, title: Director of Engineering }\ncompany: Initrode\nrole: Platform Engineer\nresume: platform\ndate: "2026-03-05"', `\n${PRIVATE_SENTENCE}\n`),
    'letters/globex.mdx': mdx('addressee: { name: Hank Scorpio }\ncompany: Globex\nrole: Platform Engineer\nresume: platform\ndate: "2026-03-06"\nvisibility: public', `\n${PUBLIC_SENTENCE}\n`),
    ...extra,
  });
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => (item.isDirectory() ? walk(path.join(folder, item.name)) : [path.join(folder, item.name)]));
}

describe.skipIf(!chrome)('cover letters, built', () => {
  it('writes every letter to out/letters/ and only public ones to the site, each copy with the details its reader may see', async () => {
    const contentDir = letterContent();
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-letters-'));
    const dist = path.join(root, 'dist');
    const env = { CAIRN_PDF_CACHE: mkdtempSync(path.join(os.tmpdir(), 'cairn-letters-cache-')) };
    const result = astroBuild({ contentDir, outDir: dist, env });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain(`cover letters: 2 in ${path.join(root, 'out/letters')}, 1 also on the site; PDFs: 0 from the cache, 3 printed`);
    expect(result.output).toContain('no private value in the cover letters');

    const out = path.join(root, 'out/letters');
    expect(readdirSync(out).sort()).toEqual(['globex.html', 'globex.pdf', 'globex.txt', 'initrode.html', 'initrode.pdf', 'initrode.txt']);
    expect(readdirSync(path.join(dist, 'letters')).sort()).toEqual(['globex.pdf', 'globex.txt']);
    // The private letter is nowhere in the site, under any name.
    expect(walk(dist).filter((file) => file.includes('initrode'))).toEqual([]);

    // The copy for sending has the resume-level phone; the public copy never does.
    const [sent] = await pdfPageTexts(readFileSync(path.join(out, 'initrode.pdf')));
    const published = await pdfPageTexts(readFileSync(path.join(dist, 'letters/globex.pdf')));
    expect(published).toHaveLength(1);
    expect(sent).toContain('+44 7700 900123');
    expect(sent).toContain(PRIVATE_SENTENCE);
    expect(published[0]).toContain(PUBLIC_SENTENCE);
    expect(published[0]).not.toContain('7700');
    expect(readFileSync(path.join(dist, 'letters/globex.txt'), 'utf8')).not.toContain('7700');
    expect(await pdfPageTexts(readFileSync(path.join(out, 'globex.pdf')))).toEqual([expect.stringContaining('+44 7700 900123')]);

    // The text copies are the letter's own text export, for each audience.
    const { content } = loadContent(contentDir);
    const variant = content.resumes[0]!;
    const viewFor = (id: string, audience: 'public' | 'resume') => letterView(content.letters.find((letter) => letter.id === id)!, buildModel(visibleContent(content, audience)), variant, audience);
    expect(readFileSync(path.join(out, 'initrode.txt'), 'utf8')).toBe(letterText(viewFor('initrode', 'resume')));
    expect(readFileSync(path.join(dist, 'letters/globex.txt'), 'utf8')).toBe(letterText(viewFor('globex', 'public')));
    // The HTML print source is in its resume's design and paper.
    expect(readFileSync(path.join(out, 'initrode.html'), 'utf8')).toContain('<article class="resume cover-letter" data-letter="initrode" data-design="plain" data-paper="a4">');

    // An unchanged rebuild prints nothing.
    const rebuild = astroBuild({ contentDir, outDir: path.join(root, 'dist-again'), env });
    expect(rebuild.status, rebuild.output).toBe(0);
    expect(rebuild.output).toContain('PDFs: 3 from the cache, 0 printed');
  });

  it('fails the build for a letter over one page, saying how far over, without a stack trace', () => {
    const long = Array.from({ length: 9 }, (_, index) => `Paragraph ${index + 1} goes on about platforms, reliability, budgets and people for far longer than any hiring manager would read in one sitting, and then it keeps going with more of the same, because the writer could not stop.`).join('\n\n');
    const contentDir = letterContent({ 'letters/initrode.mdx': mdx('addressee: { name: Peter Gibbons }\ncompany: Initrode\nrole: Platform Engineer\nresume: platform\ndate: "2026-03-05"', `\n${long}\n`) });
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-letters-long-'));
    const result = astroBuild({ contentDir, outDir: path.join(root, 'dist') });
    expect(result.status).toBe(1);
    const output = result.output.split(`${contentDir}/`).join('content/');
    expect(output).toMatch(/Cover letter "initrode" \(content\/letters\/initrode\.mdx\) prints on 2 pages, 1 page over its limit of 1 \(the copy for sending, with resume-only details\): about \d+ words run past the first page\./);
    expect(output).toMatch(/Cut about \d+ words from the body of content\/letters\/initrode\.mdx/);
    expect(output).not.toMatch(/\n\s+at .*\.(ts|js|mjs):\d+/);
    expect(existsSync(path.join(root, 'out/letters/initrode.pdf'))).toBe(false);
  });
});

describe.skipIf(!chrome)('the sample persona’s cover letter', () => {
  it('prints on one page for sending, with her phone, in the A4 design of the resume it accompanies, and stays off the site', async () => {
    const dist = inject('sampleDist');
    expect(dist, `the sample build failed:\n${inject('sampleBuildOutput')}`).not.toBe('');
    const out = path.join(path.dirname(dist), 'out/letters');
    const pages = await pdfPageTexts(readFileSync(path.join(out, 'larchmont-rail-platform.pdf')));
    expect(pages).toHaveLength(1);
    expect(pages[0]).toContain('+44 7700 900461');
    expect(pages[0]).toContain('Application for Engineering Manager, Platform');
    expect(readFileSync(path.join(out, 'larchmont-rail-platform.html'), 'utf8')).toContain('data-design="branded" data-paper="a4"');
    expect(existsSync(path.join(dist, 'letters'))).toBe(false);
  });
});

describe('the privacy guard over out/letters/', () => {
  /** Runs the guard's hook on a built folder with one file planted in out/letters/. */
  function guardWith(planted: string): Promise<void> {
    const contentDir = letterContent();
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-letters-guard-'));
    mkdirSync(path.join(root, 'dist'));
    writeFileSync(path.join(root, 'dist/index.html'), '<h1>Ada Example</h1>');
    mkdirSync(path.join(root, 'out/letters'), { recursive: true });
    writeFileSync(path.join(root, 'out/letters/globex.txt'), planted);
    return runPrivacyGuard(path.join(root, 'dist'), contentDir);
  }

  it('lets a letter carry its own words and the resume-level phone', async () => {
    await expect(guardWith(`${PUBLIC_SENTENCE}\nPhone: +44 7700 900123\n`)).resolves.toBeUndefined();
  });

  it('fails the build when one letter carries another private letter’s words, naming both files', async () => {
    await expect(guardWith(`${PUBLIC_SENTENCE}\n${PRIVATE_SENTENCE}\n`)).rejects.toThrow(/Privacy guard: 1 private value found in the cover letters in .*out\/letters\. Do not send them\.\n {2}letters\/globex\.txt {2}contains .*letters\/initrode\.mdx body "I would bring the Falcon migration playbook to Initrode o…"/);
  });
});
