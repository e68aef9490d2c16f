import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { markUsed } from '../build/cache-pruning.ts';
import { readSealed, writeSealed } from '../build/sealed-file.ts';

/**
 * Printed resumes, kept by a hash of everything that decides their bytes: the page they print
 * from (which names its content-hashed stylesheets), the article, the variant's settings, the PDF
 * metadata and the browser. A rebuild with no change to a resume prints nothing and starts no
 * browser; any change to its inputs misses the cache and prints afresh. Each file is sealed with
 * its size and SHA-256 (sealed-file.ts), checked on every read.
 */

/** Bump when printing or finishing changes in a way the inputs do not show. */
const CACHE_VERSION = 4;

export interface CachedPrint {
  pdf: Uint8Array;
  /** Bullets the fit left out, so the page and exports can be brought in line without printing. */
  dropped: string[];
  pages: number;
  /** The website copy's first page as a small image for the list of resumes; the direct-send copy has none. */
  preview?: Uint8Array | undefined;
}

export function printKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256').update(`cairn-resume-pdf ${CACHE_VERSION}\u0000`);
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/**
 * The stored print, once both its files pass their size and hash check. A corrupt entry is removed
 * and said in one line through `warn`, and the caller prints afresh, so a damaged PDF is never sent.
 */
export function readCachedPrint(folder: string, key: string, warn: (message: string) => void = () => {}): CachedPrint | undefined {
  const pdfFile = path.join(folder, `${key}.pdf`);
  const metaFile = path.join(folder, `${key}.json`);
  const previewFile = path.join(folder, `${key}.webp`);
  const pdf = readSealed(pdfFile);
  const meta = pdf.state === 'ok' ? readSealed(metaFile) : undefined;
  const wantsPreview = meta?.state === 'ok' && (JSON.parse(meta.bytes.toString('utf8')) as { preview?: boolean }).preview === true;
  const preview = wantsPreview ? readSealed(previewFile) : undefined;
  const corrupt =
    pdf.state === 'corrupt' ? `${key}.pdf: ${pdf.reason}` : meta?.state === 'corrupt' ? `${key}.json: ${meta.reason}` : preview?.state === 'corrupt' ? `${key}.webp: ${preview.reason}` : preview?.state === 'missing' ? `${key}.webp: missing` : undefined;
  if (corrupt) {
    // All go: a PDF without its metadata or its preview is no entry.
    rmSync(pdfFile, { force: true });
    rmSync(metaFile, { force: true });
    rmSync(previewFile, { force: true });
    warn(`discarded a corrupt cached PDF (${corrupt}) and printed it again`);
    return undefined;
  }
  if (pdf.state !== 'ok' || meta?.state !== 'ok') return undefined;
  const { dropped, pages } = JSON.parse(meta.bytes.toString('utf8')) as { dropped: string[]; pages: number };
  // Used by this build: kept when the cache is pruned.
  markUsed(pdfFile);
  markUsed(metaFile);
  if (preview?.state === 'ok') markUsed(previewFile);
  return { pdf: new Uint8Array(pdf.bytes), dropped, pages, preview: preview?.state === 'ok' ? new Uint8Array(preview.bytes) : undefined };
}

export function writeCachedPrint(folder: string, key: string, print: CachedPrint): void {
  // The PDF and preview first: a reader only trusts an entry whose metadata exists.
  writeSealed(path.join(folder, `${key}.pdf`), print.pdf);
  if (print.preview) writeSealed(path.join(folder, `${key}.webp`), print.preview);
  writeSealed(path.join(folder, `${key}.json`), Buffer.from(`${JSON.stringify({ dropped: print.dropped, pages: print.pages, ...(print.preview ? { preview: true } : {}) })}\n`));
}
