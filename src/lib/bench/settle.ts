import { spawnSync } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { discardedFolders } from '../build/folder-swap.ts';

/**
 * Waits until the last build's leftovers are off the disk, so the next timed build, Cairn's or
 * another's, does not share the machine with them: the old output folders a Cairn build hands to
 * a background remover, then the written data the kernel still has to flush (`sync`). A user's
 * next build can start at once; a comparison of builds has to start each from the same quiet disk.
 * Returns the folders still there when `timeoutMs` ran out (none once settled).
 */
export async function settleDisk(outputs: readonly string[], { timeoutMs = 120_000, pollMs = 50 } = {}): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  let waiting = discardedFolders(outputs);
  while (waiting.length > 0 && Date.now() < deadline) {
    await sleep(pollMs);
    waiting = discardedFolders(outputs);
  }
  // Not on every system (nor needed where it is missing); a failure here only leaves the disk busier.
  spawnSync('sync', { stdio: 'ignore' });
  return waiting;
}
