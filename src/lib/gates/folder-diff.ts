import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

function listFiles(folder: string): string[] {
  if (!existsSync(folder)) return [];
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [path.relative(folder, full)];
    });
  return walk(folder).sort();
}

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export interface FolderDifference {
  file: string;
  change: 'only in first' | 'only in second' | 'contents differ';
}

/** Every file that differs between two folders, byte for byte, by relative path. */
export function diffFolders(first: string, second: string): FolderDifference[] {
  const a = listFiles(first);
  const b = listFiles(second);
  const inB = new Set(b);
  const inA = new Set(a);
  const differences: FolderDifference[] = [];
  for (const file of a) {
    if (!inB.has(file)) differences.push({ file, change: 'only in first' });
    else if (digest(path.join(first, file)) !== digest(path.join(second, file))) differences.push({ file, change: 'contents differ' });
  }
  for (const file of b) if (!inA.has(file)) differences.push({ file, change: 'only in second' });
  return differences.sort((x, y) => x.file.localeCompare(y.file));
}

export function countFiles(folder: string): number {
  return listFiles(folder).length;
}
