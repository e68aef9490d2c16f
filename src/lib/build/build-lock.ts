import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asTemporaryFolderError } from './temporary-folder.ts';

/**
 * Builds of one project share its `.astro/` working folder (prerender chunks, content store), so
 * two at once delete each other's files (`ERR_MODULE_NOT_FOUND` for a chunk, or empty collections).
 * `npm run build`, the test builds and the benchmark take turns through a lock folder per project.
 */
const STALE_LOCK_MS = 10 * 60_000;

function lockFolder(projectRoot: string): string {
  return path.join(os.tmpdir(), `cairn-astro-build-${Buffer.from(path.resolve(projectRoot)).toString('hex').slice(-16)}.lock`);
}

/** Whether the process that took the lock has ended (a build stopped with Ctrl-C, a killed test run). */
function holderHasEnded(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(path.join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // Just taken, its holder not written yet; or already released.
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Waits for the project's build lock and returns the function that releases it. `onWait` is
 * called once if another build holds it, so a person is told why nothing happens yet.
 */
export function acquireBuildLock(projectRoot: string, onWait?: () => void): () => void {
  const lock = lockFolder(projectRoot);
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let told = false;
  for (;;) {
    let taken = false;
    try {
      mkdirSync(lock);
      taken = true;
    } catch (error) {
      // Only an existing lock is another build's: a temporary folder that is missing, full or
      // read-only would otherwise look like a lock held for ever, and the build wait for ever.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw asTemporaryFolderError(error);
    }
    if (taken) {
      try {
        writeFileSync(path.join(lock, 'pid'), String(process.pid));
      } catch (error) {
        rmSync(lock, { recursive: true, force: true });
        throw asTemporaryFolderError(error);
      }
      return () => rmSync(lock, { recursive: true, force: true });
    }
    try {
      // A holder that ended without releasing is noticed at once; one that hangs, after ten minutes.
      if (holderHasEnded(lock) || Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    } catch {
      // Released between our two looks.
    }
    if (!told) onWait?.();
    told = true;
    Atomics.wait(pause, 0, 0, 100);
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
