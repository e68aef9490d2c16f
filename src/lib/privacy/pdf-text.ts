import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The text a reader can select in a PDF, page by page, read with pdf.js (pdfjs-dist): what the
 * privacy guard scans in published PDFs and what the tests check in printed resumes.
 */

interface TextItem {
  str: string;
  hasEOL?: boolean;
}

/**
 * Every page's text; items on one line are joined as pdf.js reports them, lines end with a
 * newline — except after a hyphen, where the word goes on (`multi-` / `region` → `multi-region`),
 * so text broken across lines is still found whole.
 */
export async function pdfPageTexts(data: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdf.js takes ownership of (detaches) the buffer it is given, so it gets a copy.
  const loading = getDocument({ data: new Uint8Array(data), useSystemFonts: false, verbosity: 0 });
  const document = await loading.promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push((content.items as TextItem[]).map((item) => `${item.str}${item.hasEOL && !item.str.endsWith('-') ? '\n' : ''}`).join(''));
    }
    return pages;
  } finally {
    await loading.destroy();
  }
}

export async function pdfText(data: Uint8Array): Promise<string> {
  return (await pdfPageTexts(data)).join('\n');
}

const READER_ARGS = ['--no-warnings', fileURLToPath(import.meta.url)];

function readerFailed(files: readonly string[], stderr: string): Error {
  return new Error(`could not read the text of ${files.length} PDF file(s): ${stderr.trim()}`);
}

/**
 * The text of several PDF files at once, synchronously: pdf.js only works asynchronously, so a
 * child process reads them (one process for all files) and the caller waits. The privacy guard
 * and its callers stay synchronous this way.
 */
export function pdfTextsSync(files: readonly string[]): Map<string, string> {
  if (files.length === 0) return new Map();
  const result = spawnSync(process.execPath, READER_ARGS, {
    input: JSON.stringify(files),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (result.status !== 0) throw readerFailed(files, result.stderr);
  return new Map(Object.entries(JSON.parse(result.stdout) as Record<string, string>));
}

/**
 * `pdfTextsSync` without the wait: the child process reads while this one goes on with other work.
 * The file list goes in and the texts come out through files, not pipes: a pipe moves only when
 * this process's event loop turns, and the caller keeps it busy meanwhile.
 */
export function pdfTexts(files: readonly string[]): Promise<Map<string, string>> {
  if (files.length === 0) return Promise.resolve(new Map());
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-text-'));
  const [input, output, errors] = ['files.json', 'texts.json', 'errors.txt'].map((name) => path.join(folder, name)) as [string, string, string];
  writeFileSync(input, JSON.stringify(files));
  const stdio = [openSync(input, 'r'), openSync(output, 'w'), openSync(errors, 'w')];
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, READER_ARGS, { stdio });
  } finally {
    for (const descriptor of stdio) closeSync(descriptor);
  }
  return new Promise<Map<string, string>>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      try {
        if (code !== 0) throw readerFailed(files, readFileSync(errors, 'utf8'));
        resolve(new Map(Object.entries(JSON.parse(readFileSync(output, 'utf8')) as Record<string, string>)));
      } catch (error) {
        reject(error);
      }
    });
  }).finally(() => rmSync(folder, { recursive: true, force: true }));
}

/** The argument that runs this file as a reader into the PDF text cache (pdf-texts-ahead.ts). */
export const INTO_CACHE = '--into-cache';

/**
 * Run as a script by pdfTextsSync: file names as JSON on stdin, `{ file: text }` as JSON on stdout.
 * With `--into-cache FOLDER`: file names one a line as they come, each file's text stored in that
 * PDF text cache under the hash of the bytes read; a file gone or unreadable is left to the guard.
 */
async function main(): Promise<void> {
  const into = process.argv.indexOf(INTO_CACHE);
  if (into >= 0) {
    const folder = process.argv[into + 1]!;
    const { createInterface } = await import('node:readline');
    const { pdfTextKey, readCachedPdfText, writeCachedPdfText } = await import('./pdf-text-cache.ts');
    for await (const file of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      try {
        const bytes = readFileSync(file);
        const key = pdfTextKey(bytes);
        if (readCachedPdfText(folder, key) === undefined) writeCachedPdfText(folder, key, await pdfText(bytes));
      } catch {
        // The privacy guard reads this file itself, and says what is wrong with it.
      }
    }
    return;
  }
  const files = JSON.parse(readFileSync(0, 'utf8')) as string[];
  const texts: Record<string, string> = {};
  for (const file of files) texts[file] = await pdfText(readFileSync(file));
  process.stdout.write(JSON.stringify(texts));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
