import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/** Every file of a built site, relative to its folder, sorted. */
export function siteFiles(folder: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [path.relative(folder, full)];
    });
  return walk(folder).sort();
}

export function readSiteFile(folder: string, relative: string): string {
  return readFileSync(path.join(folder, relative), 'utf8');
}

export function siteHasFile(folder: string, relative: string): boolean {
  const full = path.join(folder, relative);
  return existsSync(full) && statSync(full).isFile();
}
