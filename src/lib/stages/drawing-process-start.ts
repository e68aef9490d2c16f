import { fork, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

/**
 * A bounded young generation: a drawing makes garbage at a great rate, and V8's default lets the
 * heap of a drawing process grow to several times what it keeps. Half this size costs the drawing
 * more in collections than it saves in memory (bench/results.md).
 */
const EXEC_ARGV = ['--max-semi-space-size=8'];

/** Tells a drawing process to warm up on made-up images until its jobs come. */
export const WARM_UP_ARG = '--warm-up';

/** Forks the process that draws images into the cache (image-drawing-process.ts). */
export function forkDrawingProcess(options: { warmUp?: boolean } = {}): ChildProcess {
  return fork(new URL('./image-drawing-process.ts', import.meta.url), options.warmUp ? [WARM_UP_ARG] : [], {
    serialization: 'advanced',
    execArgv: EXEC_ARGV,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

/**
 * Whether a build should start its drawing process before it has read the content: only when the
 * image cache is empty (a first build, or a deploy without a restored cache), which draws every
 * page image. A rebuild draws a few or none, and would spend a core warming up for nothing.
 */
export function drawsEveryImage(imageCacheFolder: string): boolean {
  if (!existsSync(imageCacheFolder)) return true;
  try {
    return readdirSync(imageCacheFolder).length === 0;
  } catch {
    // Not a folder, or not readable: the images stage says so, in its own words.
    return false;
  }
}

/**
 * A drawing process started before its jobs are known: it loads its code and fonts and warms up
 * while the build reads the content, on a core that would mostly wait, and draws the jobs the
 * build then sends it (`DrawingProcess`). Like every drawing process it does not keep the build
 * running, and ends when the build does; `stop()` ends it when the build has nothing for it.
 */
export class EarlyDrawingProcess {
  readonly child = forkDrawingProcess({ warmUp: true });
  constructor() {
    this.child.unref();
    this.child.channel?.unref();
  }

  stop(): void {
    this.child.kill();
  }
}
