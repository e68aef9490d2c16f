import { PDFDocument, PDFName, type PDFArray, type PDFNumber } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { businessCards } from '../../../../../src/lib/render/cards/business-cards.ts';
import { backInput, cardBack, cardFront, frontInput } from '../../../../../src/lib/render/cards/card-template.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { cardPdf, cardSideSvg, inlineSvgPictures, textRuns } from '../../../../../src/lib/render/cards/print-pdf.ts';
import { cardCanvas, cardPrintGeometry } from '../../../../../src/lib/render/cards/sizes.ts';
import { pdfPageTexts } from '../../../../../src/lib/privacy/pdf-text.ts';
import { fixture, pitchWithCard, SITE } from './fixture.ts';

const fonts = loadFonts();
const { model } = fixture(pitchWithCard('  headline: Platform engineer for on-call payments\n  tagline: Fast checkouts & quiet pagers 🚀\n  qr: /work/'));
const card = businessCards(model, SITE).cards.find((candidate) => candidate.id === 'recruiters')!;

type Printing = Pick<typeof import('../../../../../src/lib/render/cards/print-pdf.ts'), 'cardPdf' | 'cardSideSvg'>;

async function printFile(size: 'us' | 'eu', printing: Printing = { cardPdf, cardSideSvg }): Promise<Uint8Array> {
  const canvas = cardCanvas(size, true);
  const front = await printing.cardSideSvg(cardFront(frontInput(card), canvas, fonts), fonts);
  const back = await printing.cardSideSvg(cardBack(backInput(card), canvas, fonts), fonts);
  return printing.cardPdf({ front, back }, { size, title: 'Business card: Ada Example', author: 'Ada Example' });
}

function box(page: ReturnType<PDFDocument['getPages']>[number], name: string): number[] {
  const array = page.node.get(PDFName.of(name)) as PDFArray;
  return array.asArray().map((value) => (value as PDFNumber).asNumber());
}

describe('cardPdf', () => {
  it('prints front and back with the trim box at the card’s size, the bleed box 1/8 in past it, and room for crop marks around both', async () => {
    const pdf = await PDFDocument.load(await printFile('eu'));
    const geometry = cardPrintGeometry('eu');
    expect(pdf.getPageCount()).toBe(2);
    for (const page of pdf.getPages()) {
      expect(page.getSize().width).toBeCloseTo(geometry.width, 3);
      const [x1, y1, x2, y2] = box(page, 'TrimBox');
      expect(x2! - x1!).toBeCloseTo((85 / 25.4) * 72, 3);
      expect(y2! - y1!).toBeCloseTo((55 / 25.4) * 72, 3);
      const [bx1, , bx2] = box(page, 'BleedBox');
      expect(x1! - bx1!).toBeCloseTo(9, 3);
      expect(bx2! - x2!).toBeCloseTo(9, 3);
      expect(bx1!).toBeGreaterThan(0);
    }
  });

  it('keeps text as text, in embedded fonts, with compounds whole and the short address under the code', async () => {
    const bytes = await printFile('us');
    const [front, back] = await pdfPageTexts(bytes);
    expect(front).toContain('Ada Example');
    expect(front?.replace(/\s+/g, ' ')).toMatch(/on-call/);
    expect(back).toContain('ada.example/c/recruiters');
    const raw = Buffer.from(bytes).toString('latin1');
    expect(raw).toMatch(/\/FontFile2/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+Inter-Regular/);
  });

  it('draws the QR code and emoji as vectors: the file holds no picture at all', async () => {
    const raw = Buffer.from(await printFile('us')).toString('latin1');
    expect(raw).not.toMatch(/\/Subtype \/Image/);
    // Crop marks are in registration black: the separation every plate prints.
    expect(raw).toMatch(/\/Separation \/All \/DeviceCMYK/);
  });

  it('gives the same bytes for the same card, with no date in them', async () => {
    const [first, second] = [await printFile('us'), await printFile('us')];
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(Buffer.from(first).toString('latin1')).not.toMatch(/CreationDate|ModDate/);
  });

  it('gives a card the same bytes whatever cards the process printed before it (the parsed fonts are shared)', async () => {
    const first = await printFile('us');
    const other = businessCards(model, SITE).cards.find((candidate) => candidate.id !== card.id)!;
    const canvas = cardCanvas('eu', true);
    await cardPdf({ front: await cardSideSvg(cardFront(frontInput(other), canvas, fonts), fonts), back: await cardSideSvg(cardBack(backInput(other), canvas, fonts), fonts) }, { size: 'eu', title: 'Business card', author: 'Ada Example' });
    expect(Buffer.from(await printFile('us')).equals(Buffer.from(first))).toBe(true);
  });

  it('gives a card the same bytes from fonts parsed for it alone as from fonts parsed for earlier cards', async () => {
    const reused = await printFile('us');
    vi.resetModules();
    const fresh = await printFile('us', await import('../../../../../src/lib/render/cards/print-pdf.ts'));
    expect(Buffer.from(fresh).equals(Buffer.from(reused))).toBe(true);
  });
});

describe('reading satori’s SVG', () => {
  it('takes each word with its place, font and colour, without the joiners that keep compounds whole', () => {
    const runs = textRuns('<svg><text x="10" y="20" font-weight="600" font-size="34" font-family="inter-latin,inter-latin-ext" letter-spacing="0.5" fill="#123456">on\u2060-\u2060call&amp;co</text></svg>');
    expect(runs).toEqual([{ x: 10, y: 20, size: 34, weight: 600, families: ['inter-latin', 'inter-latin-ext'], spacing: 0.5, fill: '#123456', text: 'on-call&co' }]);
  });

  it('puts a picture of an SVG back as the nested SVG it is', () => {
    const inner = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 37 37"><rect x="0" y="0" width="37" height="37" fill="#fff"/></svg>';
    const svg = `<svg><image x="5" y="6" width="70" height="70" href="data:image/svg+xml;utf8,${encodeURIComponent(inner)}"/></svg>`;
    expect(inlineSvgPictures(svg)).toBe('<svg><svg x="5" y="6" width="70" height="70" viewBox="0 0 37 37"><rect x="0" y="0" width="37" height="37" fill="#fff"/></svg></svg>');
  });
});
