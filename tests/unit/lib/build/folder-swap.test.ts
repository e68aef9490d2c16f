import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discardedFolders, previousOf, removeInBackground, restoreInterruptedSwap, swapIn } from '../../../../src/lib/build/folder-swap.ts';

function folderWith(parent: string, name: string, files: Record<string, string>): string {
  const folder = path.join(parent, name);
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), text);
  }
  return folder;
}

const scratch = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-folder-swap-'));

async function until(condition: () => boolean): Promise<boolean> {
  const deadline = Date.now() + 10_000;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
  return condition();
}

describe('swapping a finished build into place', () => {
  it('puts the staged folder in place of the old one and sets the old one aside under a name of its own', () => {
    const parent = scratch();
    const target = folderWith(parent, 'dist', { 'index.html': 'old', 'og/a.png': 'old image' });
    const staged = folderWith(parent, '.dist-building', { 'index.html': 'new' });

    const old = swapIn(staged, target);

    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(staged)).toBe(false);
    expect(existsSync(previousOf(target))).toBe(false);
    expect(path.basename(old!)).toMatch(/^\.dist-old-[0-9a-f]{12}$/);
    expect(readFileSync(path.join(old!, 'og/a.png'), 'utf8')).toBe('old image');
  });

  it('gives each old build a different name, so removing one never touches the next', () => {
    const parent = scratch();
    const target = folderWith(parent, 'dist', { 'index.html': 'first' });
    const first = swapIn(folderWith(parent, '.dist-building', { 'index.html': 'second' }), target);
    const second = swapIn(folderWith(parent, '.dist-building', { 'index.html': 'third' }), target);
    expect(first).not.toBe(second);
    expect(readFileSync(path.join(first!, 'index.html'), 'utf8')).toBe('first');
    expect(readFileSync(path.join(second!, 'index.html'), 'utf8')).toBe('second');
  });

  it('sets nothing aside when there was no old build', () => {
    const parent = scratch();
    const target = path.join(parent, 'dist');
    expect(swapIn(folderWith(parent, '.dist-building', { 'index.html': 'new' }), target)).toBeUndefined();
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('puts back an old build a kill left aside between the two renames, and leaves a complete swap alone', () => {
    const parent = scratch();
    const target = path.join(parent, 'dist');
    folderWith(parent, '.dist-previous', { 'index.html': 'old' });
    restoreInterruptedSwap(target);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
    expect(existsSync(previousOf(target))).toBe(false);

    folderWith(parent, '.dist-previous', { 'index.html': 'older' });
    restoreInterruptedSwap(target);
    expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('old');
  });
});

describe('clearing old builds away', () => {
  it('finds the old builds of each published folder, and nothing else beside them', () => {
    const parent = scratch();
    const old = folderWith(parent, '.dist-old-0123456789ab', { 'index.html': 'old' });
    folderWith(parent, '.dist-previous', { 'index.html': 'kept for a swap' });
    folderWith(parent, '.distribution-old-0123456789ab', { 'index.html': 'not ours' });
    folderWith(parent, 'content', { 'a.mdx': 'content' });
    expect(discardedFolders([path.join(parent, 'dist'), path.join(parent, 'missing/resumes')])).toEqual([old]);
  });

  it('removes old builds in a process of its own, which finishes after the caller has moved on', async () => {
    const parent = scratch();
    const folders = [folderWith(parent, '.dist-old-aaaaaaaaaaaa', { 'a/b/c.html': 'x', 'd.png': 'y' }), folderWith(parent, '.dist-old-bbbbbbbbbbbb', { 'e.html': 'z' })];
    removeInBackground(folders);
    expect(await until(() => folders.every((folder) => !existsSync(folder)))).toBe(true);
    expect(readdirSync(parent)).toEqual([]);
  });
});
