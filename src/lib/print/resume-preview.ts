import { PDFiumLibrary } from '@hyzyla/pdfium';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { userFacingError } from '../build/user-facing-error.ts';
import type { PaperSize } from '../../schemas/resume.ts';
import { PAPER } from '../render/resume/html.ts';

/**
 * The small picture of a resume's first page that the list of resumes shows beside each variant,
 * so a visitor sees the design before downloading. It is drawn from the finished print itself, page
 * one as the PDF has it, by PDFium (the PDF engine of Chrome, built to WebAssembly): a few
 * milliseconds of this process's time beside the next prints, where a capture of the screen's sheet
 * cost the browser about a hundred, and that sheet breaks its lines a little differently from the
 * print. WebP keeps it small.
 */

/** Width of the preview in pixels: twice the 200 CSS pixels it is shown at, for sharp text on dense screens. */
export const PREVIEW_WIDTH = 400;

/** Drawn at twice the preview's width, then reduced: small text comes out evenly weighted. */
const DRAWN_WIDTH = PREVIEW_WIDTH * 2;

/** The preview's pixel size for a paper, for the `<img>` to reserve its place before it loads. */
export function previewSize(paper: PaperSize): { width: number; height: number } {
  return { width: PREVIEW_WIDTH, height: Math.round((PREVIEW_WIDTH * PAPER[paper].height) / PAPER[paper].width) };
}

/** One PDFium per process, loaded at the first preview: a build without PDFs never loads it. */
let pdfium: Promise<PDFiumLibrary> | undefined;

/**
 * PDFium, or one line saying it could not be loaded (a damaged install: its WebAssembly file gone).
 * The file is read here rather than by PDFium's loader, which says so in three lines of its own.
 */
async function loadPdfium(): Promise<PDFiumLibrary> {
  try {
    const wasm = await readFile(createRequire(import.meta.url).resolve('@hyzyla/pdfium/pdfium.wasm'));
    return await PDFiumLibrary.init({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).replace(/^Aborted\((.*)\)$/s, '$1').split('\n')[0];
    throw userFacingError(
      `The pictures of the resumes' first pages cannot be drawn: PDFium (@hyzyla/pdfium) did not load (${reason}).`,
      'Reinstall the dependencies (npm install), then build again.',
    );
  }
}

/** Page one of `pdf` as RGBA pixels on white, `DRAWN_WIDTH` wide. */
async function drawFirstPage(pdf: Uint8Array) {
  const library = await (pdfium ??= loadPdfium());
  const document = await library.loadDocument(pdf);
  try {
    const page = document.getPage(0);
    return await page.render({ scale: DRAWN_WIDTH / page.getOriginalSize().originalWidth, render: 'bitmap' });
  } finally {
    document.destroy();
  }
}

/** The preview of a printed resume (its PDF's bytes), about 20 KB; it needs no browser, so it is made while the tab prints on. */
export async function previewOf(pdf: Uint8Array, paper: PaperSize): Promise<Uint8Array> {
  const { width, height } = previewSize(paper);
  const page = await drawFirstPage(pdf);
  const drawn = sharp(Buffer.from(page.data.buffer, page.data.byteOffset, page.data.byteLength), { raw: { width: page.width, height: page.height, channels: 4 } });
  return new Uint8Array(await drawn.resize({ width, height, fit: 'cover', position: 'top' }).flatten({ background: '#ffffff' }).webp({ quality: 80, effort: 4 }).toBuffer());
}
