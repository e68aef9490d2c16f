import { mkdtempSync, readdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printKey, readCachedPrint, writeCachedPrint } from '../../../../src/lib/print/pdf-cache.ts';

describe('resume PDF cache', () => {
  it('gives the same key for the same inputs and a new key when any input changes', () => {
    const key = printKey(['public', '<article>', 'page']);
    expect(printKey(['public', '<article>', 'page'])).toBe(key);
    expect(printKey(['resume', '<article>', 'page'])).not.toBe(key);
    expect(printKey(['public', '<article> ', 'page'])).not.toBe(key);
    expect(printKey(['public<article>', '', 'page'])).not.toBe(key);
  });

  it('returns what was stored, and nothing for an unknown key', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-cache-'));
    writeCachedPrint(folder, 'abc', { pdf: new Uint8Array([37, 80, 68, 70]), dropped: ['x'], pages: 1 });
    expect(readCachedPrint(folder, 'abc')).toEqual({ pdf: new Uint8Array([37, 80, 68, 70]), dropped: ['x'], pages: 1 });
    expect(readCachedPrint(folder, 'missing')).toBeUndefined();
  });

  it.each([
    ['its PDF cut short', (folder: string) => truncateSync(path.join(folder, 'abc.pdf'), 6)],
    ['a byte of its PDF flipped', (folder: string) => {
      const bytes = readFileSync(path.join(folder, 'abc.pdf'));
      bytes[2] = bytes[2]! ^ 0x01;
      writeFileSync(path.join(folder, 'abc.pdf'), bytes);
    }],
    ['its page count edited', (folder: string) => writeFileSync(path.join(folder, 'abc.json'), readFileSync(path.join(folder, 'abc.json'), 'latin1').replace('"pages":1', '"pages":2'), 'latin1')],
  ])('discards an entry with %s, says so in one line, and leaves room for a new print', (_case, damage) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-cache-'));
    writeCachedPrint(folder, 'abc', { pdf: new Uint8Array([37, 80, 68, 70, 45, 49]), dropped: [], pages: 1 });
    damage(folder);
    const warnings: string[] = [];
    expect(readCachedPrint(folder, 'abc', (message) => warnings.push(message))).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^discarded a corrupt cached PDF \(abc\.(pdf|json): .+\) and printed it again$/);
    expect(readdirSync(folder)).toEqual([]);
    writeCachedPrint(folder, 'abc', { pdf: new Uint8Array([37, 80, 68, 70, 45, 50]), dropped: [], pages: 1 });
    expect(readCachedPrint(folder, 'abc')?.pdf).toEqual(new Uint8Array([37, 80, 68, 70, 45, 50]));
  });

  it('keeps a website copy’s first-page preview with its PDF, and drops the entry when the preview is gone or damaged', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-pdf-cache-'));
    const stored = { pdf: new Uint8Array([37, 80, 68, 70]), dropped: [], pages: 1, preview: new Uint8Array([82, 73, 70, 70]) };
    writeCachedPrint(folder, 'abc', stored);
    expect(readCachedPrint(folder, 'abc')).toEqual(stored);
    for (const damage of [(file: string) => rmSync(file), (file: string) => truncateSync(file, 3)]) {
      writeCachedPrint(folder, 'abc', stored);
      damage(path.join(folder, 'abc.webp'));
      const warnings: string[] = [];
      expect(readCachedPrint(folder, 'abc', (message) => warnings.push(message))).toBeUndefined();
      expect(warnings).toEqual([expect.stringMatching(/^discarded a corrupt cached PDF \(abc\.webp: .+\) and printed it again$/)]);
      expect(readdirSync(folder)).toEqual([]);
    }
  });
});
