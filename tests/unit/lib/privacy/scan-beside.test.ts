import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfSaying } from '../../../support/pdf-saying.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { pdfTexts } from '../../../../src/lib/privacy/pdf-text.ts';
import { readPdfsBeside } from '../../../../src/lib/privacy/published-files.ts';
import { scanForLeaks, scanForLeaksBeside } from '../../../../src/lib/privacy/scan.ts';
import { minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

/** The fixture profile's private address, and its phone, which the website may not show either. */
const ADDRESS = '12 Quiet Lane, Leeds LS1 4AB';
const PHONE = '+44 7700 900123';

const { content } = loadContent(writeContentFolder(minimalContent()));


/** A published folder `dist/` holding `files`, and a new cache folder. */
async function site(files: Record<string, string | Promise<Uint8Array>>): Promise<{ dist: string; cache: string }> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-scan-beside-'));
  const dist = path.join(root, 'dist');
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dist, name)), { recursive: true });
    writeFileSync(path.join(dist, name), await bytes);
  }
  return { dist, cache: path.join(root, 'cache') };
}

const described = (leaks: readonly { file: string; secret: { field: string } }[]) => leaks.map((leak) => `${leak.file} ${leak.secret.field}`);

/** The scan the build runs: pdf.js reads the folder's PDFs in a process of its own while the other files are scanned. */
const scanBeside = (dist: string, cache: string) => scanForLeaksBeside(dist, content, { pdfTextCache: cache, pdfsRead: readPdfsBeside(cache, [dist]) });

describe('the privacy scan with the PDFs read beside', () => {
  it('finds what the scan that waits for pdf.js finds, in pages and PDFs, in the order of the files', async () => {
    const files = { 'about/index.html': `<p>${ADDRESS}</p>`, 'index.html': '<p>Hello</p>', 'resume/general.pdf': pdfSaying(`Call me on ${PHONE}`), 'zz.txt': `Write to ${ADDRESS}` };
    const beside = await site(files);
    const waiting = await site(files);
    const found = described(await scanBeside(beside.dist, beside.cache));
    expect(found).toEqual(['dist/about/index.html contact.address', 'dist/resume/general.pdf contact.phone', 'dist/zz.txt contact.address']);
    expect(found).toEqual(described(scanForLeaks(waiting.dist, content, { pdfTextCache: waiting.cache })));
  });

  it('waits for pdf.js before it reads the PDFs, and fails when pdf.js fails', async () => {
    const { dist, cache } = await site({ 'index.html': '<p>Hello</p>', 'resume.pdf': pdfSaying('Hello') });
    await expect(scanForLeaksBeside(dist, content, { pdfTextCache: cache, pdfsRead: Promise.reject(new Error('pdf.js ran out of memory')) })).rejects.toThrow('pdf.js ran out of memory');
  });

  it('scans a page and a PDF again when they change after a clean scan, and finds what they now hold', async () => {
    const { dist, cache } = await site({ 'index.html': '<p>Hello</p>', 'resume.pdf': pdfSaying('Hello') });
    expect(await scanBeside(dist, cache)).toEqual([]);
    writeFileSync(path.join(dist, 'index.html'), `<p>Hello from ${ADDRESS}</p>`);
    writeFileSync(path.join(dist, 'resume.pdf'), await pdfSaying(`Call me on ${PHONE}`));
    expect(described(await scanBeside(dist, cache))).toEqual(['dist/index.html contact.address', 'dist/resume.pdf contact.phone']);
    // A file with a leak is never recorded clean: the next build reports it again.
    expect(described(scanForLeaks(dist, content, { pdfTextCache: cache }))).toEqual(['dist/index.html contact.address', 'dist/resume.pdf contact.phone']);
  });

  it('says which PDFs pdf.js could not read in its process, and why', async () => {
    const { dist } = await site({ 'resume.pdf': 'not a PDF at all' });
    await expect(pdfTexts([path.join(dist, 'resume.pdf')])).rejects.toThrow(/could not read the text of 1 PDF file\(s\): .*PDF/s);
  });
});
