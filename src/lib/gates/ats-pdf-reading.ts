/**
 * A PDF as a resume parser reads it: its text layer in the order the file draws it, line by line,
 * its link annotations, and how many images each page paints. A glyph drawn without text is kept
 * as U+FFFD, so a word missing a letter shows where. Read with pdf.js (pdfjs-dist), the
 * reader the privacy guard uses, with Unicode normalisation off, so a ligature character (ﬁ) is
 * seen as the parser would see it rather than quietly spelled out.
 */

export interface PdfTextLine {
  /** The line's text, its pieces joined as drawn. */
  text: string;
  /** How many separately drawn pieces make it up (one per letter when a heading is letter-spaced piece by piece). */
  pieces: number;
}

export interface PdfPageReading {
  /** 1-based. */
  number: number;
  lines: PdfTextLine[];
  /** Images the page paints: a photo, or text drawn as a picture. */
  images: number;
}

export interface PdfLink {
  page: number;
  url: string;
}

export interface PdfReading {
  pages: PdfPageReading[];
  links: PdfLink[];
}

interface TextItem {
  str?: string;
  width?: number;
  hasEOL?: boolean;
}

/** Stands for a glyph drawn with no text behind it (a ligature or symbol the PDF does not map), which a parser cannot read. */
export const UNREADABLE_GLYPH = '\uFFFD';

/** Ends the line being read and starts another, skipping lines with nothing on them. */
function pushLine(lines: PdfTextLine[], line: PdfTextLine): void {
  if (line.text.trim() !== '') lines.push({ text: line.text, pieces: line.pieces });
}

export async function readPdfForAts(data: Uint8Array): Promise<PdfReading> {
  const { getDocument, OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const imageOperations = new Set<number>([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageMaskXObject, OPS.paintImageXObjectRepeat, OPS.paintInlineImageXObjectGroup]);
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const loading = getDocument({ data: new Uint8Array(data), useSystemFonts: false, verbosity: 0 });
  const document = await loading.promise;
  try {
    const pages: PdfPageReading[] = [];
    const links: PdfLink[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent({ disableNormalization: true });
      const lines: PdfTextLine[] = [];
      let line: PdfTextLine = { text: '', pieces: 0 };
      for (const item of content.items as TextItem[]) {
        if (item.str) {
          // pdf.js gives a glyph it cannot map to text a private-use code.
          line.text += item.str.replace(/\p{Co}/gu, UNREADABLE_GLYPH);
          if (item.str.trim() !== '') line.pieces++;
        } else if ((item.width ?? 0) > 0) {
          line.text += UNREADABLE_GLYPH;
        }
        if (item.hasEOL) {
          pushLine(lines, line);
          line = { text: '', pieces: 0 };
        }
      }
      pushLine(lines, line);
      const operators = await page.getOperatorList();
      const images = operators.fnArray.filter((operation) => imageOperations.has(operation)).length;
      for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string; unsafeUrl?: string }[]) {
        const url = annotation.unsafeUrl ?? annotation.url;
        if (annotation.subtype === 'Link' && url) links.push({ page: number, url });
      }
      pages.push({ number, lines, images });
    }
    return { pages, links };
  } finally {
    await loading.destroy();
  }
}
