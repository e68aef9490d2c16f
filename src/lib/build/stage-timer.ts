import { appendFileSync } from 'node:fs';

/**
 * Build stages time themselves here. When `CAIRN_TIMINGS` names a file, each stage appends one
 * JSON line (`{"stage":"pdf","ms":812.4}`) to it for `npm run bench`; otherwise this costs nothing.
 */
export function recordStage(stage: string, ms: number): void {
  const file = process.env['CAIRN_TIMINGS'];
  if (file) appendFileSync(file, `${JSON.stringify({ stage, ms: Math.round(ms * 10) / 10 })}\n`);
}

/** Times `work` as `stage`, synchronous or not. */
export async function timeStage<T>(stage: string, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  try {
    return await work();
  } finally {
    recordStage(stage, performance.now() - started);
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
