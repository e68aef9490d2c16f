import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import { markUsed } from '../build/cache-pruning.ts';
import { readSealed, writeSealed } from '../build/sealed-file.ts';

/**
 * The text pdf.js reads from a PDF, kept by a hash of the PDF's bytes and the reader's version.
 *
 * The privacy guard reads every published PDF (resumes, direct-send copies, cards, letters) with
 * pdf.js in a helper process, most of whose time is starting it (bench/results.md). Resume PDFs
 * come byte for byte from their own cache when nothing changed, so a rebuild with no change would
 * read the same bytes again. A PDF whose bytes differ by one bit misses, and is read afresh.
 */

/** Bump when the way text is read from a PDF changes (pdf-text.ts). */
const CACHE_VERSION = 2;

const PDFJS_VERSION = (createRequire(import.meta.url)('pdfjs-dist/package.json') as { version: string }).version;

/** The entry's name: SHA-256 of the cache version, pdf.js's version and the PDF's bytes. */
export function pdfTextKey(bytes: Uint8Array): string {
  return createHash('sha256').update(`cairn-pdf-text ${CACHE_VERSION} pdfjs-dist@${PDFJS_VERSION}\u0000`).update(bytes).digest('hex');
}

export function readCachedPdfText(folder: string, key: string): string | undefined {
  const file = path.join(folder, `${key}.json`);
  // A corrupt entry (which could hide a leak from the guard) is removed and the PDF read again.
  const read = readSealed(file);
  if (read.state !== 'ok') return undefined;
  try {
    const { text } = JSON.parse(read.bytes.toString('utf8')) as { text: unknown };
    if (typeof text !== 'string') return undefined;
    // Used by this build: kept when the cache is pruned.
    markUsed(file);
    return text;
  } catch {
    return undefined;
  }
}

export function writeCachedPdfText(folder: string, key: string, text: string): void {
  writeSealed(path.join(folder, `${key}.json`), Buffer.from(`${JSON.stringify({ text })}\n`));
}
