import { copyFileSync, existsSync, mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSealed, seal, unseal, writeSealed } from '../../../../src/lib/build/sealed-file.ts';

const PNG_LIKE = Buffer.from(Array.from({ length: 5000 }, (_, index) => (index * 31) % 256));

describe('a sealed cache entry', () => {
  it('gives back exactly the bytes written', () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-sealed-')), 'ab/entry.png');
    writeSealed(file, PNG_LIKE);
    expect(readSealed(file)).toEqual({ state: 'ok', bytes: PNG_LIKE });
    expect(unseal(seal(new Uint8Array()))).toEqual({ ok: true, bytes: Buffer.alloc(0) });
  });

  it('is missing when there is no file', () => {
    expect(readSealed(path.join(os.tmpdir(), 'cairn-no-such-entry.png'))).toEqual({ state: 'missing' });
  });

  it.each([
    ['cut short', (file: string) => truncateSync(file, 3000), /no seal/],
    ['cut short inside its seal', (file: string) => truncateSync(file, PNG_LIKE.length + 40), /no seal/],
    ['with one byte flipped', (file: string) => {
      const bytes = readFileSync(file);
      bytes[1234] = bytes[1234]! ^ 0x01;
      writeFileSync(file, bytes);
    }, /changed since they were written/],
    ['with bytes missing from the middle', (file: string) => {
      const bytes = readFileSync(file);
      writeFileSync(file, Buffer.concat([bytes.subarray(0, 100), bytes.subarray(200)]));
    }, /holds 4900 bytes where 5000 were written/],
    ['written without a seal', (file: string) => writeFileSync(file, PNG_LIKE), /no seal/],
  ])('is corrupt when %s, and is removed', (_case, damage, reason) => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-sealed-')), 'entry.png');
    writeSealed(file, PNG_LIKE);
    damage(file);
    const read = readSealed(file);
    expect(read.state).toBe('corrupt');
    expect(read.state === 'corrupt' && read.reason).toMatch(reason);
    expect(existsSync(file)).toBe(false);
  });

  it('is corrupt when a valid entry is copied over another entry’s name, so one key never serves another’s bytes', () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-sealed-'));
    writeSealed(path.join(folder, 'og-contact.png'), PNG_LIKE);
    copyFileSync(path.join(folder, 'og-contact.png'), path.join(folder, 'og-index.png'));
    expect(readSealed(path.join(folder, 'og-index.png'))).toMatchObject({ state: 'corrupt', reason: expect.stringMatching(/belong to another entry/) });
    expect(readSealed(path.join(folder, 'og-contact.png'))).toEqual({ state: 'ok', bytes: PNG_LIKE });
  });
});
