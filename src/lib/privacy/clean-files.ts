import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSealed, writeSealed } from '../build/sealed-file.ts';
import { PRIVACY_CODE } from './code-version.ts';
import { guardReads, type GuardReads } from './guard-reads.ts';
import type { Secret } from './secrets.ts';

/**
 * The published files a scan found clean, kept between builds so a rebuild rescans only files whose
 * bytes changed. A file is skipped only when its bytes, its kind, every value searched for and the
 * scanner's own code are all the same as in a scan that found nothing in it; a file with a leak is
 * never recorded, so it is reported again on every build until it is fixed.
 */

export interface CleanFiles {
  /** Whether `file` (at `label` in the scan's report) was found clean before; remembered for `save`. `read` gives its bytes. */
  known(file: string, label: string, read?: () => Buffer): boolean;
  /** Records every file looked at in this scan as clean, except those named in `leaky` (labels). */
  save(leaky: Iterable<string>): void;
}

/**
 * The record for one kind of scan (`name`, e.g. the audience), in `cacheFolder`, against `secrets`;
 * a file's bytes are hashed through `reads`, so a file the guard's link check hashed is not read again.
 */
export function cleanFiles(cacheFolder: string, name: string, secrets: readonly Secret[], reads: GuardReads = guardReads()): CleanFiles {
  const record = path.join(cacheFolder, `clean-files-${name}.json`);
  const searched = createHash('sha256').update(`cairn-clean-files 2\0${PRIVACY_CODE}`).update(JSON.stringify(secrets)).digest('hex');
  const read = existsSync(record) ? readSealed(record) : undefined;
  let previous = new Set<string>();
  if (read?.state === 'ok') {
    try {
      previous = new Set(JSON.parse(read.bytes.toString('utf8')) as string[]);
    } catch {
      // An unreadable record only costs a full scan.
    }
  }
  const looked = new Map<string, string>();
  return {
    known(file, label, read = () => readFileSync(file)) {
      const key = createHash('sha256').update(searched).update(`\0${path.extname(file).toLowerCase()}\0`).update(reads.digestOf(file, read)).digest('hex');
      looked.set(label, key);
      return previous.has(key);
    },
    save(leaky) {
      const skip = new Set(leaky);
      const clean = [...looked].filter(([label]) => !skip.has(label)).map(([, key]) => key);
      writeSealed(record, Buffer.from(`${JSON.stringify([...new Set(clean)].sort())}\n`));
    },
  };
}
