import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFiles } from '../../../../src/lib/privacy/clean-files.ts';
import { FileDigests } from '../../../../src/lib/build/file-digests.ts';
import { guardReads } from '../../../../src/lib/privacy/guard-reads.ts';
import { scanForLeaks } from '../../../../src/lib/privacy/scan.ts';
import { unreferencedFiles } from '../../../../src/lib/privacy/unreferenced-files.ts';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { collectSecrets } from '../../../../src/lib/privacy/secrets.ts';
import { minimalContent, writeContentFolder } from '../../../support/content-fixture.ts';

const { content } = loadContent(writeContentFolder(minimalContent()));

/** A published folder with a page linking to a second page in a folder of its own. */
function site() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-guard-reads-'));
  const dist = path.join(root, 'dist');
  mkdirSync(path.join(dist, 'work', 'a'), { recursive: true });
  writeFileSync(path.join(dist, 'index.html'), '<a href="/work/a/">A</a>');
  writeFileSync(path.join(dist, 'work', 'a', 'index.html'), '<p>A</p>');
  return { dist, cache: path.join(root, 'cache') };
}

describe('what one run of the privacy guard reads', () => {
  it('lists a folder once, sorted, nested folders included', () => {
    const { dist } = site();
    const reads = guardReads();
    const files = reads.filesIn(dist);
    expect(files.map((file) => path.relative(dist, file))).toEqual(['index.html', path.join('work', 'a', 'index.html')]);
    // A file written afterwards is not in the run's listing: the guard runs once nothing writes any more.
    writeFileSync(path.join(dist, 'late.html'), '');
    expect(reads.filesIn(dist)).toBe(files);
    expect(guardReads().filesIn(dist)).toHaveLength(3);
  });

  it('hashes a file once, with the bytes it is given', () => {
    const { dist } = site();
    const reads = guardReads();
    const page = path.join(dist, 'index.html');
    let readings = 0;
    const read = () => {
      readings += 1;
      return readFileSync(page);
    };
    const digest = reads.digestOf(page, read);
    expect(digest).toBe(createHash('sha256').update(readFileSync(page)).digest('hex'));
    expect(reads.digestOf(page, read)).toBe(digest);
    expect(readings).toBe(1);
  });

  it('lets the scan skip reading a clean page the link check hashed', () => {
    const { dist, cache } = site();
    // A first build: the scan records both pages as clean.
    expect(scanForLeaks(dist, content, { pdfTextCache: cache })).toEqual([]);
    const reads = guardReads();
    expect(unreferencedFiles(dist, { base: '/', cacheFolder: cache, reads })).toEqual([]);
    const page = path.join(dist, 'index.html');
    const clean = cleanFiles(cache, 'public', collectSecrets(content, 'public'), reads);
    // The link check's hash is used: the page is not read again.
    let readAgain = false;
    expect(clean.known(page, 'dist/index.html', () => ((readAgain = true), readFileSync(page)))).toBe(true);
    expect(readAgain).toBe(false);
  });

  it('takes the digest a stage kept of a file still as it was, and reads a file changed since', () => {
    const { dist } = site();
    const page = path.join(dist, 'index.html');
    const other = path.join(dist, 'work', 'a', 'index.html');
    const known = new FileDigests();
    known.read(page);
    known.read(other);
    // A stage replaced the second page after reading it: its kept digest no longer describes it.
    writeFileSync(`${other}.new`, '<p>B</p>');
    renameSync(`${other}.new`, other);
    const reads = guardReads(known);
    const readings: string[] = [];
    const reader = (file: string) => () => (readings.push(path.relative(dist, file)), readFileSync(file));
    expect(reads.digestOf(page, reader(page))).toBe(createHash('sha256').update(readFileSync(page)).digest('hex'));
    expect(reads.digestOf(other, reader(other))).toBe(createHash('sha256').update('<p>B</p>').digest('hex'));
    expect(readings).toEqual([path.join('work', 'a', 'index.html')]);
  });
});
