import { statSync } from 'node:fs';
import path from 'node:path';
import { lastingIdentityOf } from '../build/file-digests.ts';
import { readSealed, writeSealed } from '../build/sealed-file.ts';

/** Each image file of a site: the cache entry it holds, the SHA-256 of its bytes, and the file's lasting identity. */
type Entries = Record<string, [key: string, digest: string, identity: string]>;

const RECORD = 'published-site.json';

/**
 * The images the last build put into its site, kept in the image cache. The next build links each
 * file whose cache entry is unchanged and which is still the file the last build wrote (the same
 * inode, size and modification time) from the last site into its own, instead of reading the entry
 * and writing its bytes again, and hands the privacy guard the digest it recorded. The record names
 * the site's folder: a build for another folder links nothing.
 */
export class PublishedImages {
  readonly #record: string;
  readonly #site: string;
  readonly #previous: Entries;
  readonly #next: Entries = {};

  /** The record in `cacheFolder` of the site published at `site`, the folder this build's site replaces. */
  constructor(cacheFolder: string, site: string) {
    this.#record = path.join(cacheFolder, RECORD);
    this.#site = site;
    this.#previous = {};
    const read = readSealed(this.#record);
    if (read.state !== 'ok') return;
    try {
      const record = JSON.parse(read.bytes.toString('utf8')) as { site?: unknown; files?: unknown };
      if (record.site === site && record.files && typeof record.files === 'object') this.#previous = record.files as Entries;
    } catch {
      // An unreadable record only costs writing every image again.
    }
  }

  /** The last site's `file`, and the digest of its bytes, when it still holds cache entry `key`. */
  unchanged(file: string, key: string): { source: string; digest: string } | undefined {
    const entry = Object.hasOwn(this.#previous, file) ? this.#previous[file] : undefined;
    if (!entry || entry[0] !== key) return undefined;
    const source = path.join(this.#site, file);
    try {
      return lastingIdentityOf(statSync(source, { bigint: true })) === entry[2] ? { source, digest: entry[1] } : undefined;
    } catch {
      return undefined;
    }
  }

  /** Notes that `written`, this build's copy of `file`, holds cache entry `key`, whose bytes have `digest`. */
  record(file: string, key: string, digest: string, written: string): void {
    this.#next[file] = [key, digest, lastingIdentityOf(statSync(written, { bigint: true }))];
  }

  /** Keeps what this build published for the next one. */
  save(): void {
    writeSealed(this.#record, Buffer.from(`${JSON.stringify({ site: this.#site, files: this.#next })}\n`));
  }
}
