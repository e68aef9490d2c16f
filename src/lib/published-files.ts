import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Kinds of published file whose text a reader (or a crawler) can see. Images are checked through their SVG sources. */
const TEXT_EXTENSIONS = new Set(['.html', '.htm', '.xml', '.rss', '.json', '.txt', '.md', '.vcf', '.svg', '.css', '.js', '.mjs', '.webmanifest', '.csv', '.ics']);

export interface PublishedFile {
  /** Path relative to the published folder's parent, e.g. `dist/index.html`. */
  path: string;
  extension: string;
  text: string;
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(folder, item.name);
    return item.isDirectory() ? walk(full) : [full];
  });
}

/**
 * The text of every published file that can carry words. Text extractors for other kinds (PDF)
 * register here as they are added, so the privacy guard sees every artifact.
 */
export function readPublishedFiles(folder: string, extractors: Record<string, (file: string) => string> = {}): PublishedFile[] {
  const label = path.basename(folder);
  return walk(folder)
    .sort()
    .flatMap((file) => {
      const extension = path.extname(file).toLowerCase();
      const extract = extractors[extension] ?? (TEXT_EXTENSIONS.has(extension) ? (name: string) => readFileSync(name, 'utf8') : undefined);
      if (!extract) return [];
      return [{ path: path.join(label, path.relative(folder, file)), extension, text: extract(file) }];
    });
}
