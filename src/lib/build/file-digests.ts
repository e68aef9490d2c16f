import { hash } from 'node:crypto';
import { closeSync, fstatSync, linkSync, openSync, readSync, statSync, writeSync, type BigIntStats } from 'node:fs';
import path from 'node:path';

/**
 * The SHA-256 of each file a stage of this build read or wrote, kept with what the file system
 * said of the file at that moment. The privacy guard needs the digest of every published file;
 * the pages the image stage has just read and the images it has just written need not be read
 * again for it, as long as each is still the file it was. A file replaced, rewritten or touched
 * since has another inode, size or time, and is read again. (A rewrite in place to the same size
 * within one tick of the file system's clock would pass for unchanged; no stage writes a file it or
 * another stage has written already: each writes new files.)
 */
export class FileDigests {
  readonly #known = new Map<string, { digest: string; identity: string }>();

  /** A file's bytes, read whole; their digest is kept. */
  read(file: string): Buffer {
    const descriptor = openSync(file, 'r');
    try {
      const stat = fstatSync(descriptor, { bigint: true });
      const bytes = Buffer.allocUnsafe(Number(stat.size));
      let filled = 0;
      while (filled < bytes.length) {
        const got = readSync(descriptor, bytes, filled, bytes.length - filled, filled);
        if (got === 0) break;
        filled += got;
      }
      const read = bytes.subarray(0, filled);
      // Grown while being read: its digest would describe bytes the file no longer ends with.
      if (filled === bytes.length) this.#remember(file, hash('sha256', read), fstatSync(descriptor, { bigint: true }));
      return read;
    } finally {
      closeSync(descriptor);
    }
  }

  /** Writes `bytes` to a file that must not exist yet (`EEXIST` otherwise), keeps their digest and returns it. */
  writeNew(file: string, bytes: Uint8Array): string {
    const descriptor = openSync(file, 'wx');
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written, written);
      return this.#remember(file, hash('sha256', bytes), fstatSync(descriptor, { bigint: true }));
    } finally {
      closeSync(descriptor);
    }
  }

  /** Links `file` to `source`, whose bytes the caller knows to have `digest` (`EEXIST` when `file` exists), and keeps the digest. */
  link(source: string, file: string, digest: string): void {
    linkSync(source, file);
    this.#remember(file, digest, statSync(file, { bigint: true }));
  }

  /** The digest kept for `file`, while it is still the file that was read or written; otherwise undefined. */
  digestOf(file: string): string | undefined {
    const known = this.#known.get(path.resolve(file));
    if (!known) return undefined;
    let stat: BigIntStats;
    try {
      stat = statSync(file, { bigint: true });
    } catch {
      return undefined;
    }
    return identityOf(stat) === known.identity ? known.digest : undefined;
  }

  #remember(file: string, digest: string, stat: BigIntStats): string {
    this.#known.set(path.resolve(file), { digest, identity: identityOf(stat) });
    return digest;
  }
}

/**
 * What stays the same of a file from one build to the next while its bytes do: the file itself (its
 * device and inode), its size and its modification time. Not the change time, which a link to the
 * file, or the removal of one, moves on too.
 */
export function lastingIdentityOf(stat: BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

/** What changes when a file's bytes can have: another file in its place, another size, a write (the modification and change times, to the nanosecond). */
function identityOf(stat: BigIntStats): string {
  return `${stat.dev}:${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;
}
