import { mkdtempSync, readdirSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { unseal } from '../../src/lib/build/sealed-file.ts';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { buildLetters } from '../../src/lib/stages/letters.ts';
import { buildResumes } from '../../src/lib/stages/resumes.ts';
import { CHROME, testContext } from '../support/build-context.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/** The PDF cache as the letter and resume stages use it: an entry damaged after it was written is printed again, never sent. */
const SENTENCE = 'I would bring the Falcon migration playbook to Initrode on day one.';

function content(): string {
  return writeContentFolder({
    ...minimalContent(),
    'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Platform Engineer\npaper: a4\ndesign: plain', '\nA platform engineer.\n'),
    'letters/initrode.mdx': mdx('addressee: { name: Peter Gibbons }\ncompany: Initrode\nrole: Platform Engineer\nresume: platform\ndate: "2026-03-05"', `\n${SENTENCE}\n`),
  });
}

describe.skipIf(!CHROME)('the PDF cache, corrupted', () => {
  it.each([
    ['is cut short', (entry: string) => truncateSync(entry, Math.floor(statSync(entry).size / 2))],
    ['has bytes flipped', (entry: string) => {
      const bytes = readFileSync(entry);
      for (let index = 500; index < 520; index++) bytes[index] = bytes[index]! ^ 0xff;
      writeFileSync(entry, bytes);
    }],
  ])('prints a letter again when its cached PDF %s, sends a whole PDF, and says so in one line', async (_case, damage) => {
    const contentDir = content();
    const pdfCache = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-cache-'));
    const context = testContext(contentDir, { pdfCache });
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-letters-'));
    const run = async (dist: string) => {
      const warnings: string[] = [];
      const report = await buildLetters({ context, dist: path.join(root, dist), logger: { info: () => {}, warn: (line) => warnings.push(line) } });
      return { report, warnings, pdf: readFileSync(path.join(report.outFolder, 'initrode.pdf')) };
    };

    const first = await run('first');
    expect(first.report).toMatchObject({ printed: 1, fromCache: 0 });
    const entry = path.join(pdfCache, readdirSync(pdfCache).find((name) => name.endsWith('.pdf'))!);
    damage(entry);

    const second = await run('second');
    expect(second.report).toMatchObject({ printed: 1, fromCache: 0 });
    expect(second.warnings).toEqual([expect.stringMatching(/^cover letter PDFs: discarded a corrupt cached PDF \([0-9a-f]{64}\.pdf: .+\) and printed it again$/)]);
    expect(second.pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await pdfPageTexts(second.pdf)).toEqual(await pdfPageTexts(first.pdf));
    expect((await pdfPageTexts(second.pdf))[0]).toContain(SENTENCE);
    // The entry was printed again, whole: the next build takes it from the cache.
    expect(unseal(readFileSync(entry), path.basename(entry)).ok).toBe(true);
    const third = await run('third');
    expect(third).toMatchObject({ report: { printed: 0, fromCache: 1 }, warnings: [] });
    expect(third.pdf.equals(second.pdf)).toBe(true);
  });
  it('prints a direct-send resume again when its cached PDF is cut short, never sending the damaged one', async () => {
    const contentDir = writeContentFolder({ ...minimalContent(), 'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Platform Engineer\nvisibility: resume', '\nA platform engineer.\n') });
    const pdfCache = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-cache-'));
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-resumes-'));
    const run = async (name: string) => {
      const warnings: string[] = [];
      const report = await buildResumes({ context: testContext(contentDir, { pdfCache }), dist: path.join(root, name, 'dist'), base: '/', site: 'https://example.com', logger: { info: () => {}, warn: (line) => warnings.push(line) } });
      return { report, warnings, pdf: readFileSync(path.join(root, name, 'out/resumes/platform.pdf')) };
    };
    const first = await run('first');
    const entry = path.join(pdfCache, readdirSync(pdfCache).find((name) => name.endsWith('.pdf'))!);
    truncateSync(entry, 1000);
    const second = await run('second');
    expect(second.warnings).toEqual([expect.stringMatching(/^resume PDFs: discarded a corrupt cached PDF \([0-9a-f]{64}\.pdf: it has no seal: .+\) and printed it again$/)]);
    expect(second.pdf.length).toBeGreaterThan(1000);
    expect(await pdfPageTexts(second.pdf)).toEqual(await pdfPageTexts(first.pdf));
    expect(unseal(readFileSync(entry), path.basename(entry)).ok).toBe(true);
  });
});
