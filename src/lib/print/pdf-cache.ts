import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { markUsed } from '../build/cache-pruning.ts';
import { writeFileAtomically } from '../build/safe-write.ts';

/**
 * Printed resumes, kept by a hash of everything that decides their bytes: the page they print
 * from (which names its content-hashed stylesheets), the article, the variant's settings, the PDF
 * metadata and the browser. A rebuild with no change to a resume prints nothing and starts no
 * browser; any change to its inputs misses the cache and prints afresh.
 */

/** Bump when printing or finishing changes in a way the inputs do not show. */
const CACHE_VERSION = 2;

export interface CachedPrint {
  pdf: Uint8Array;
  /** Bullets the fit left out, so the page and exports can be brought in line without printing. */
  dropped: string[];
  pages: number;
}

export function printKey(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256').update(`cairn-resume-pdf ${CACHE_VERSION}\u0000`);
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

export function readCachedPrint(folder: string, key: string): CachedPrint | undefined {
  const pdfFile = path.join(folder, `${key}.pdf`);
  const metaFile = path.join(folder, `${key}.json`);
  if (!existsSync(pdfFile) || !existsSync(metaFile)) return undefined;
  try {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { dropped: string[]; pages: number };
    const print = { pdf: new Uint8Array(readFileSync(pdfFile)), dropped: meta.dropped, pages: meta.pages };
    // Used by this build: kept when the cache is pruned.
    markUsed(pdfFile);
    markUsed(metaFile);
    return print;
  } catch {
    return undefined;
  }
}

export function writeCachedPrint(folder: string, key: string, print: CachedPrint): void {
  // The PDF first: a reader only trusts an entry whose metadata exists.
  writeFileAtomically(path.join(folder, `${key}.pdf`), print.pdf, { overwrite: true });
  writeFileAtomically(path.join(folder, `${key}.json`), `${JSON.stringify({ dropped: print.dropped, pages: print.pages })}\n`, { overwrite: true });
}
