import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readPngText } from '../render/cards/png-text.ts';
import { docxText } from './docx-text.ts';
import { pdfTextsSync } from './pdf-text.ts';
import { pdfTextKey, readCachedPdfText, writeCachedPdfText } from './pdf-text-cache.ts';

/**
 * Kinds of published file whose text a reader (or a crawler) can see. PNG images are read through
 * the words the image pipeline writes into each one (its Title and Description text chunks): the
 * text of the template that drew it, QR address included.
 */
const TEXT_EXTENSIONS = new Set(['.html', '.htm', '.xml', '.rss', '.json', '.txt', '.md', '.vcf', '.svg', '.css', '.js', '.mjs', '.webmanifest', '.csv', '.ics']);

export interface PublishedFile {
  /** Path relative to the published folder's parent, e.g. `dist/index.html`. */
  path: string;
  extension: string;
  text: string;
}

function pngWords(file: string): string {
  return Object.values(readPngText(readFileSync(file))).join('\n');
}

/** A Word document's words: the text of its word/document.xml. */
function docxWords(file: string): string {
  return docxText(readFileSync(file));
}

/** Extractors for binary kinds read without a helper process. */
const BINARY_EXTRACTORS: Record<string, (file: string) => string> = { '.png': pngWords, '.docx': docxWords };

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(folder, item.name);
    return item.isDirectory() ? walk(full) : [full];
  });
}

/**
 * The text of every published file that can carry words, one file at a time, so a site of
 * thousands of pages is never held in memory at once. Text extractors for other kinds (PDF)
 * register here as they are added, so the privacy guard sees every artifact.
 */
export function* publishedFiles(folder: string, extractors: Record<string, (file: string) => string> = {}): Generator<PublishedFile> {
  const label = path.basename(folder);
  for (const file of walk(folder).sort()) {
    const extension = path.extname(file).toLowerCase();
    const extract = extractors[extension] ?? (TEXT_EXTENSIONS.has(extension) ? (name: string) => readFileSync(name, 'utf8') : BINARY_EXTRACTORS[extension]);
    if (extract) yield { path: path.join(label, path.relative(folder, file)), extension, text: extract(file) };
  }
}

/** Every published file's text at once, for a look at a few of them. */
export function readPublishedFiles(folder: string, extractors: Record<string, (file: string) => string> = {}): PublishedFile[] {
  return [...publishedFiles(folder, extractors)];
}

/** PDF text by its cache key: a PDF scanned once (say in dist/ and again in a copy of it) is read once per process. */
const pdfTextByKey = new Map<string, string>();

/**
 * A text extractor for the PDFs in one or more folders: their selectable text, read with pdf.js
 * in one pass up front (one child process for all the PDFs neither read before in this process
 * nor found in the PDF text cache) and handed out per file. Passing several folders at once reads
 * them all with one process.
 */
export function pdfExtractors(cacheFolder: string, ...folders: string[]): Record<string, (file: string) => string> {
  const keys = new Map(
    folders
      .flatMap((folder) => walk(folder))
      .filter((file) => path.extname(file).toLowerCase() === '.pdf')
      .sort()
      .map((file) => [file, pdfTextKey(readFileSync(file))]),
  );
  for (const key of keys.values()) {
    if (pdfTextByKey.has(key)) continue;
    const cached = readCachedPdfText(cacheFolder, key);
    if (cached !== undefined) pdfTextByKey.set(key, cached);
  }
  const unread = [...keys].filter(([, key]) => !pdfTextByKey.has(key));
  const texts = pdfTextsSync(unread.map(([file]) => file));
  for (const [file, key] of unread) {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`pdf.js returned no text for ${file}`);
    pdfTextByKey.set(key, text);
    writeCachedPdfText(cacheFolder, key, text);
  }
  return { '.pdf': (file) => pdfTextByKey.get(keys.get(file) ?? '') ?? '' };
}
