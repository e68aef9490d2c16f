import { readdirSync, rmSync, statSync, utimesSync, writeFileSync, type Stats } from 'node:fs';
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

/** Which files of a cache folder are its entries, and when an entry was last used. */
export interface CacheEntries {
  /** Whether a file (by its name) is an entry: no other file is ever removed. */
  isEntry(name: string): boolean;
  /** When the entry was last used, in milliseconds since 1970. */
  lastUsed(stat: Stats): number;
}

/** Cairn's own caches: entries it names, marked used by their modification time (`markUsed`). */
const CAIRN_ENTRIES: CacheEntries = { isEntry: (name) => CACHE_FILE.test(name), lastUsed: (stat) => stat.mtimeMs };

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

export interface PruneOptions {
  now?: Date;
  /** Entries unused for longer are removed; 30 days unless given. */
  unusedForMs?: number;
  /** Looks even when the folder was looked through less than a day ago. */
  force?: boolean;
  /** Which files are entries (Cairn's own cache files unless given). */
  entries?: CacheEntries;
  /** The most the entries kept may take: past it, the least recently used go too. */
  maxBytes?: number;
}

/** Whether a day has passed since `folder` was last looked through (or it never was). */
export function pruneDue(folder: string, now = new Date()): boolean {
  try {
    return now.getTime() - statSync(path.join(folder, MARKER)).mtimeMs >= PRUNE_EVERY_MS;
  } catch {
    return true;
  }
}

/** Removes the entries of `folder` that no build has used for `unusedForMs`, and any past `maxBytes`; looks at most once a day. */
export function pruneUnused(folder: string, options: PruneOptions = {}): PruneResult {
  const now = options.now ?? new Date();
  const marker = path.join(folder, MARKER);
  if (!options.force && !pruneDue(folder, now)) return { ran: false, removed: 0, bytes: 0 };
  const cutoff = now.getTime() - (options.unusedForMs ?? UNUSED_FOR_MS);
  const entries = options.entries ?? CAIRN_ENTRIES;
  let removed = 0;
  let bytes = 0;
  const remove = (file: string, size: number) => {
    try {
      rmSync(file, { force: true });
      removed++;
      bytes += size;
    } catch {
      // Gone already, or not ours to remove.
    }
  };
  const kept: { file: string; used: number; size: number }[] = [];
  for (const file of filesIn(folder)) {
    if (!entries.isEntry(path.basename(file))) continue;
    let stat: Stats;
    try {
      stat = statSync(file);
    } catch {
      continue;
    }
    if (!stat.isFile()) continue;
    const used = entries.lastUsed(stat);
    if (used < cutoff) remove(file, stat.size);
    else kept.push({ file, used, size: stat.size });
  }
  if (options.maxBytes !== undefined) {
    let total = kept.reduce((sum, entry) => sum + entry.size, 0);
    for (const entry of kept.sort((a, b) => a.used - b.used)) {
      if (total <= options.maxBytes) break;
      remove(entry.file, entry.size);
      total -= entry.size;
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
