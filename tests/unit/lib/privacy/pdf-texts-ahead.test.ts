import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pdfSaying } from '../../../support/pdf-saying.ts';
import { pdfTextKey, readCachedPdfText } from '../../../../src/lib/privacy/pdf-text-cache.ts';
import { PdfTextsAhead } from '../../../../src/lib/privacy/pdf-texts-ahead.ts';


/** A PDF saying `text` written into a new folder, with the cache folder beside it. */
async function written(text: string): Promise<{ file: string; bytes: Uint8Array; cache: string }> {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-texts-ahead-'));
  const file = path.join(folder, 'resume.pdf');
  const bytes = await pdfSaying(text);
  writeFileSync(file, bytes);
  return { file, bytes, cache: path.join(folder, 'cache') };
}

describe('PDF texts read ahead for the privacy guard', () => {
  it('stores the text of each PDF handed over, under the hash of its bytes, once begun', async () => {
    const { file, bytes, cache } = await written('Noor Haddad, +44 7700 900123');
    const ahead = new PdfTextsAhead(cache);
    ahead.read(file);
    ahead.begin();
    await ahead.finished();
    expect(readCachedPdfText(cache, pdfTextKey(bytes))).toContain('+44 7700 900123');
  });

  it('reads nothing before it is begun: files handed over wait, and are left to the guard if it never begins', async () => {
    const { file, cache } = await written('Noor Haddad');
    const ahead = new PdfTextsAhead(cache);
    ahead.read(file);
    await ahead.finished();
    expect(existsSync(cache)).toBe(false);
  });

  it('goes on past a file that is gone or is not a PDF, and reads the ones after it', async () => {
    const { file, bytes, cache } = await written('Li Wei, Shanghai');
    const notPdf = path.join(path.dirname(file), 'broken.pdf');
    writeFileSync(notPdf, 'not a PDF at all');
    const ahead = new PdfTextsAhead(cache);
    ahead.begin();
    ahead.read(path.join(path.dirname(file), 'gone.pdf'));
    ahead.read(notPdf);
    ahead.read(file);
    await ahead.finished();
    expect(readCachedPdfText(cache, pdfTextKey(bytes))).toContain('Li Wei');
    expect(readdirSync(cache).filter((name) => name.endsWith('.json'))).toHaveLength(1);
  });

  it('keys the text by the bytes it read: a file replaced before its turn is stored under the new bytes only', async () => {
    const { file, bytes: first, cache } = await written('First version');
    const second = await pdfSaying('Second version');
    writeFileSync(file, second);
    const ahead = new PdfTextsAhead(cache);
    ahead.begin();
    ahead.read(file);
    await ahead.finished();
    expect(readCachedPdfText(cache, pdfTextKey(first))).toBeUndefined();
    expect(readCachedPdfText(cache, pdfTextKey(second))).toContain('Second version');
  });

  it('finishes at once when nothing was handed over, and a stop after the end is harmless', async () => {
    const ahead = new PdfTextsAhead(mkdtempSync(path.join(os.tmpdir(), 'cairn-texts-ahead-')));
    ahead.begin();
    await ahead.finished();
    ahead.stop();
  });
});
