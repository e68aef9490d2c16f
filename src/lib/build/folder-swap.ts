import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Putting a finished build in place of the last one, and clearing the last one away. The swap is
 * two renames, so a build killed between them leaves the old folder aside (`previousOf`), from where
 * the next build puts it back. The old folder then gets a name of its own and is removed by a
 * process of its own: removing a site's thousands of files took longer than a rebuild's pages, and
 * nothing waits for it.
 */

/** Where a swap keeps the old `target` between its two renames. */
export const previousOf = (target: string) => path.join(path.dirname(target), `.${path.basename(target)}-previous`);

/** The start of the names of `target`'s old builds waiting to be removed: `.dist-old-<random>`. */
const discardedPrefix = (target: string) => `.${path.basename(target)}-old-`;

/** A build killed between the swap's two renames left `target` aside and none in its place: puts it back. */
export function restoreInterruptedSwap(target: string): void {
  if (!existsSync(target) && existsSync(previousOf(target))) renameSync(previousOf(target), target);
}

/** Puts `staged` where `target` is; the old `target`, if any, is set aside under a name of its own, returned for removal. */
export function swapIn(staged: string, target: string): string | undefined {
  const previous = previousOf(target);
  rmSync(previous, { recursive: true, force: true });
  if (!existsSync(target)) {
    renameSync(staged, target);
    return undefined;
  }
  renameSync(target, previous);
  renameSync(staged, target);
  const discarded = path.join(path.dirname(target), `${discardedPrefix(target)}${randomBytes(6).toString('hex')}`);
  renameSync(previous, discarded);
  return discarded;
}

/** Old builds of `targets` still waiting to be removed (a removal stopped with the machine leaves them). */
export function discardedFolders(targets: readonly string[]): string[] {
  return targets.flatMap((target) => {
    const parent = path.dirname(target);
    const prefix = discardedPrefix(target);
    try {
      return readdirSync(parent)
        .filter((name) => name.startsWith(prefix))
        .map((name) => path.join(parent, name));
    } catch {
      return [];
    }
  });
}

const REMOVER = "for (const folder of process.argv.slice(1)) { try { require('node:fs').rmSync(folder, { recursive: true, force: true, maxRetries: 3 }); } catch {} }";

/**
 * Removes `folders` in a detached process that outlives this one, so a build ends as soon as its
 * output is in place; here and now when no process can be started. A removal cut short leaves a
 * folder that `discardedFolders` finds for the next build to remove.
 */
export function removeInBackground(folders: readonly string[]): void {
  if (folders.length === 0) return;
  try {
    const remover = spawn(process.execPath, ['-e', REMOVER, ...folders], { detached: true, stdio: 'ignore', windowsHide: true });
    remover.on('error', () => removeNow(folders));
    remover.unref();
  } catch {
    removeNow(folders);
  }
}

function removeNow(folders: readonly string[]): void {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
}
