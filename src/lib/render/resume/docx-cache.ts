import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markUsed } from '../../build/cache-pruning.ts';
import { readSealed, writeSealed } from '../../build/sealed-file.ts';
import type { ResumeView } from '../../model/resume/selection.ts';
import { resumeDocx } from './docx-export.ts';

/**
 * Word copies of resumes, kept by a hash of the resume they show and of the code that writes them:
 * a rebuild writes each unchanged copy from the cache instead of packing it again, which cost more
 * than anything else in a rebuild's resume stage. A Word file is a pure function of its resume
 * view, but not only of docx-export.ts (headings, dates and labels come from the model and the
 * message tables), so the code is all of Cairn's source, with the versions of the two packages
 * that write the file.
 */

/** Bump when the file written changes in a way neither the view nor the code shows. */
const CACHE_VERSION = 1;

let codeDigest: string | undefined;

/** Every file of Cairn's src/ folder, and the docx and fflate packages' code, hashed once per process. */
function wordCode(): string {
  if (codeDigest !== undefined) return codeDigest;
  const hash = createHash('sha256').update(`cairn-resume-docx ${CACHE_VERSION}\0`);
  const require = createRequire(import.meta.url);
  // The packages' code itself: another version is another entry point.
  for (const pkg of ['docx', 'fflate']) hash.update(`${pkg}\0`).update(readFileSync(require.resolve(pkg)));
  const src = fileURLToPath(new URL('../../../', import.meta.url));
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name))
    .sort();
  for (const file of files) hash.update(`${path.relative(src, file)}\0`).update(readFileSync(file));
  codeDigest = hash.digest('hex');
  return codeDigest;
}

/** The cache key of a resume's Word file. */
export function docxKey(view: ResumeView): string {
  return createHash('sha256').update(wordCode()).update(JSON.stringify(view)).digest('hex');
}

/**
 * The resume as `.docx` bytes: from `cacheFolder` when an entry for this view passes its seal,
 * otherwise packed afresh and stored. A corrupt entry is removed and packed again, never written out.
 */
export async function cachedResumeDocx(cacheFolder: string, view: ResumeView): Promise<Uint8Array> {
  const file = path.join(cacheFolder, `${docxKey(view)}.docx`);
  const stored = readSealed(file);
  if (stored.state === 'ok') {
    // Used by this build: kept when the cache is pruned.
    markUsed(file);
    return new Uint8Array(stored.bytes);
  }
  if (stored.state === 'corrupt') rmSync(file, { force: true });
  const docx = await resumeDocx(view);
  writeSealed(file, docx);
  return docx;
}
