import { cpSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { buildResumes } from '../../src/lib/stages/resumes.ts';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { CHROME, testContext } from '../support/build-context.ts';

/**
 * The resume stage measures the copies that print from the website's pages together, one print
 * per language and paper size, and then prints each copy that fits once. What it sends and
 * publishes is what measuring each copy alone gives, to the byte.
 */
const sampleDist = inject('sampleDist');
const contentDir = path.join(PROJECT_ROOT, 'content');

/** The resume stage run on a copy of the sample site, with nothing in the PDF cache: its report and every PDF it wrote, by path. */
async function resumeStage(measureTogether: boolean) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-measuring-'));
  const dist = path.join(root, 'dist');
  cpSync(sampleDist, dist, { recursive: true });
  const report = await buildResumes({ context: testContext(contentDir, { outDir: path.join(root, 'out') }), dist, base: '/', site: 'https://maya.example', logger: { info: () => undefined, warn: () => undefined }, chromePath: CHROME, measureTogether });
  const pdfs = new Map<string, Buffer>();
  for (const folder of [dist, report.outFolder]) {
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) if (name.endsWith('.pdf')) pdfs.set(path.relative(root, path.join(folder, name)), readFileSync(path.join(folder, name)));
  }
  return { report, pdfs };
}

describe.skipIf(!CHROME || !sampleDist)('measuring resume copies together', () => {
  it('prints each copy once after one measuring print per language and paper, and the same PDFs as measuring each alone', async () => {
    const together = await resumeStage(true);
    const alone = await resumeStage(false);
    const prints = (report: typeof together.report) => report.variants.map((variant) => [`${variant.language} ${variant.audience} ${variant.id}`, variant.browser.print.count]);
    const context = testContext(contentDir);
    const groups = new Set(together.report.variants.map((variant) => `${variant.language} ${context.resume(variant.language, 'public', variant.id).variant.paper}`));
    expect(groups.size).toBeGreaterThan(1);
    expect(together.report.measuredTogether.print.count).toBe(groups.size);
    // Every sample copy fits without leaving a bullet out: one print each, the finished one.
    expect(prints(together.report).every(([, count]) => count === 1), JSON.stringify(prints(together.report))).toBe(true);
    expect(prints(alone.report).some(([, count]) => count === 2)).toBe(true);
    expect(alone.report.measuredTogether.print.count).toBe(0);
    expect([...together.pdfs.keys()].sort()).toEqual([...alone.pdfs.keys()].sort());
    expect(together.pdfs.size).toBe(together.report.variants.length);
    for (const [file, bytes] of together.pdfs) expect(bytes.equals(alone.pdfs.get(file)!), file).toBe(true);
  });
});
