import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { FileDigests } from '../build/file-digests.ts';

/**
 * What one run of the privacy guard has read of the published folders: each folder's files and
 * each file's SHA-256. The link check, the PDF reader and the scan each need both; sharing them
 * walks a site of a thousand folders once instead of four times, and hashes a page once instead
 * of twice. Only for folders nothing writes to while the guard runs.
 */
export interface GuardReads {
  /** Every file under `folder`, sorted, as full paths. */
  filesIn(folder: string): readonly string[];
  /** The SHA-256 (hex) of `file`'s bytes; `read` gives them when this run has not hashed the file yet. */
  digestOf(file: string, read: () => Buffer): string;
}

function walk(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((item) => {
    const full = path.join(folder, item.name);
    return item.isDirectory() ? walk(full) : [full];
  });
}

/**
 * A fresh record of reads: nothing walked or hashed yet. The digests the build's stages kept of the
 * files they read and wrote (`known`) are taken for each file still as it was, so a page or image
 * the build has just handled is not read again for its hash.
 */
export function guardReads(known?: FileDigests): GuardReads {
  const listings = new Map<string, readonly string[]>();
  const digests = new Map<string, string>();
  return {
    filesIn(folder) {
      const key = path.resolve(folder);
      let files = listings.get(key);
      if (!files) {
        files = walk(folder).sort();
        listings.set(key, files);
      }
      return files;
    },
    digestOf(file, read) {
      const key = path.resolve(file);
      let digest = digests.get(key);
      if (digest === undefined) {
        digest = known?.digestOf(file) ?? createHash('sha256').update(read()).digest('hex');
        digests.set(key, digest);
      }
      return digest;
    },
  };
}
