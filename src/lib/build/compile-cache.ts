import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { pruneDue, pruneUnused, type CacheEntries, type PruneResult } from './cache-pruning.ts';

/**
 * Node's compile cache for the Astro process and the processes it starts (image drawing, the
 * guard's PDF reader), passed in its environment: V8 keeps the code it compiled for each module,
 * TypeScript already stripped, so a rebuild compiles neither Astro and Vite nor Cairn again.
 * The folder is the one `module.enableCompileCache()` picks. A folder the person chose, or
 * NODE_DISABLE_COMPILE_CACHE, is left as it is; an entry that fails Node's check is compiled anew.
 */
export function compileCacheEnvironment(environment: Readonly<Record<string, string | undefined>>, temporaryFolder = os.tmpdir()): Record<string, string> {
  if (environment['NODE_COMPILE_CACHE'] !== undefined || environment['NODE_DISABLE_COMPILE_CACHE'] !== undefined) return {};
  return { NODE_COMPILE_CACHE: path.join(temporaryFolder, 'node-compile-cache') };
}

/**
 * Node's entries: a file per compiled module, named by a hash of its path, in a folder per Node
 * version. Node reads an entry each time it loads that module, so its access time says when it
 * was last used (where the disk keeps access times; elsewhere an entry is compiled again a week
 * after it was written).
 */
const NODE_ENTRIES: CacheEntries = { isEntry: (name) => /^[0-9a-f]{8}$/.test(name), lastUsed: (stat) => Math.max(stat.atimeMs, stat.mtimeMs) };
/** Each build adds the chunks of the pages it bundled, never loaded again: gone after a week. */
export const COMPILED_UNUSED_FOR_MS = 7 * 24 * 60 * 60 * 1000;
/** Astro, Vite and Cairn compiled take a few tens of MB; a burst of builds stays under this too. */
export const COMPILED_MAX_BYTES = 256 * 1024 * 1024;

/**
 * Keeps the compile cache the build chose (`compileCacheEnvironment`) from growing without end, as
 * Node never removes an entry: at most once a day, entries unused for a week go, and the least
 * recently used past 256 MB. A folder the person chose is theirs to look after.
 */
export function pruneCompileCache(environment: Readonly<Record<string, string | undefined>>, temporaryFolder = os.tmpdir(), now = new Date()): PruneResult | undefined {
  const folder = compileCacheEnvironment(environment, temporaryFolder)['NODE_COMPILE_CACHE'];
  return folder === undefined ? undefined : pruneCompiled(folder, now);
}

/** Prunes the compile cache in `folder` as `pruneCompileCache` does. */
export function pruneCompiled(folder: string, now = new Date()): PruneResult {
  return pruneUnused(folder, { now, entries: NODE_ENTRIES, unusedForMs: COMPILED_UNUSED_FOR_MS, maxBytes: COMPILED_MAX_BYTES });
}

/**
 * `pruneCompileCache` in a process of its own, once a day is up, so no build waits for it: in a
 * folder left to grow for months, the first pruning removes tens of thousands of files.
 */
export function pruneCompileCacheInBackground(environment: Readonly<Record<string, string | undefined>>, temporaryFolder = os.tmpdir(), now = new Date()): void {
  const folder = compileCacheEnvironment(environment, temporaryFolder)['NODE_COMPILE_CACHE'];
  if (folder === undefined || !pruneDue(folder, now)) return;
  const script = `import { pruneCompiled } from ${JSON.stringify(import.meta.url)}; pruneCompiled(${JSON.stringify(folder)});`;
  try {
    const pruner = spawn(process.execPath, ['--input-type=module', '-e', script], { detached: true, stdio: 'ignore', windowsHide: true });
    // A pruning that cannot start is tried again by the next build.
    pruner.on('error', () => {});
    pruner.unref();
  } catch {
    // As above.
  }
}
