import { mkdtempSync } from 'node:fs';
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
});
