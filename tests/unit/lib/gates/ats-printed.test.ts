import { describe, expect, it } from 'vitest';
import { readPdfForAts } from '../../../../src/lib/gates/ats-pdf-reading.ts';
import { readBack } from '../../../../src/lib/gates/ats-readback.ts';
import { usePrinter } from '../../../support/test-printer.ts';
import { CHROME } from '../../../support/build-context.ts';
import { BULLETS, EXPECTED } from './ats-fixture.ts';

/**
 * Small resumes printed by the build's own printer (Chromium), read back with pdf.js: what the
 * gate sees in a real PDF, where a split bullet or a ligature comes from the drawing, not from a
 * hand-written reading.
 */

function page(bullets: readonly string[], style = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fixture</title><link rel="stylesheet" href="/fonts.css">
<style>@page { size: A4; margin: 15mm } body { font: 10pt/1.35 Inter, sans-serif; margin: 0 } h2 { font-size: 10pt; text-transform: uppercase; margin: 8pt 0 2pt } ul { margin: 0; padding-inline-start: 12pt } ${style}</style></head>
<body><h1>Ada Fictional</h1><p><a href="mailto:ada@example.org">ada@example.org</a> · +44 7700 900123 · <a href="https://example.org/ada">example.org/ada</a></p>
<h2>Experience</h2><p><strong>Platform Engineer</strong> Jan 2020 – Present</p><ul>${bullets.map((bullet) => `<li>${bullet}</li>`).join('')}</ul>
<h2>Skills</h2><p>Cloud: Kubernetes, Terraform</p></body></html>`;
}

describe.skipIf(!CHROME)('reading a printed resume back', () => {
  const { documents, open } = usePrinter(CHROME);

  async function problemsIn(html: string) {
    const name = `fixture-${documents.size}`;
    documents.set(name, html);
    const tab = await open(name);
    const result = readBack(await readPdfForAts(await tab.print()), EXPECTED);
    return result.findings.filter((finding) => finding.severity === 'problem');
  }

  it('passes a plain one-column resume', async () => {
    expect(await problemsIn(page(BULLETS))).toEqual([]);
  });

  it('fails a bullet whose end the design draws elsewhere on the page', async () => {
    const split = [BULLETS[0], 'Led the finance team through <span style="position: absolute; top: 200mm">the migration to a new ledger</span>'];
    const found = await problemsIn(page(split));
    expect(found.map((finding) => finding.check)).toEqual(['line']);
    expect(found[0]!.message).toContain('bullet 2: "Led the finance team through the migration to a new ledger" is not read whole: it is split');
  });

  it('fails a ligature character in a bullet', async () => {
    const found = await problemsIn(page([BULLETS[0], BULLETS[1].replace('finance', '\uFB01nance')]));
    expect(found.map((finding) => finding.check)).toEqual(['line', 'ligature']);
  });

  it('fails a word hyphenated at a line end', async () => {
    const found = await problemsIn(page([BULLETS[0].replace('caching', 'cach-<br>ing'), BULLETS[1]]));
    expect(found.map((finding) => finding.check)).toEqual(['line', 'hyphenation']);
  });

  it('fails text drawn as an image', async () => {
    const picture = `<img alt="" src="data:image/svg+xml,${encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="40"><rect width="400" height="40" fill="#333"/></svg>')}">`;
    const html = page(BULLETS).replace(/<body>[\s\S]*<\/body>/, `<body>${picture}</body>`);
    const found = await problemsIn(html);
    expect(found.map((finding) => finding.check)).toContain('text-layer');
  });
});
