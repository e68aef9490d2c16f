import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from './safe-write.ts';

/**
 * Cache entries that carry their own check: the bytes, then one fixed-length line with their size
 * and the SHA-256 of their name and bytes. A cache's files can change after they are written (a
 * full disk, a crash, a person with an editor, an entry copied over another's name), and an entry
 * that fails the check is removed and made again, never published.
 */
const TRAILER = /^\ncairn-sealed (\d{16}) ([0-9a-f]{64})\n$/;
const TRAILER_LENGTH = '\ncairn-sealed '.length + 16 + 1 + 64 + 1;

/** The hash covers the entry's name (its cache key) too, so valid bytes under another key fail. */
const sha256 = (bytes: Uint8Array, name: string) => createHash('sha256').update(`${name}\u0000`).update(bytes).digest('hex');

/** The bytes followed by their seal, for the entry called `name`. */
export function seal(bytes: Uint8Array, name = ''): Buffer {
  return Buffer.concat([bytes, Buffer.from(`\ncairn-sealed ${String(bytes.length).padStart(16, '0')} ${sha256(bytes, name)}\n`, 'latin1')]);
}

export type Unsealed = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** The bytes a seal vouches for, or why it does not: the size first (cheap), then the hash. */
export function unseal(stored: Buffer, name = ''): Unsealed {
  const match = stored.length >= TRAILER_LENGTH ? TRAILER.exec(stored.subarray(stored.length - TRAILER_LENGTH).toString('latin1')) : null;
  if (!match) return { ok: false, reason: 'it has no seal: cut short, or not written by this version' };
  const bytes = stored.subarray(0, stored.length - TRAILER_LENGTH);
  if (Number(match[1]) !== bytes.length) return { ok: false, reason: `it holds ${bytes.length} bytes where ${Number(match[1])} were written` };
  if (sha256(bytes, name) !== match[2]) return { ok: false, reason: 'its bytes changed since they were written, or belong to another entry' };
  return { ok: true, bytes };
}

export type SealedRead = { state: 'ok'; bytes: Buffer } | { state: 'missing' } | { state: 'corrupt'; reason: string };

/** Reads a sealed entry; a corrupt one is removed, so the caller's new entry takes its place. */
export function readSealed(file: string): SealedRead {
  let stored: Buffer;
  try {
    stored = readFileSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'missing' };
    throw error;
  }
  const unsealed = unseal(stored, path.basename(file));
  if (unsealed.ok) return { state: 'ok', bytes: unsealed.bytes };
  rmSync(file, { force: true });
  return { state: 'corrupt', reason: unsealed.reason };
}

/** Writes a sealed entry whole or not at all, replacing any entry of that name. */
export function writeSealed(file: string, bytes: Uint8Array): void {
  writeFileAtomically(file, seal(bytes, path.basename(file)), { overwrite: true });
}
