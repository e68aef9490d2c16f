import { createHash } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { writeFileAtomically } from './safe-write.ts';

/**
 * Cache entries that carry their own check: the bytes, then one fixed-length line with their size
 * and SHA-256. A cache's files can change after they are written (a full disk, a crash, a person
 * with an editor), and an entry that fails the check is removed and made again, never published.
 */
const TRAILER = /^\ncairn-sealed (\d{16}) ([0-9a-f]{64})\n$/;
const TRAILER_LENGTH = '\ncairn-sealed '.length + 16 + 1 + 64 + 1;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The bytes followed by their seal. */
export function seal(bytes: Uint8Array): Buffer {
  return Buffer.concat([bytes, Buffer.from(`\ncairn-sealed ${String(bytes.length).padStart(16, '0')} ${sha256(bytes)}\n`, 'latin1')]);
}

export type Unsealed = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/** The bytes a seal vouches for, or why it does not: the size first (cheap), then the hash. */
export function unseal(stored: Buffer): Unsealed {
  const match = stored.length >= TRAILER_LENGTH ? TRAILER.exec(stored.subarray(stored.length - TRAILER_LENGTH).toString('latin1')) : null;
  if (!match) return { ok: false, reason: 'it has no seal: cut short, or not written by this version' };
  const bytes = stored.subarray(0, stored.length - TRAILER_LENGTH);
  if (Number(match[1]) !== bytes.length) return { ok: false, reason: `it holds ${bytes.length} bytes where ${Number(match[1])} were written` };
  if (sha256(bytes) !== match[2]) return { ok: false, reason: 'its bytes changed since they were written' };
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
  const unsealed = unseal(stored);
  if (unsealed.ok) return { state: 'ok', bytes: unsealed.bytes };
  rmSync(file, { force: true });
  return { state: 'corrupt', reason: unsealed.reason };
}

/** Writes a sealed entry whole or not at all, replacing any entry of that name. */
export function writeSealed(file: string, bytes: Uint8Array): void {
  writeFileAtomically(file, seal(bytes), { overwrite: true });
}
