import { readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The image and PDF caches keep one entry per distinct input, so every edit leaves the old
 * entry behind: twenty years of weekly edits would fill a disk. Each build marks the entries it
 * uses (hits get a fresh modification time, new entries have one), and at most once a day the
 * entries no build has used for 30 days are removed. A removed entry is only ever made again.
 */
export const UNUSED_FOR_MS = 30 * 24 * 60 * 60 * 1000;
const PRUNE_EVERY_MS = 24 * 60 * 60 * 1000;
const MARKER = '.last-pruned';
/**
 * Only files Cairn names are ever removed: an entry (`<sha-256>.png`) or a write a crash left
 * half done (`.<sha-256>.png.<pid>.<time>.tmp`). The cache folder can be set to any folder
 * (`CAIRN_IMAGE_CACHE`), and a person's own files there must survive.
 */
const CACHE_FILE = /^\.?[0-9a-f]{64}\.(png|pdf|json|webp|docx)(\.\d+\.\d+\.tmp)?$/;

/** Records that a build used this entry, so pruning keeps it. A file gone meanwhile is no matter. */
export function markUsed(file: string, now = new Date()): void {
  try {
    utimesSync(file, now, now);
  } catch {
    // Removed by another build's pruning, or never there: the caller has its bytes already.
  }
}

export interface PruneResult {
  /** Whether the folder was looked through (at most once a day). */
  ran: boolean;
  removed: number;
  bytes: number;
}

function filesIn(folder: string): string[] {
  try {
    return readdirSync(folder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}

/** Removes the entries of `folder` that no build has used for `unusedForMs`; looks at most once a day. */
export function pruneUnused(folder: string, options: { now?: Date; unusedForMs?: number; force?: boolean } = {}): PruneResult {
  const now = options.now ?? new Date();
  const marker = path.join(folder, MARKER);
  if (!options.force) {
    try {
      if (now.getTime() - statSync(marker).mtimeMs < PRUNE_EVERY_MS) return { ran: false, removed: 0, bytes: 0 };
    } catch {
      // Never pruned: look now.
    }
  }
  const cutoff = now.getTime() - (options.unusedForMs ?? UNUSED_FOR_MS);
  let removed = 0;
  let bytes = 0;
  for (const file of filesIn(folder)) {
    if (!CACHE_FILE.test(path.basename(file))) continue;
    try {
      const stat = statSync(file);
      if (!stat.isFile() || stat.mtimeMs >= cutoff) continue;
      rmSync(file, { force: true });
      removed++;
      bytes += stat.size;
    } catch {
      // Gone already.
    }
  }
  try {
    writeFileSync(marker, now.toISOString());
    utimesSync(marker, now, now);
  } catch {
    // An unwritable cache folder: the build itself reports that when it writes an entry.
  }
  return { ran: true, removed, bytes };
}

/** `removed 12 cached images unused for 30 days (1.4 MB)`, or undefined when nothing was removed. */
export function describePruning(result: PruneResult, what: string): string | undefined {
  if (result.removed === 0) return undefined;
  return `removed ${result.removed} cached ${what} unused for 30 days (${(result.bytes / 1024 / 1024).toFixed(1)} MB)`;
}
