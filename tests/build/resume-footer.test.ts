import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { pdfPageTexts } from '../../src/lib/privacy/pdf-text.ts';
import { runningFooterCss } from '../../src/lib/render/resume/running-footer.ts';

const dist = inject('sampleDist');
const out = path.join(path.dirname(dist), 'out', 'resumes');

describe('a resume that runs to a second page', () => {
  it('prints the name and "page / pages" at the foot of every page after the first, and a one-page resume prints none', async () => {
    if (!existsSync(path.join(out, 'staff-sre.pdf'))) return; // Built without a browser: no PDFs.
    const pages = await pdfPageTexts(readFileSync(path.join(out, 'staff-sre.pdf')));
    expect(pages).toHaveLength(2);
    const names = (text: string) => text.split('Maya Okafor').length - 1;
    // Page one opens with the name, which an ATS reads first; page two has it in its footer.
    expect(pages[0]).toMatch(/^Maya Okafor\n/);
    expect(pages.map(names)).toEqual([1, 1]);
    expect(pages[0]).not.toMatch(/(^|\s)1 ?\/ ?2(\s|$|Maya)/);
    expect(pages[1]).toMatch(/(^|\s)2 ?\/ ?2(\s|$|Maya)/);
    const onePage = await pdfPageTexts(readFileSync(path.join(out, 'general.pdf')));
    expect(onePage).toHaveLength(1);
    expect(onePage[0]!).not.toMatch(/(^|\s)1 ?\/ ?1(\s|$|Maya)/);
    expect(onePage[0]!.split('Maya Okafor')).toHaveLength(2);
  });

  it('puts the name on the right and the page count on the left in a right-to-left resume', () => {
    expect(runningFooterCss('ليلى حداد', 'rtl')).toContain('@bottom-right { content: "ليلى حداد";');
    expect(runningFooterCss('ليلى حداد', 'rtl')).toContain('@bottom-left { content: counter(page)');
    expect(runningFooterCss('Maya Okafor')).toContain('@bottom-left { content: "Maya Okafor";');
  });

  it('writes the name as a CSS string whatever it holds', () => {
    expect(runningFooterCss('Ana "Nana" O\\Brien\nJr')).toContain('content: "Ana \\"Nana\\" O\\\\Brien Jr";');
  });
});
