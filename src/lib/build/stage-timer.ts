import { appendFileSync } from 'node:fs';

/**
 * Build stages time themselves here. When the build has a timings file (the `timingsFile`
 * option), each stage appends one JSON line (`{"stage":"pdf","ms":812.4}`) to it for
 * `npm run bench`; otherwise this costs nothing.
 */
export function recordStage(timingsFile: string | undefined, stage: string, ms: number): void {
  if (timingsFile) appendFileSync(timingsFile, `${JSON.stringify({ stage, ms: Math.round(ms * 10) / 10 })}\n`);
}

/** Times `work` as `stage`, synchronous or not. */
export async function timeStage<T>(timingsFile: string | undefined, stage: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordStage(timingsFile, stage, performance.now() - started);
  }
}

/**
 * Runs stages side by side and times each from its start to its end, while the others run too, so
 * their times add up to more than the wall time; `together` is the wall time of all of them. Each
 * is started in the order given and runs until its first wait before the next is started. Every
 * stage runs to its end whatever the others do; the outcomes come back in the order given, and the
 * times are recorded in that order too, whichever finished first, so the benchmark's columns stay put.
 */
export async function timeSideBySide(timingsFile: string | undefined, together: string, stages: readonly { stage: string; work: () => unknown }[]): Promise<PromiseSettledResult<unknown>[]> {
  const started = performance.now();
  const ms = stages.map(() => 0);
  const outcomes = await Promise.allSettled(
    stages.map(async ({ work }, index) => {
      const start = performance.now();
      try {
        return await work();
      } finally {
        ms[index] = performance.now() - start;
      }
    }),
  );
  const wall = performance.now() - started;
  stages.forEach(({ stage }, index) => recordStage(timingsFile, stage, ms[index]!));
  recordStage(timingsFile, together, wall);
  return outcomes;
}

/** Reads the lines a build wrote, summing repeated stages. */
export function sumStages(lines: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of lines.split('\n')) {
    if (!line.trim()) continue;
    const { stage, ms } = JSON.parse(line) as { stage: string; ms: number };
    totals.set(stage, (totals.get(stage) ?? 0) + ms);
  }
  return totals;
}
