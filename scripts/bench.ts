#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 100,1000,5000] [--runs 3] [--no-live] [--no-resumed] [--out bench/results.md]
 *
 * Builds synthetic content of each size with Cairn and with a bare Astro + MDX baseline
 * (bench/baseline), alternating A B A B in the same run, and reports medians: wall time, peak
 * memory of the whole process tree, Cairn's stages, the ratio to the baseline, rebuilds with no
 * change and with one accomplishment changed, live-preview start-up and edit-to-served latency,
 * and per-resume time against resumed (JSON Resume CLI) with jsonresume-theme-even.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { syntheticContent } from '../src/lib/bench/synthetic-content.ts';
import { measureCommand, median, type Measurement } from '../src/lib/bench/measure.ts';
import { sumStages } from '../src/lib/stage-timer.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { benchResumeRendering } from './lib/bench-resumes.ts';

const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules/.bin/astro');
const USAGE = 'npm run bench [-- --sizes 100,1000,5000] [--runs 3] [--no-live] [--no-resumed] [--out bench/results.md]';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mebibytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

function cleanEnvironment(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env['NODE_ENV'];
  return env;
}

function writeContent(folder: string, count: number): void {
  for (const [relative, text] of syntheticContent(count).files) {
    const file = path.join(folder, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

interface CairnRun extends Measurement {
  stages: Map<string, number>;
}

/**
 * A cold build starts with nothing cached: Astro's content store (`--force`) and Cairn's own image
 * and PDF caches, which live in folders per benchmark size so rebuilds of one size reuse only their own.
 */
async function buildCairn(contentDir: string, outDir: string, scratch: string, cold: boolean): Promise<CairnRun> {
  const timings = path.join(scratch, `timings-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`);
  const imageCache = path.join(scratch, 'image-cache');
  const pdfCache = path.join(scratch, 'pdf-cache');
  if (cold) {
    rmSync(imageCache, { recursive: true, force: true });
    rmSync(pdfCache, { recursive: true, force: true });
  }
  // Always --force, as `npm run build` does: Astro's incremental content build can reuse stale chunks.
  const result = await measureCommand(ASTRO, ['build', '--force', '--outDir', outDir], {
    cwd: ROOT,
    env: cleanEnvironment({ CAIRN_CONTENT_DIR: contentDir, CAIRN_TIMINGS: timings, CAIRN_IMAGE_CACHE: imageCache, CAIRN_PDF_CACHE: pdfCache }),
  });
  if (result.status !== 0) throw new UsageError(`bench: the Cairn build failed:\n${result.output.slice(-4000)}`);
  const stages = existsSync(timings) ? sumStages(readFileSync(timings, 'utf8')) : new Map<string, number>();
  return { ...result, stages };
}

async function buildBaseline(contentDir: string, outDir: string): Promise<Measurement> {
  const result = await measureCommand(ASTRO, ['build', '--force', '--root', path.join(ROOT, 'bench/baseline'), '--outDir', outDir], {
    cwd: ROOT,
    env: cleanEnvironment({ BENCH_CONTENT_DIR: contentDir }),
  });
  if (result.status !== 0) throw new UsageError(`bench: the baseline build failed:\n${result.output.slice(-4000)}`);
  return result;
}

function medianStages(runs: readonly CairnRun[]): Map<string, number> {
  const names = new Set(runs.flatMap((run) => [...run.stages.keys()]));
  return new Map([...names].map((name) => [name, median(runs.map((run) => run.stages.get(name) ?? 0))]));
}

/** Changes one accomplishment's title so the next build has exactly one changed input. */
function touchOneAccomplishment(contentDir: string, round: number): string {
  const folder = path.join(contentDir, 'accomplishments');
  const file = path.join(folder, readdirSync(folder).sort()[Math.floor(readdirSync(folder).length / 2)]!);
  const text = readFileSync(file, 'utf8').replace(/^title: (.*?)( \(edit \d+\))?$/m, `title: $1 (edit ${round})`);
  writeFileSync(file, text);
  return path.basename(file, '.mdx');
}

async function waitFor(url: string, predicate: (body: string) => boolean, timeoutMs: number): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    try {
      const response = await fetch(url);
      const body = await response.text();
      if (response.ok && predicate(body)) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new UsageError(`bench: ${url} did not answer as expected within ${timeoutMs} ms`);
}

async function measureLivePreview(contentDir: string, runs: number): Promise<{ startup: number[]; edit: number[] }> {
  const startup: number[] = [];
  const edit: number[] = [];
  for (let run = 0; run < runs; run++) {
    const port = 4500 + run;
    const started = performance.now();
    const server = spawn(ASTRO, ['dev', '--port', String(port)], { cwd: ROOT, env: cleanEnvironment({ CAIRN_CONTENT_DIR: contentDir }), stdio: 'ignore', detached: true });
    try {
      await waitFor(`http://localhost:${port}/`, (body) => body.includes('<h1'), 120_000);
      startup.push(performance.now() - started);
      const id = touchOneAccomplishment(contentDir, 1000 + run);
      const page = `http://localhost:${port}/work/${id}/`;
      await waitFor(page, () => true, 60_000);
      const marker = `(edit ${2000 + run})`;
      const file = path.join(contentDir, 'accomplishments', `${id}.mdx`);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: (.*?)( \(edit \d+\))?$/m, `title: $1 ${marker}`));
      edit.push(await waitFor(page, (body) => body.includes(marker), 30_000));
    } finally {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  return { startup, edit };
}

async function main(): Promise<void> {
  const { values } = parseCommandLine('bench', USAGE, {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    'no-live': { type: 'boolean', default: false },
    'no-resumed': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.md' },
  });
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  const runs = Number(values.runs);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1) throw new UsageError(`bench: sizes and runs must be whole numbers\nusage: ${USAGE}`);

  const lines: string[] = [];
  const say = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  say('# Cairn benchmark');
  say();
  say(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${mebibytes(os.totalmem())} RAM, Node ${process.versions.node}. Medians of ${runs} runs; Cairn and the baseline alternate (A B A B) in the same run. Peak memory is the whole process tree (Chromium included).`);
  say();
  say('## Full build, cold');
  say();
  say('| accomplishments | Cairn | baseline (bare Astro + MDX) | ratio | Cairn per accomplishment | Cairn peak memory | baseline peak memory |');
  say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');

  const scratchRoot = mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-'));
  const perSize = new Map<number, { cairn: CairnRun[]; baseline: Measurement[]; contentDir: string; outDir: string }>();
  try {
    for (const size of sizes) {
      const scratch = path.join(scratchRoot, String(size));
      const contentDir = path.join(scratch, 'content');
      writeContent(contentDir, size);
      const cairn: CairnRun[] = [];
      const baseline: Measurement[] = [];
      for (let run = 0; run < runs; run++) {
        cairn.push(await buildCairn(contentDir, path.join(scratch, 'cairn-dist'), scratch, true));
        baseline.push(await buildBaseline(contentDir, path.join(scratch, 'baseline-dist')));
      }
      perSize.set(size, { cairn, baseline, contentDir, outDir: path.join(scratch, 'cairn-dist') });
      const a = median(cairn.map((run) => run.ms));
      const b = median(baseline.map((run) => run.ms));
      say(`| ${size} | ${seconds(a)} | ${seconds(b)} | ${(a / b).toFixed(2)} × | ${(a / size).toFixed(1)} ms | ${mebibytes(median(cairn.map((run) => run.peakRss)))} | ${mebibytes(median(baseline.map((run) => run.peakRss)))} |`);
    }

    say();
    say('## Cairn build stages (cold, medians)');
    say();
    const stageNames = [...new Set([...perSize.values()].flatMap(({ cairn }) => [...medianStages(cairn).keys()]))];
    say(`| accomplishments | ${stageNames.join(' | ')} |`);
    say(`| ---: | ${stageNames.map(() => '---:').join(' | ')} |`);
    for (const [size, { cairn }] of perSize) {
      const stages = medianStages(cairn);
      say(`| ${size} | ${stageNames.map((name) => seconds(stages.get(name) ?? 0)).join(' | ')} |`);
    }

    if (sizes.length > 1) {
      const [small, large] = [Math.min(...sizes), Math.max(...sizes)];
      const perItem = (size: number) => median(perSize.get(size)!.cairn.map((run) => run.ms)) / size;
      say();
      say(`Growth: time per accomplishment at ${large} is ${(perItem(large) / perItem(small)).toFixed(2)} × that at ${small}.`);
    }

    say();
    say('## Rebuilds');
    say();
    say('| accomplishments | cold | no change | one accomplishment changed | no-change speed-up |');
    say('| ---: | ---: | ---: | ---: | ---: |');
    for (const [size, { cairn, contentDir, outDir }] of perSize) {
      const scratch = path.dirname(contentDir);
      const noChange: CairnRun[] = [];
      const oneChanged: CairnRun[] = [];
      for (let run = 0; run < runs; run++) noChange.push(await buildCairn(contentDir, outDir, scratch, false));
      for (let run = 0; run < runs; run++) {
        touchOneAccomplishment(contentDir, run);
        oneChanged.push(await buildCairn(contentDir, outDir, scratch, false));
      }
      const cold = median(cairn.map((run) => run.ms));
      const quiet = median(noChange.map((run) => run.ms));
      say(`| ${size} | ${seconds(cold)} | ${seconds(quiet)} | ${seconds(median(oneChanged.map((run) => run.ms)))} | ${(cold / quiet).toFixed(2)} × |`);
      const quietStages = medianStages(noChange);
      say(`|  | no-change stages: ${[...quietStages].map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ')} | | | |`);
    }

    if (!values['no-resumed']) {
      const first = perSize.get(sizes.includes(1000) ? 1000 : sizes[0]!)!;
      say();
      say('## Per resume: Cairn (selection + HTML) against resumed + jsonresume-theme-even (render to HTML)');
      say();
      for (const line of await benchResumeRendering(first.contentDir, first.outDir, runs)) say(line);
    }

    if (!values['no-live']) {
      const size = sizes.includes(1000) ? 1000 : sizes[0]!;
      const live = await measureLivePreview(perSize.get(size)!.contentDir, runs);
      say();
      say(`## Live preview at ${size} accomplishments`);
      say();
      say(`- \`astro dev\` start-up to the first page served: ${seconds(median(live.startup))} (runs: ${live.startup.map(seconds).join(', ')})`);
      say(`- saving an edited accomplishment to its updated page being served: ${Math.round(median(live.edit))} ms (runs: ${live.edit.map((ms) => `${Math.round(ms)} ms`).join(', ')})`);
    }
  } finally {
    rmSync(scratchRoot, { recursive: true, force: true });
  }

  mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  writeFileSync(path.resolve(values.out), `${lines.join('\n')}\n`);
  console.log(`\nbench: written to ${values.out}`);
}

await runCommand(main);
