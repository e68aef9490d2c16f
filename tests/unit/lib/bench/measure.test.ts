import { describe, expect, it } from 'vitest';
import { measureCommand, median } from '../../../../src/lib/bench/measure.ts';

const MiB = 1024 * 1024;
/** A child Node process that fills 200 MiB, holds it for half a second and exits. */
const holdMemory = `require('node:child_process').spawnSync(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); setTimeout(() => b.length, 500)'], { stdio: 'inherit' })`;

describe('measureCommand', () => {
  it.runIf(process.platform === 'linux')('counts the memory of the whole process tree, resident and proportional', async () => {
    const result = await measureCommand(process.execPath, ['-e', holdMemory]);
    expect(result.status).toBe(0);
    expect(result.peakRss).toBeGreaterThan(200 * MiB);
    expect(result.peakPss).toBeGreaterThan(200 * MiB);
    // Two Node processes share their binary's pages, which the proportional figure counts once.
    expect(result.peakPss).toBeLessThan(result.peakRss);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect([median([3, 1, 2]), median([4, 1, 3, 2])]).toEqual([2, 2.5]);
  });
});
