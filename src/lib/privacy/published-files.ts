import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { readPngText } from '../render/cards/png-text.ts';
import { docxText } from './docx-text.ts';
import { guardReads, type GuardReads } from './guard-reads.ts';
import { pdfTexts, pdfTextsSync } from './pdf-text.ts';
import { pdfTextKey, readCachedPdfText, writeCachedPdfText } from './pdf-text-cache.ts';

/**
 * Kinds of published file whose text a reader (or a crawler) can see. PNG images are read through
 * the words the image pipeline writes into each one (its Title and Description text chunks): the
 * text of the template that drew it, QR address included. Every other file is read too, for its
 * readable runs.
 */
const TEXT_EXTENSIONS = new Set(['.html', '.htm', '.xml', '.rss', '.json', '.txt', '.md', '.vcf', '.svg', '.css', '.js', '.mjs', '.map', '.webmanifest', '.csv', '.ics']);

/** A compressed copy is read as what it holds: `feed.xml.gz` as `feed.xml`. */
const DECOMPRESSORS: Record<string, (bytes: Buffer) => Buffer> = {
  '.gz': (bytes) => gunzipSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES }),
  '.br': (bytes) => brotliDecompressSync(bytes, { maxOutputLength: MAX_INFLATED_BYTES }),
};

/** Typefaces Cairn ships from its font packages: no content reaches them, and reading their bytes as text is slow. */
const TYPEFACES = new Set(['.woff', '.woff2', '.ttf', '.otf', '.eot']);

/** Larger than any page or feed; a file that inflates past it is read as the bytes it is. */
const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

export interface PublishedFile {
  /** Path relative to the published folder's parent, e.g. `dist/index.html`. */
  path: string;
  extension: string;
  text: string;
}

/** Text in the encoding it was written in: UTF-8, or UTF-16 when a byte-order mark or its zero bytes say so. */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2)).swap16().toString('utf16le');
  const sample = bytes.subarray(0, 512);
  const oddZeros = sample.filter((byte, index) => index % 2 === 1 && byte === 0).length;
  if (sample.length >= 8 && oddZeros > sample.length / 4) return bytes.subarray(0, bytes.length - (bytes.length % 2)).toString('utf16le');
  return bytes.toString('utf8');
}

/**
 * The readable runs in a file no reader here understands (a JPEG's comment and metadata, a font,
 * a file without an extension): what `strings` would print, read as UTF-8 and as UTF-16.
 */
export function readableRuns(bytes: Buffer): string {
  const runs = (text: string) => text.match(/[^\u0000-\u0008\u000e-\u001f\u007f\ufffd]{4,}/g) ?? [];
  return [...runs(bytes.toString('utf8')), ...runs(bytes.subarray(0, bytes.length - (bytes.length % 2)).toString('utf16le')), ...runs(bytes.subarray(1, bytes.length - ((bytes.length - 1) % 2)).toString('utf16le'))].join('\n');
}

/** What a reader finds in one file, given its path and its bytes (read once for every use). */
export type TextExtractor = (file: string, bytes: Buffer) => string;

const pngWords: TextExtractor = (_file, bytes) => Object.values(readPngText(bytes)).join('\n');

/** A Word document's words: the text of its word/document.xml. */
const docxWords: TextExtractor = (_file, bytes) => docxText(bytes);

/** Extractors for binary kinds read without a helper process. */
const BINARY_EXTRACTORS: Record<string, TextExtractor> = { '.png': pngWords, '.docx': docxWords };

/** A compressed file's text, read as the kind of file it holds; undefined when it cannot be inflated. */
function inflatedText(file: string, bytes: Buffer, compression: string): { extension: string; text: string } | undefined {
  let inner: Buffer;
  try {
    inner = DECOMPRESSORS[compression]!(bytes);
  } catch {
    return undefined;
  }
  const extension = path.extname(path.basename(file, compression)).toLowerCase();
  return { extension, text: TEXT_EXTENSIONS.has(extension) ? decodeText(inner) : readableRuns(inner) };
}

/**
 * Which files a pass reads: those `included` picks by path, less those `knownClean` says a scan
 * cleared before (by their bytes, which `read` gives only when `reads` has not hashed them yet).
 */
export interface FilePicker {
  included?: ((file: string) => boolean) | undefined;
  knownClean?: ((file: string, published: string, read: () => Buffer) => boolean) | undefined;
  /** The guard run's listings of the folder, shared with its other checks. */
  reads?: GuardReads | undefined;
}

const decodedText: TextExtractor = (_file, bytes) => decodeText(bytes);
const runsOf: TextExtractor = (_file, bytes) => readableRuns(bytes);

/**
 * The text of every published file that can carry words, one file at a time, so a site of
 * thousands of pages is never held in memory at once; each file is read once, for the check of
 * whether it is known clean and for its text. Text extractors for other kinds (PDF)
 * register here as they are added, so the privacy guard sees every artifact.
 */
export function* publishedFiles(folder: string, extractors: Record<string, TextExtractor> = {}, picker: FilePicker = {}): Generator<PublishedFile> {
  const label = path.basename(folder);
  for (const file of (picker.reads ?? guardReads()).filesIn(folder)) {
    const extension = path.extname(file).toLowerCase();
    if (TYPEFACES.has(extension) || picker.included?.(file) === false) continue;
    const published = path.join(label, path.relative(folder, file));
    let read: Buffer | undefined;
    const bytesOf = () => (read ??= readFileSync(file));
    if (picker.knownClean?.(file, published, bytesOf)) continue;
    const bytes = bytesOf();
    const inflated = DECOMPRESSORS[extension] ? inflatedText(file, bytes, extension) : undefined;
    if (inflated) {
      yield { path: published, ...inflated };
      continue;
    }
    // Every other file is read: a kind without a reader of its own is searched for its readable runs.
    const extract = extractors[extension] ?? (TEXT_EXTENSIONS.has(extension) ? decodedText : (BINARY_EXTRACTORS[extension] ?? runsOf));
    yield { path: published, extension, text: extract(file, bytes) };
  }
}

/** Every published file's text at once, for a look at a few of them. */
export function readPublishedFiles(folder: string, extractors: Record<string, TextExtractor> = {}): PublishedFile[] {
  return [...publishedFiles(folder, extractors)];
}

/** PDF text by its cache key: a PDF scanned once (say in dist/ and again in a copy of it) is read once per process. */
const pdfTextByKey = new Map<string, string>();

/** Each PDF in `folders` and the key of its text, those not yet known to this process looked up in the cache. */
function pdfsToRead(cacheFolder: string, folders: readonly string[], reads: GuardReads): { keys: Map<string, string>; unread: [string, string][] } {
  const keys = new Map(
    folders
      .flatMap((folder) => reads.filesIn(folder))
      .filter((file) => path.extname(file).toLowerCase() === '.pdf')
      .sort()
      .map((file) => [file, pdfTextKey(readFileSync(file))]),
  );
  for (const key of keys.values()) {
    if (pdfTextByKey.has(key)) continue;
    const cached = readCachedPdfText(cacheFolder, key);
    if (cached !== undefined) pdfTextByKey.set(key, cached);
  }
  return { keys, unread: [...keys].filter(([, key]) => !pdfTextByKey.has(key)) };
}

/** Keeps what pdf.js read, in this process and in the cache. */
function rememberPdfTexts(cacheFolder: string, unread: readonly [string, string][], texts: ReadonlyMap<string, string>): void {
  for (const [file, key] of unread) {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`pdf.js returned no text for ${file}`);
    pdfTextByKey.set(key, text);
    writeCachedPdfText(cacheFolder, key, text);
  }
}

/**
 * A text extractor for the PDFs in one or more folders: their selectable text, read with pdf.js
 * in one pass up front (one child process for all the PDFs neither read before in this process
 * nor found in the PDF text cache) and handed out per file. Passing several folders at once reads
 * them all with one process.
 */
export function pdfExtractors(cacheFolder: string, folders: readonly string[], reads: GuardReads = guardReads()): Record<string, TextExtractor> {
  const { keys, unread } = pdfsToRead(cacheFolder, folders, reads);
  rememberPdfTexts(cacheFolder, unread, pdfTextsSync(unread.map(([file]) => file)));
  return { '.pdf': (file) => pdfTextByKey.get(keys.get(file) ?? '') ?? '' };
}

/**
 * Reads the PDFs of `folders` as `pdfExtractors` does, with pdf.js in a process of its own while
 * this one does other work; once it resolves, `pdfExtractors` of these folders starts no process.
 */
export async function readPdfsBeside(cacheFolder: string, folders: readonly string[], reads: GuardReads = guardReads()): Promise<void> {
  const { unread } = pdfsToRead(cacheFolder, folders, reads);
  rememberPdfTexts(cacheFolder, unread, await pdfTexts(unread.map(([file]) => file)));
}
