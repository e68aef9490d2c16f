import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { pdfSaying } from '../../../support/pdf-saying.ts';
import { pdfTextKey, readCachedPdfText, writeCachedPdfText } from '../../../../src/lib/privacy/pdf-text-cache.ts';


describe('the PDF text cache', () => {
  it('keys an entry by the PDF bytes: one byte different is another entry', async () => {
    const bytes = await pdfSaying('Call me on +44 7700 900123');
    const changed = new Uint8Array(bytes);
    changed[changed.length - 10] = changed[changed.length - 10]! ^ 1;
    expect(pdfTextKey(bytes)).toMatch(/^[0-9a-f]{64}$/);
    expect(pdfTextKey(new Uint8Array(bytes))).toBe(pdfTextKey(bytes));
    expect(pdfTextKey(changed)).not.toBe(pdfTextKey(bytes));
  });

  it('gives back what was written, and nothing for an entry that is missing or damaged', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-text-'));
    writeCachedPdfText(folder, 'a'.repeat(64), 'Ada Example\n+44 7700 900123');
    expect(readCachedPdfText(folder, 'a'.repeat(64))).toBe('Ada Example\n+44 7700 900123');
    expect(readCachedPdfText(folder, 'b'.repeat(64))).toBeUndefined();
    writeFileSync(path.join(folder, `${'c'.repeat(64)}.json`), '{"text":');
    expect(readCachedPdfText(folder, 'c'.repeat(64))).toBeUndefined();
  });

  it('reads the PDF again rather than trust an entry whose text was altered, which could hide a leak', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-text-'));
    const file = path.join(folder, `${'d'.repeat(64)}.json`);
    writeCachedPdfText(folder, 'd'.repeat(64), 'Call me on +44 7700 900123');
    writeFileSync(file, readFileSync(file, 'utf8').replace('+44 7700 900123', '+44 0000 000000'));
    expect(readCachedPdfText(folder, 'd'.repeat(64))).toBeUndefined();
    expect(existsSync(file)).toBe(false);
  });
});

describe('pdfExtractors with the cache', () => {
  let cache: string;
  beforeEach(() => {
    cache = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-text-cache-'));
  });

  /** pdfExtractors from a fresh module: nothing read in this process yet, as in a new build. */
  async function freshExtractors(folder: string) {
    vi.resetModules();
    const { pdfExtractors } = await import('../../../../src/lib/privacy/published-files.ts');
    return pdfExtractors(cache, [folder])['.pdf']!;
  }

  it('reads a PDF with pdf.js once; a later build takes its text from the cache, and a changed PDF is read again', async () => {
    const site = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-site-')), 'dist');
    mkdirSync(site, { recursive: true });
    const file = path.join(site, 'resume.pdf');
    writeFileSync(file, await pdfSaying('Call me on +44 7700 900123'));

    expect(await freshExtractors(site).then((extract) => extract(file, readFileSync(file)))).toContain('+44 7700 900123');
    const entries = readdirSync(cache).filter((name) => name.endsWith('.json'));
    expect(entries).toHaveLength(1);

    // Proof that the next build does not run pdf.js: it returns what the entry says.
    writeCachedPdfText(cache, entries[0]!.replace(/\.json$/, ''), 'from the cache');
    expect(await freshExtractors(site).then((extract) => extract(file, readFileSync(file)))).toBe('from the cache');

    writeFileSync(file, await pdfSaying('Call me on +44 7700 900999'));
    expect(await freshExtractors(site).then((extract) => extract(file, readFileSync(file)))).toContain('+44 7700 900999');
    expect(readdirSync(cache).filter((name) => name.endsWith('.json'))).toHaveLength(2);
    expect(existsSync(path.join(cache, entries[0]!))).toBe(true);
  });
});
