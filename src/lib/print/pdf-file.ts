/**
 * pdf-lib, loaded the first time a PDF is opened: a rebuild that takes every resume and letter
 * from the cache opens none, and loading the library takes about a tenth of a second.
 */
export const loadPdfLib = () => import('pdf-lib');

/**
 * The last step of every resume PDF: the metadata a reader's PDF viewer and a recruiter's
 * document system show (title, author, subject, keywords), and dates that come from the content
 * instead of the clock. Chromium stamps each print with the current time; replacing those
 * stamps makes two builds of the same content byte-identical, so a changed PDF always means
 * changed content. pdf-lib rewrites the file deterministically and keeps Chromium's fonts, links
 * and tags as they are.
 */

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  /** Creation and modification date written into the file. */
  date: Date;
  /** The paper's exact size in points; Chromium rounds A4 to whole CSS pixels (594.96 × 841.92). */
  paper: { width: number; height: number };
}

export async function pageCount(pdf: Uint8Array): Promise<number> {
  const { PDFDocument } = await loadPdfLib();
  return (await PDFDocument.load(pdf, { updateMetadata: false })).getPageCount();
}

export async function finishPdf(pdf: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
  const { PDFDocument } = await loadPdfLib();
  const file = await PDFDocument.load(pdf, { updateMetadata: false });
  file.setTitle(metadata.title, { showInWindowTitleBar: true });
  file.setAuthor(metadata.author);
  file.setSubject(metadata.subject);
  file.setKeywords([...metadata.keywords]);
  file.setCreator('Cairn');
  file.setProducer('Cairn with Chromium (Skia/PDF) and pdf-lib');
  file.setCreationDate(metadata.date);
  file.setModificationDate(metadata.date);
  for (const page of file.getPages()) {
    const { width, height } = page.getSize();
    // Only a rounding difference is corrected; a page of another size is left as printed.
    if (Math.abs(width - metadata.paper.width) < 2 && Math.abs(height - metadata.paper.height) < 2) page.setSize(metadata.paper.width, metadata.paper.height);
  }
  return file.save({ useObjectStreams: false });
}

/**
 * The date stamped into a resume PDF: the source date epoch when the build pins one (the
 * reproducible-builds convention), otherwise the resume's as-of date, noon UTC.
 */
export function pdfDate(asOf: string, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch && /^\d+$/.test(sourceDateEpoch)) return new Date(Number(sourceDateEpoch) * 1000);
  return new Date(`${asOf}T12:00:00Z`);
}
