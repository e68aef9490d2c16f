import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { settleDisk } from '../../../../src/lib/bench/settle.ts';

const scratch: string[] = [];
afterEach(() => {
  for (const folder of scratch.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function project(): { dist: string; discarded: string } {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-settle-'));
  scratch.push(root);
  const dist = path.join(root, 'dist');
  const discarded = path.join(root, '.dist-old-0123456789ab');
  mkdirSync(dist);
  mkdirSync(discarded);
  writeFileSync(path.join(discarded, 'index.html'), '<p>old</p>');
  return { dist, discarded };
}

describe('settling the disk between timed builds', () => {
  it('returns at once when no old build is waiting to be removed', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-settle-'));
    scratch.push(root);
    const started = Date.now();
    expect(await settleDisk([path.join(root, 'dist')])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits for an old build being removed in the background', async () => {
    const { dist, discarded } = project();
    setTimeout(() => rmSync(discarded, { recursive: true, force: true }), 200);
    const started = Date.now();
    expect(await settleDisk([dist], { pollMs: 10 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('gives up after its time and names what is still there', async () => {
    const { dist, discarded } = project();
    expect(await settleDisk([dist], { timeoutMs: 50, pollMs: 10 })).toEqual([discarded]);
  });

  it('leaves the folders of other outputs alone', async () => {
    const { dist } = project();
    const other = path.join(path.dirname(dist), 'elsewhere');
    expect(await settleDisk([other], { timeoutMs: 50 })).toEqual([]);
  });
});
