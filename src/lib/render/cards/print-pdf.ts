import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState } from 'pdf-lib';
import type { CardSettings } from '../../../schemas/profile.ts';
import { cardPagePoints } from './sizes.ts';

/** The pixel data of an 8-bit RGB PNG, still compressed, with its size. */
function pngPixels(png: Uint8Array): { width: number; height: number; data: Uint8Array } {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const [bitDepth, colourType, , , interlace] = bytes.subarray(24, 29);
  if (bitDepth !== 8 || colourType !== 2 || interlace !== 0) throw new Error(`cardPdf expects 8-bit RGB, non-interlaced PNGs (got depth ${bitDepth}, colour type ${colourType}, interlace ${interlace})`);
  const parts: Uint8Array[] = [];
  for (let offset = 8; offset + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    if (bytes.toString('latin1', offset + 4, offset + 8) === 'IDAT') parts.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  return { width, height, data: Buffer.concat(parts) };
}

/**
 * The print file of a card: two pages, front then back, each the card's exact physical size (plus
 * the bleed, when there is one, with the trim box marking the cut). A PNG's compressed pixels are
 * exactly what a PDF image with the PNG predictor holds, so they go in unchanged: the PDF prints
 * the very pixels of the PNGs and takes milliseconds, not a decode and re-encode. No dates, so
 * the same card gives the same bytes.
 */
export async function cardPdf(pages: { front: Uint8Array; back: Uint8Array }, options: { size: CardSettings['size']; bleed: boolean; title: string; author: string }): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.setTitle(options.title);
  document.setAuthor(options.author);
  document.setSubject(`Business card, front and back, ${options.size === 'us' ? '3.5 × 2 in' : '85 × 55 mm'}${options.bleed ? ', with 1/8 in bleed' : ''}`);
  document.setCreator('Cairn');
  document.setProducer('Cairn with pdf-lib');
  const geometry = cardPagePoints(options.size, options.bleed);
  for (const png of [pages.front, pages.back]) {
    const { width, height, data } = pngPixels(png);
    const image = document.context.register(
      document.context.stream(data, {
        Type: 'XObject',
        Subtype: 'Image',
        Width: width,
        Height: height,
        ColorSpace: 'DeviceRGB',
        BitsPerComponent: 8,
        Filter: 'FlateDecode',
        DecodeParms: { Predictor: 15, Colors: 3, BitsPerComponent: 8, Columns: width },
      }),
    );
    const page = document.addPage([geometry.width, geometry.height]);
    const name = page.node.newXObject('Card', image);
    page.pushOperators(pushGraphicsState(), concatTransformationMatrix(geometry.width, 0, 0, geometry.height, 0, 0), drawObject(name), popGraphicsState());
    const { x, y, width: trimWidth, height: trimHeight } = geometry.trim;
    page.setTrimBox(x, y, trimWidth, trimHeight);
    if (options.bleed) page.setBleedBox(0, 0, geometry.width, geometry.height);
  }
  return document.save({ useObjectStreams: false });
}
