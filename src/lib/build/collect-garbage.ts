import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * The heap below which a stage skips the collection: a rebuild that rendered little has little to
 * give back, and the collection costs about a quarter second. A no-change rebuild at 1,000
 * accomplishments holds about 330 MiB here; a cold build at 1,000 about 300 MiB when its browser
 * starts; a cold build at 5,000, about 950 MiB.
 */
export const SMALL_HEAP_BYTES = 384 * 1024 * 1024;

type GarbageCollector = (options: { type: 'major'; execution: 'sync'; flavor: 'last-resort' }) => void;

/**
 * Runs V8's most thorough garbage collection now and gives the freed heap back to the system.
 *
 * Called between the build's stages. Rendering thousands of pages leaves hundreds of megabytes of
 * garbage, and a plain collection frees the objects but keeps the heap's pages, so the process
 * stays as large as at its peak. The "last-resort" flavour (what V8 runs under memory pressure)
 * also compacts and releases those pages, in a fraction of a second (bench/results.md has the
 * figures). The next stage (a browser for the PDFs, or the privacy guard) then grows from there
 * instead of on top of the previous stage's heap.
 * `--expose-gc` is set at run time, the way jest's leak detector does, as Astro starts the process.
 */
export function collectGarbage(options: { unlessHeapBelow?: number } = {}): void {
  if (process.memoryUsage().heapTotal < (options.unlessHeapBelow ?? 0)) return;
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as GarbageCollector)({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}
