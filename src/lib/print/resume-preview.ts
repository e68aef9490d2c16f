import sharp from 'sharp';
import type { PaperSize } from '../../schemas/resume.ts';
import { PAPER } from '../render/resume/html.ts';
import type { PrintTab } from './printer.ts';

/**
 * The small picture of a resume's first page that the list of resumes shows beside each variant,
 * so a visitor sees the design before downloading. It is taken from the same tab and the same
 * article as the PDF, right after it was printed: the screen's sheet has the page's size, with its
 * margins as padding, so its top page-height is page one as printed. WebP keeps it small.
 */

/** Width of the preview in pixels: twice the 200 CSS pixels it is shown at, for sharp text on dense screens. */
export const PREVIEW_WIDTH = 400;

/** The preview's pixel size for a paper, for the `<img>` to reserve its place before it loads. */
export function previewSize(paper: PaperSize): { width: number; height: number } {
  return { width: PREVIEW_WIDTH, height: Math.round((PREVIEW_WIDTH * PAPER[paper].height) / PAPER[paper].width) };
}

/** Captures the first page of the sheet in `tab` (its article as last printed), as a PNG. */
export function captureSheet(tab: PrintTab, paper: PaperSize): Promise<Uint8Array> {
  // Points to CSS pixels: 72 to the inch against 96.
  return tab.capture(Math.round((PAPER[paper].height * 96) / 72));
}

/** The preview from a captured sheet, about 30–40 KB; it needs no browser, so it can be made while the tab prints on. */
export async function previewOf(sheet: Uint8Array, paper: PaperSize): Promise<Uint8Array> {
  const { width, height } = previewSize(paper);
  return new Uint8Array(await sharp(sheet).resize({ width, height, fit: 'cover', position: 'top' }).webp({ quality: 80, effort: 4 }).toBuffer());
}
