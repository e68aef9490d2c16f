import { PDFDocument, rgb } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { previewOf, previewSize } from '../../../../src/lib/print/resume-preview.ts';
import { PAPER } from '../../../../src/lib/render/resume/html.ts';

/** A PDF of `paper` size whose pages are blank but for a dark band across the top of those in `banded` (1-based). */
async function pdfWithBands(paper: 'letter' | 'a4', pages: number, banded: readonly number[]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const { width, height } = PAPER[paper];
  for (let number = 1; number <= pages; number++) {
    const page = document.addPage([width, height]);
    if (banded.includes(number)) page.drawRectangle({ x: 0, y: height - height / 4, width, height: height / 4, color: rgb(0.1, 0.1, 0.1) });
  }
  return document.save({ useObjectStreams: false });
}

/** The mean grey of the preview's top fifth and of its bottom half. */
async function greys(preview: Uint8Array) {
  const { data, info } = await sharp(preview).greyscale().raw().toBuffer({ resolveWithObject: true });
  const mean = (fromRow: number, toRow: number) => {
    let sum = 0;
    for (let row = fromRow; row < toRow; row++) for (let column = 0; column < info.width; column++) sum += data[(row * info.width + column) * info.channels]!;
    return sum / ((toRow - fromRow) * info.width);
  };
  return { top: mean(0, Math.floor(info.height / 5)), bottom: mean(Math.ceil(info.height / 2), info.height) };
}

describe('the first-page preview of a printed resume', () => {
  it.each(['letter', 'a4'] as const)('is a WebP of page one at the preview size (%s)', async (paper) => {
    const preview = await previewOf(await pdfWithBands(paper, 2, [1]), paper);
    const meta = await sharp(preview).metadata();
    expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({ format: 'webp', ...previewSize(paper) });
    const { top, bottom } = await greys(preview);
    expect(top).toBeLessThan(60);
    expect(bottom).toBeGreaterThan(245);
  });

  it('shows the first page, not a later one', async () => {
    const { top, bottom } = await greys(await previewOf(await pdfWithBands('letter', 2, [2]), 'letter'));
    expect(top).toBeGreaterThan(245);
    expect(bottom).toBeGreaterThan(245);
  });

  it('is the same bytes for the same PDF', async () => {
    const pdf = await pdfWithBands('a4', 1, [1]);
    expect(Buffer.from(await previewOf(pdf, 'a4')).equals(Buffer.from(await previewOf(pdf, 'a4')))).toBe(true);
  });
});
