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
