import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileExistsError, writeFileAtomically } from '../../../../src/lib/build/safe-write.ts';

describe('writeFileAtomically', () => {
  const folder = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-write-'));

  it('writes the file, creating folders, and leaves no temporary file behind', () => {
    const dir = folder();
    const file = path.join(dir, 'a/b/c.mdx');
    writeFileAtomically(file, 'hello');
    expect(readFileSync(file, 'utf8')).toBe('hello');
    expect(readdirSync(path.dirname(file))).toEqual(['c.mdx']);
  });

  it('refuses to replace an existing file unless told to', () => {
    const dir = folder();
    const file = path.join(dir, 'mine.mdx');
    writeFileSync(file, 'original');
    expect(() => writeFileAtomically(file, 'new')).toThrow(FileExistsError);
    expect(readFileSync(file, 'utf8')).toBe('original');
    writeFileAtomically(file, 'new', { overwrite: true });
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});
