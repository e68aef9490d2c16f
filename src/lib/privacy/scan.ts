import { existsSync } from 'node:fs';
import path from 'node:path';
import type { LoadedContent } from '../content/load-content.ts';
import type { Audience } from '../model/visibility.ts';
import { cleanFiles } from './clean-files.ts';
import { guardReads, type GuardReads } from './guard-reads.ts';
import { scanLetterCopies } from './letters-scan.ts';
import { pdfExtractors, publishedFiles, type TextExtractor } from './published-files.ts';
import { collectSecrets, findLeaks, type Leak } from './secrets.ts';

/**
 * The privacy guard's scan, shared by the build and `npm run verify`: every file of a published
 * folder read as text (PDFs, Word files and image text included) and searched for every value
 * its audience may not see.
 */

function quote(value: string): string {
  return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
}

/** One line per leak: the published file, and the content file, field and value it came from. */
export function describeLeaks(leaks: readonly Leak[]): string {
  return leaks.map((leak) => `  ${leak.file}  contains ${leak.secret.source} ${leak.secret.field} ${quote(leak.secret.value)}`).join('\n');
}

export interface ScanOptions {
  /** Who reads the folder: the website (`public`, the default) or people sent a copy (`resume`). */
  audience?: Audience | undefined;
  /** Where PDF text, and the files found clean, are kept between scans (the `pdfTextCache` option). */
  pdfTextCache: string;
  /** What the guard's other checks have read of the folder already. */
  reads?: GuardReads | undefined;
}

/** Every value in `publishedFolder` that its audience may not see. */
export function scanForLeaks(publishedFolder: string, content: LoadedContent, options: ScanOptions): Leak[] {
  const scan = leakScan(publishedFolder, content, options);
  return scan.done(scan.files(pdfExtractors(options.pdfTextCache, [publishedFolder], scan.reads), () => true));
}

const isPdf = (file: string) => path.extname(file).toLowerCase() === '.pdf';

/**
 * `scanForLeaks` while `pdfsRead` (`readPdfsBeside` of this folder) reads the PDFs in a process of
 * its own: every other file is scanned meanwhile, the PDFs once it has read them.
 */
export async function scanForLeaksBeside(publishedFolder: string, content: LoadedContent, options: ScanOptions & { pdfsRead: Promise<void> }): Promise<Leak[]> {
  const scan = leakScan(publishedFolder, content, options);
  const others = scan.files({}, (file) => !isPdf(file));
  await options.pdfsRead;
  const pdfs = scan.files(pdfExtractors(options.pdfTextCache, [publishedFolder], scan.reads), isPdf);
  // In the order of the files, as `scanForLeaks` reports them.
  return scan.done([...others, ...pdfs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
}

/** One scan of a folder: its files read in one or more passes, each file once, then its record of clean files saved. */
function leakScan(publishedFolder: string, content: LoadedContent, options: ScanOptions) {
  const audience = options.audience ?? 'public';
  const secrets = collectSecrets(content, audience);
  // Only files whose bytes changed since a clean scan are read again.
  const reads = options.reads ?? guardReads();
  const clean = cleanFiles(options.pdfTextCache, audience, secrets, reads);
  return {
    reads,
    /** The leaks in the files `included` picks, those found clean before left out. */
    files: (extractors: Record<string, TextExtractor>, included: (file: string) => boolean) => findLeaks(publishedFiles(publishedFolder, extractors, { included, knownClean: clean.known, reads }), secrets),
    /** Records every file looked at as clean but those with a leak, and returns the leaks. */
    done(leaks: Leak[]): Leak[] {
      clean.save(leaks.map((leak) => leak.file));
      return leaks;
    },
  };
}

/**
 * Every private value in what is sent directly (out/): resume-level details are allowed there,
 * private ones are not, and a cover letter may also say what its own letter says.
 */
export function scanDirectSendFolder(outFolder: string, content: LoadedContent, pdfTextCache: string): Leak[] {
  if (!existsSync(outFolder)) return [];
  const letters = path.join(outFolder, 'letters');
  // Leaks are named `<folder>/<path inside it>`, e.g. `out/letters/x.txt`.
  const lettersLabel = path.join(path.basename(outFolder), 'letters') + path.sep;
  const elsewhere = scanForLeaks(outFolder, content, { audience: 'resume', pdfTextCache }).filter((leak) => !leak.file.startsWith(lettersLabel));
  const inLetters = existsSync(letters) ? scanLetterCopies(letters, content, pdfTextCache) : [];
  return [...elsewhere, ...inLetters.map((leak) => ({ ...leak, file: path.join(path.basename(outFolder), leak.file) }))];
}
