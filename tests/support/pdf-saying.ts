import { PDFDocument, StandardFonts } from 'pdf-lib';

/**
 * A one-page PDF whose selectable text is `text` (Latin script: the standard font has no other),
 * with fixed dates, so the same text always makes the same bytes.
 */
export async function pdfSaying(text: string): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  document.addPage([400, 200]).drawText(text, { x: 20, y: 100, size: 12, font });
  document.setCreationDate(new Date(Date.UTC(2026, 0, 1)));
  document.setModificationDate(new Date(Date.UTC(2026, 0, 1)));
  return document.save();
}
