import { mkdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Builds of one project share its `.astro/` working folder (prerender chunks, content store), so
 * two at once delete each other's files (`ERR_MODULE_NOT_FOUND` for a chunk, or empty collections).
 * The test builds and the benchmark take turns through a lock folder per project.
 */
const STALE_LOCK_MS = 10 * 60_000;

function lockFolder(projectRoot: string): string {
  return path.join(os.tmpdir(), `cairn-astro-build-${Buffer.from(path.resolve(projectRoot)).toString('hex').slice(-16)}.lock`);
}

/** Waits for the project's build lock and returns the function that releases it. */
export function acquireBuildLock(projectRoot: string): () => void {
  const lock = lockFolder(projectRoot);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch {
      try {
        // A holder that died leaves the folder behind; after ten minutes it is taken as abandoned.
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // Released between our two looks.
      }
      Atomics.wait(pause, 0, 0, 100);
    }
  }
}

export function withBuildLock<T>(projectRoot: string, work: () => T): T {
  const release = acquireBuildLock(projectRoot);
  try {
    return work();
  } finally {
    release();
  }
}
