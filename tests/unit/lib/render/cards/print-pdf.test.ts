import { PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import sharp from 'sharp';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { cardPdf } from '../../../../../src/lib/render/cards/print-pdf.ts';

const png = (width: number, height: number, background: string) => sharp({ create: { width, height, channels: 3, background } }).png().toBuffer();

describe('cardPdf', () => {
  it('prints front and back on two pages of the card’s physical size, with trim and bleed boxes', async () => {
    const bytes = await cardPdf({ front: await png(1079, 725, '#fbfaf7'), back: await png(1079, 725, '#1d3557') }, { size: 'eu', bleed: true, title: 'Business card: Ada', author: 'Ada Example' });
    const document = await PDFDocument.load(bytes);
    expect(document.getTitle()).toBe('Business card: Ada');
    expect(document.getAuthor()).toBe('Ada Example');
    const pages = document.getPages();
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      expect(page.getWidth()).toBeCloseTo((85 / 25.4) * 72 + 18, 3);
      expect(page.getHeight()).toBeCloseTo((55 / 25.4) * 72 + 18, 3);
      expect(page.getTrimBox()).toMatchObject({ x: 9, y: 9 });
      expect(page.getTrimBox().width).toBeCloseTo((85 / 25.4) * 72, 3);
      expect(page.getBleedBox()).toMatchObject({ x: 0, y: 0 });
    }
  });

  it('embeds the PNG pixels unchanged, as a Flate image with the PNG predictor', async () => {
    const front = await png(1050, 600, '#ffffff');
    const bytes = await cardPdf({ front, back: await png(1050, 600, '#000000') }, { size: 'us', bleed: false, title: 't', author: 'a' });
    const document = await PDFDocument.load(bytes);
    const images = document.context.enumerateIndirectObjects().map(([, object]) => object).filter((object): object is PDFRawStream => object instanceof PDFRawStream && object.dict.get(PDFName.of('Subtype')) === PDFName.of('Image'));
    expect(images).toHaveLength(2);
    expect(images[0]!.dict.get(PDFName.of('Width'))?.toString()).toBe('1050');
    expect(images[0]!.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    // PNG-predicted rows: a filter byte, then 3 bytes a pixel.
    expect(inflateSync(images[0]!.contents).length).toBe(600 * (1 + 3 * 1050));
    expect(document.getPage(0).getWidth()).toBe(252);
  });

  it('gives the same bytes for the same card', async () => {
    const pages = { front: await png(1050, 600, '#fbfaf7'), back: await png(1050, 600, '#1d3557') };
    const options = { size: 'us' as const, bleed: false, title: 'Business card', author: 'Ada' };
    expect(Buffer.from(await cardPdf(pages, options)).equals(Buffer.from(await cardPdf(pages, options)))).toBe(true);
  });
});
