import { getHeapStatistics } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../../../src/lib/build/collect-garbage.ts';

describe('collectGarbage', () => {
  it('collects what nothing refers to any more, at once and without --expose-gc', async () => {
    let garbage: object | undefined = { label: 'left behind by a stage' };
    const watcher = new WeakRef(garbage);
    garbage = undefined;
    // A WeakRef keeps its target alive until the task that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));

    collectGarbage();

    expect(watcher.deref()).toBeUndefined();
  });

  it('gives the heap that garbage occupied back, not only the objects', () => {
    let garbage: object[] | undefined = Array.from({ length: 1_000_000 }, (_, index) => ({ index, label: `item ${index}`, pair: [index, index + 1] }));
    expect(garbage.length).toBe(1_000_000);
    const grown = getHeapStatistics().total_heap_size;
    garbage = undefined;

    collectGarbage();

    expect(getHeapStatistics().total_heap_size).toBeLessThan(grown);
  });

  it('leaves a heap smaller than the given size alone', async () => {
    let garbage: object | undefined = { label: 'left behind by a small rebuild' };
    const watcher = new WeakRef(garbage);
    garbage = undefined;
    await new Promise((resolve) => setTimeout(resolve, 0));

    collectGarbage({ unlessHeapBelow: Number.POSITIVE_INFINITY });

    expect(watcher.deref()).toBeDefined();
  });
});
