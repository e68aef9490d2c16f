import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { PROJECT_ROOT } from './astro-build.ts';

export const LINKEDIN_FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/linkedin');

/** The files of a fixture folder (`full`, `basic`, `nested`) by their paths inside it, folders kept. */
export function fixtureFiles(name: string): Record<string, Uint8Array> {
  const folder = path.join(LINKEDIN_FIXTURES, name);
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(folder, file).split(path.sep).join('/'), new Uint8Array(readFileSync(file))];
      }),
  );
}

/** A fixture zipped in memory as LinkedIn ships it; `files` adds or replaces entries (text or bytes). */
export function zipExport(name: string, files: Record<string, string | Uint8Array> = {}): Uint8Array {
  const entries: Record<string, Uint8Array> = { ...fixtureFiles(name) };
  for (const [entry, content] of Object.entries(files)) entries[entry] = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return zipSync(entries, { level: 6, mtime: new Date('2026-11-20T00:00:00Z') });
}
