import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffFolders } from '../../../../src/lib/gates/folder-diff.ts';

function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-diff-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
    writeFileSync(path.join(folder, name), text);
  }
  return folder;
}

describe('diffFolders', () => {
  it('finds nothing between identical folders', () => {
    expect(diffFolders(folderWith({ 'a.html': 'x', 'b/c.pdf': 'y' }), folderWith({ 'a.html': 'x', 'b/c.pdf': 'y' }))).toEqual([]);
  });

  it('names each file that differs, is missing or is extra', () => {
    expect(diffFolders(folderWith({ 'a.html': 'x', 'gone.txt': '1', 'b/c.pdf': 'y' }), folderWith({ 'a.html': 'x', 'new.txt': '2', 'b/c.pdf': 'z' }))).toEqual([
      { file: 'b/c.pdf', change: 'contents differ' },
      { file: 'gone.txt', change: 'only in first' },
      { file: 'new.txt', change: 'only in second' },
    ]);
  });
});
