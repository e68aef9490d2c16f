import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanFiles } from '../../../../src/lib/privacy/clean-files.ts';
import type { Secret } from '../../../../src/lib/privacy/secrets.ts';

const phone: Secret = { value: '+44 20 7946 0000', source: 'content/profile.mdx', field: 'phone', kind: 'digits' };
const client: Secret = { value: 'Northwind Bank', source: 'content/accomplishments/x.mdx', field: 'client', kind: 'text' };

/** A published folder with one page, and a cache folder, both new. */
function scratch(page = '<p>Hello</p>') {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-clean-files-'));
  const file = path.join(root, 'index.html');
  writeFileSync(file, page);
  return { cache: path.join(root, 'cache'), file };
}

/** What a second scan would skip after a first one saved its findings. */
function secondLook(cache: string, file: string, secrets: readonly Secret[]): boolean {
  return cleanFiles(cache, 'public', secrets).known(file, 'dist/index.html');
}

describe('the files a privacy scan found clean', () => {
  it('are skipped by the next scan while their bytes and the values searched for are the same', () => {
    const { cache, file } = scratch();
    const first = cleanFiles(cache, 'public', [phone]);
    expect(first.known(file, 'dist/index.html')).toBe(false);
    first.save([]);
    expect(secondLook(cache, file, [phone])).toBe(true);
  });

  it('are scanned again when one byte changed', () => {
    const { cache, file } = scratch();
    const first = cleanFiles(cache, 'public', [phone]);
    first.known(file, 'dist/index.html');
    first.save([]);
    writeFileSync(file, '<p>Hello!</p>');
    expect(secondLook(cache, file, [phone])).toBe(false);
  });

  it('are scanned again when there is a new value to look for', () => {
    const { cache, file } = scratch('<p>Worked for Northwind Bank</p>');
    const first = cleanFiles(cache, 'public', [phone]);
    first.known(file, 'dist/index.html');
    first.save([]);
    expect(secondLook(cache, file, [phone, client])).toBe(false);
  });

  it('never include a file with a leak, so it is reported on every build until fixed', () => {
    const { cache, file } = scratch('<p>Call +44 20 7946 0000</p>');
    const first = cleanFiles(cache, 'public', [phone]);
    first.known(file, 'dist/index.html');
    first.save(['dist/index.html']);
    expect(secondLook(cache, file, [phone])).toBe(false);
  });

  it('are kept per kind of scan, so the direct-send copies do not share the website\'s record', () => {
    const { cache, file } = scratch();
    const site = cleanFiles(cache, 'public', [phone]);
    site.known(file, 'dist/index.html');
    site.save([]);
    expect(cleanFiles(cache, 'resume', [phone]).known(file, 'resumes/index.html')).toBe(false);
  });
});
