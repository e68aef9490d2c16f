import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheFolderProblems } from '../../../../src/lib/build/cache-folders.ts';

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-cache-folders-'));

describe('cacheFolderProblems', () => {
  it('accepts cache folders that exist, and those still to be made under a folder', () => {
    const root = scratch();
    mkdirSync(path.join(root, 'images'));
    expect(cacheFolderProblems({ imageCache: path.join(root, 'images'), pdfCache: path.join(root, 'a', 'b', 'pdfs'), pdfTextCache: path.join(root, 'texts'), astroCache: root })).toEqual([]);
  });

  it('names each cache that is a file or lies under one, with its environment variable, in one pass', () => {
    const root = scratch();
    writeFileSync(path.join(root, 'images'), 'x');
    writeFileSync(path.join(root, 'cache'), 'x');
    expect(cacheFolderProblems({ imageCache: path.join(root, 'images'), pdfCache: path.join(root, 'cache', 'pdfs'), pdfTextCache: path.join(root, 'texts'), astroCache: path.join(root, 'cache', 'astro', 'deep') })).toEqual([
      `option imageCache (CAIRN_IMAGE_CACHE) is ${path.join(root, 'images')}, but that is a file, not a folder`,
      `option pdfCache (CAIRN_PDF_CACHE) is ${path.join(root, 'cache', 'pdfs')}, but ${path.join(root, 'cache')} is a file, not a folder`,
      `option astroCache (CAIRN_ASTRO_CACHE) is ${path.join(root, 'cache', 'astro', 'deep')}, but ${path.join(root, 'cache')} is a file, not a folder`,
    ]);
  });
});
