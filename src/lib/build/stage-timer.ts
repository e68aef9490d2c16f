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
 * A stage without a name is not recorded: it times its own steps.
 */
export async function timeSideBySide(timingsFile: string | undefined, together: string, stages: readonly { stage?: string; work: () => unknown }[]): Promise<PromiseSettledResult<unknown>[]> {
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
  stages.forEach(({ stage }, index) => {
    if (stage !== undefined) recordStage(timingsFile, stage, ms[index]!);
  });
  recordStage(timingsFile, together, wall);
  return outcomes;
}

/** The pages a build has to make (`{"pages":["/","/work/"]}`), so a reader can tell those it rendered from those it copied. */
export function recordPagesToBuild(timingsFile: string | undefined, pages: readonly string[]): void {
  if (timingsFile) appendFileSync(timingsFile, `${JSON.stringify({ pages })}\n`);
}

/** A page the build rendered rather than copied from Astro's cache, with its render time: `{"page":"/work/x/","ms":12.3}`. */
export function recordPageRendered(timingsFile: string | undefined, page: string, ms: number): void {
  if (timingsFile) appendFileSync(timingsFile, `${JSON.stringify({ page, ms: Math.round(ms * 10) / 10 })}\n`);
}

type TimingLine = { stage: string; ms: number } | { page: string; ms: number } | { pages: string[] };

const linesOf = (text: string): TimingLine[] => text.split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as TimingLine);

/** Reads the lines a build wrote, summing repeated stages. */
export function sumStages(lines: string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const line of linesOf(lines)) if ('stage' in line) totals.set(line.stage, (totals.get(line.stage) ?? 0) + line.ms);
  return totals;
}

/** Reads the pages a build rendered and those it copied from Astro's cache, each in the order recorded; none when Astro did not run. */
export function pagesOf(lines: string): { rendered: string[]; copied: string[] } {
  const records = linesOf(lines);
  const rendered = records.flatMap((line) => ('page' in line ? [line.page] : []));
  const done = new Set(rendered);
  const copied = records.flatMap((line) => ('pages' in line ? line.pages : [])).filter((page) => !done.has(page));
  return { rendered, copied };
}
