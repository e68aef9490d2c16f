import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, freeFileName, writeFileAtomically, writeUnderFreeName } from '../../../../src/lib/build/safe-write.ts';

const folder = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-write-'));

describe('writeFileAtomically', () => {
  it('writes the file, creating folders, and leaves no temporary file behind', () => {
    const dir = folder();
    const file = path.join(dir, 'a/b/c.mdx');
    writeFileAtomically(file, 'hello');
    expect(readFileSync(file, 'utf8')).toBe('hello');
    expect(readdirSync(path.dirname(file))).toEqual(['c.mdx']);
  });

  it('refuses to replace an existing file unless told to, and leaves no temporary file behind', () => {
    const dir = folder();
    const file = path.join(dir, 'mine.mdx');
    writeFileSync(file, 'original');
    expect(() => writeFileAtomically(file, 'new')).toThrow(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('original');
    expect(readdirSync(dir)).toEqual(['mine.mdx']);
    writeFileAtomically(file, 'new', { overwrite: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});

describe('freeFileName', () => {
  it('adds -2, -3 … until the name is free', () => {
    const dir = folder();
    expect(freeFileName(dir, '2026-11-24-x')).toBe('2026-11-24-x.mdx');
    writeFileSync(path.join(dir, '2026-11-24-x.mdx'), '');
    writeFileSync(path.join(dir, '2026-11-24-x-2.mdx'), '');
    expect(freeFileName(dir, '2026-11-24-x')).toBe('2026-11-24-x-3.mdx');
  });
});

describe('writeUnderFreeName', () => {
  it('writes under the first free name and says which', () => {
    const dir = folder();
    writeFileSync(path.join(dir, 'x.mdx'), 'first');
    expect(writeUnderFreeName(dir, 'x', '.mdx', () => 'second')).toBe(path.join(dir, 'x-2.mdx'));
    expect(readFileSync(path.join(dir, 'x.mdx'), 'utf8')).toBe('first');
    expect(readFileSync(path.join(dir, 'x-2.mdx'), 'utf8')).toBe('second');
  });

  it('takes the next name when another writer claims the free one first, replacing nothing', () => {
    const dir = folder();
    const asked: string[] = [];
    const file = writeUnderFreeName(dir, 'x', '.mdx', (candidate) => {
      asked.push(path.basename(candidate));
      // Another process writes the same name between the look and the write.
      if (asked.length === 1) writeFileSync(candidate, 'theirs');
      return 'mine';
    });
    expect(asked).toEqual(['x.mdx', 'x-2.mdx']);
    expect(file).toBe(path.join(dir, 'x-2.mdx'));
    expect(readFileSync(path.join(dir, 'x.mdx'), 'utf8')).toBe('theirs');
    expect(readFileSync(file, 'utf8')).toBe('mine');
    expect(readdirSync(dir).sort()).toEqual(['x-2.mdx', 'x.mdx']);
  });

  it('stops at whatever its contents throw, writing nothing', () => {
    const dir = folder();
    expect(() => writeUnderFreeName(dir, 'x', '.mdx', () => { throw new Error('does not pass the check'); })).toThrow('does not pass the check');
    expect(readdirSync(dir)).toEqual([]);
  });
});
