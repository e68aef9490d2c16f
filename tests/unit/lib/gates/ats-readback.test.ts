import { describe, expect, it } from 'vitest';
import type { PdfReading } from '../../../../src/lib/gates/ats-pdf-reading.ts';
import { readBack } from '../../../../src/lib/gates/ats-readback.ts';
import { BULLETS, EXPECTED } from './ats-fixture.ts';

/** A PDF's reading as pdf.js would give it: one page of lines, drawn in this order. */
function reading(lines: string[], links = ['mailto:ada@example.org', 'https://example.org/ada']): PdfReading {
  return { pages: [{ number: 1, lines: lines.map((text) => ({ text, pieces: 1 })), images: 0 }], links: links.map((url) => ({ page: 1, url })) };
}

const CLEAN = ['Ada Fictional', 'ada@example.org · +44 7700 900123 · example.org/ada', 'EXPERIENCE', 'Platform Engineer Jan 2020 – Present', BULLETS[0], BULLETS[1], 'SKILLS', 'Cloud: Kubernetes, Terraform'];
const problems = (lines: string[], links?: string[]) => readBack(reading(lines, links), EXPECTED).findings.filter((finding) => finding.severity === 'problem');

describe('readBack', () => {
  it('reads a clean resume back whole: name first, every heading, bullet, date and skill', () => {
    const result = readBack(reading(CLEAN), EXPECTED);
    expect(result.findings).toEqual([]);
    expect(result).toMatchObject({ firstLine: 'Ada Fictional', email: 'ada@example.org', phone: '+44 7700 900123', sections: ['Experience', 'Skills'], lines: { matched: 2, expected: 2 }, dates: { matched: 1, expected: 1 }, keywords: { matched: 2, expected: 2 } });
  });

  it('joins a bullet wrapped over two lines with a space, and a word broken after a real hyphen without one', () => {
    const wrapped = CLEAN.flatMap((line) => (line === BULLETS[1] ? ['Led the finance team through the', 'migration to a new ledger'] : line === 'Cloud: Kubernetes, Terraform' ? ['Cloud: Kuber-', 'netes, Terraform'] : [line]));
    // "Kuber-/netes" is hyphenation inside a written word: found, and named.
    expect(problems(wrapped).map((finding) => finding.check)).toEqual(['keyword', 'hyphenation']);
    expect(problems(wrapped.map((line) => (line === 'Cloud: Kuber-' ? 'Cloud: Kubernetes,' : line === 'netes, Terraform' ? 'Terraform' : line)))).toEqual([]);
  });

  it('fails a bullet split in two by other text, naming its source and both pieces', () => {
    const split = [...CLEAN.slice(0, 5), 'Led the finance team through', 'SKILLS', 'the migration to a new ledger', 'Cloud: Kubernetes, Terraform'];
    const found = problems(split);
    expect(found).toHaveLength(1);
    expect(found[0]!.check).toBe('line');
    expect(found[0]!.message).toMatch(/^bullet 2: .*split: "Led the finance team through" and "the migration to a new ledger" are read apart/);
  });

  it('fails a bullet drawn after the next section: read whole, but under the wrong heading', () => {
    const moved = [...CLEAN.slice(0, 4), BULLETS[0], ...CLEAN.slice(6), BULLETS[1]];
    const found = problems(moved);
    expect(found.map((finding) => finding.check)).toEqual(['order']);
    expect(found[0]!.message).toMatch(/^bullet 2: "Led the finance .*" is read under "Skills" \(page 1\), not under "Experience"/);
  });

  it('fails a ligature character in a word, and the bullet it breaks', () => {
    const ligature = CLEAN.map((line) => line.replace('finance', '\uFB01nance'));
    const found = problems(ligature);
    expect(found.map((finding) => finding.check)).toEqual(['line', 'ligature']);
    expect(found[0]!.message).toContain('a ligature character stands for letters in it');
    expect(found[1]!.message).toContain('"\uFB01nance" (page 1) is read with a ligature character, so a parser searching for "finance" does not find it');
  });

  it('fails a glyph with no text inside a word, as a ligature the PDF does not map', () => {
    const found = problems(CLEAN.map((line) => line.replace('finance', '\uFFFDnance')));
    expect(found.map((finding) => finding.check)).toEqual(['line', 'ligature']);
    expect(found[0]!.message).toContain('"fi" in it is drawn as one glyph with no text behind it');
  });

  it('fails a word hyphenated across lines, naming the word and its pieces', () => {
    const hyphenated = CLEAN.flatMap((line) => (line === BULLETS[0] ? ['Cut deploy time from 40 to 6 minutes by cach-', 'ing container layers'] : [line]));
    const found = problems(hyphenated);
    expect(found.map((finding) => finding.check)).toEqual(['line', 'hyphenation']);
    expect(found[1]!.message).toContain('"caching" (page 1) is hyphenated across two lines ("cach-" / "ing")');
  });

  it('fails when the name is not the first line, a heading is missing, or the headings are read out of order', () => {
    expect(problems([CLEAN[1]!, ...CLEAN.filter((line) => line !== CLEAN[1])]).map((finding) => finding.check)).toEqual(['name']);
    expect(problems(CLEAN.filter((line) => line !== 'SKILLS')).map((finding) => finding.message)).toEqual(['the heading "Skills" is not read as a line of its own, so a parser cannot tell where the skills section starts']);
    const reordered = [...CLEAN.slice(0, 2), 'SKILLS', 'Cloud: Kubernetes, Terraform', ...CLEAN.slice(2, 6)];
    expect(problems(reordered).map((finding) => finding.check)).toContain('order');
  });

  it('fails contact details and links that are not intact', () => {
    expect(problems(CLEAN, ['https://example.org/ada']).map((finding) => finding.message)).toEqual(['the email "ada@example.org" has no mailto: link']);
    expect(problems(CLEAN, ['mailto:ada@example.org', 'https://example.org/ada', 'http://127.0.0.1:40123/resume/']).map((finding) => finding.check)).toEqual(['link']);
    const broken = CLEAN.map((line) => line.replace('example.org/ada', 'example.org/ ada'));
    expect(problems(broken).map((finding) => finding.message)).toEqual([expect.stringMatching(/^the address "example.org\/ada" is not read whole/)]);
  });

  it('fails a page with no text layer, as when its text is an image', () => {
    const imageOnly: PdfReading = { ...reading(CLEAN), pages: [...reading(CLEAN).pages, { number: 2, lines: [], images: 1 }] };
    const found = readBack(imageOnly, EXPECTED).findings;
    expect(found.map((finding) => finding.message)).toEqual(['page 2 has 0 characters of text and 1 image(s): its text is drawn as an image, which a parser cannot read']);
  });

  it('warns of a heading drawn a letter at a time', () => {
    const lettered: PdfReading = reading(CLEAN);
    lettered.pages[0]!.lines[2] = { text: 'EXPERIENCE', pieces: 10 };
    const found = readBack(lettered, EXPECTED).findings;
    expect(found.map((finding) => [finding.severity, finding.check])).toEqual([['warning', 'heading']]);
  });
});
