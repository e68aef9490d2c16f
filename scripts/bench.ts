#!/usr/bin/env node
/**
 * npm run bench [-- --sizes 100,1000,5000] [--runs 3] [--edits 5] [--no-live] [--live-only] [--no-resumed] [--peer astro-paper] [--out bench/results.md]
 *
 * Builds synthetic content of each size with Cairn and with a bare Astro + MDX baseline
 * (bench/baseline), alternating A B A B in the same run, and reports medians: wall time, peak
 * memory of the whole process tree, Cairn's stages, the ratio to the baseline, rebuilds with no
 * change and with one accomplishment changed, live-preview start-up and edit-to-served latency,
 * and per-resume time against resumed (JSON Resume CLI) with jsonresume-theme-even. `--live-only`
 * skips the builds and times only the live preview. `--peer astro-paper` also builds the same entries
 * as posts of a pinned AstroPaper (src/lib/bench/astro-paper.ts), in turn with the other two.
 */
import { existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ASTRO_PAPER_VERSION, buildAstroPaper, prepareAstroPaper, writeAstroPaperPosts } from '../src/lib/bench/astro-paper.ts';
import { markTitle } from '../src/lib/bench/live-preview.ts';
import { settleDisk } from '../src/lib/bench/settle.ts';
import { syntheticContent } from '../src/lib/bench/synthetic-content.ts';
import { measureCommand, median, type Measurement } from '../src/lib/bench/measure.ts';
import { acquireBuildLock } from '../src/lib/build/build-lock.ts';
import { pagesOf, sumStages } from '../src/lib/build/stage-timer.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { assertNoDevServer, measureLivePreview } from './lib/bench-live.ts';
import { benchResumeRendering } from './lib/bench-resumes.ts';

const ROOT = process.cwd();
const ASTRO = path.join(ROOT, 'node_modules/.bin/astro');
const USAGE = 'npm run bench [-- --sizes 100,1000,5000] [--runs 3] [--edits 5] [--no-live] [--live-only] [--no-resumed] [--peer astro-paper] [--out bench/results.md]';

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

/** Every folder a Cairn build here wrote its site to: their old builds are removed in the background. */
const cairnOutputs = new Set<string>();

/** Each timed build, of any of the three, starts once the builds before it are off the disk (settle.ts). */
async function quietDisk(): Promise<void> {
  const left = await settleDisk([...cairnOutputs]);
  if (left.length > 0) console.warn(`bench: ${left.join(', ')} still being removed; the next build shares the disk with that`);
}

interface CairnRun extends Measurement {
  stages: Map<string, number>;
  /** Pages Astro rendered, not copied from its incremental cache. */
  rendered: number;
}

/**
 * A cold build starts with nothing cached: Astro's content store and page cache, and Cairn's own
 * image, PDF and PDF-text caches, which all live in folders per benchmark size so rebuilds of one
 * size reuse only their own. A warm build keeps them, as `npm run build` does. Every build is
 * `npm run build`'s (scripts/build.ts, which takes the build lock itself), so a rebuild with
 * nothing changed stops at its check unless `--rebuild` is among the flags.
 */
async function buildCairn(contentDir: string, outDir: string, scratch: string, cold: boolean, flags: readonly string[] = []): Promise<CairnRun> {
  const timings = path.join(scratch, `timings-${Date.now()}-${Math.random().toString(36).slice(2)}.jsonl`);
  const caches = {
    CAIRN_IMAGE_CACHE: path.join(scratch, 'image-cache'),
    CAIRN_PDF_CACHE: path.join(scratch, 'pdf-cache'),
    CAIRN_PDF_TEXT_CACHE: path.join(scratch, 'pdf-text-cache'),
    CAIRN_ASTRO_CACHE: path.join(scratch, 'astro-cache'),
  };
  if (cold) {
    for (const cache of Object.values(caches)) rmSync(cache, { recursive: true, force: true });
  }
  cairnOutputs.add(outDir);
  await quietDisk();
  // As `npm run build` runs it, with Node's compile cache for the script's own modules.
  const result = await measureCommand(process.execPath, ['--import', './scripts/lib/compile-cache.mjs', 'scripts/build.ts', ...flags, '--outDir', outDir], {
    cwd: ROOT,
    env: cleanEnvironment({ CAIRN_CONTENT_DIR: contentDir, CAIRN_TIMINGS: timings, ...caches }),
  });
  if (result.status !== 0) throw new UsageError(`bench: the Cairn build failed:\n${result.output.slice(-4000)}`);
  const lines = existsSync(timings) ? readFileSync(timings, 'utf8') : '';
  return { ...result, stages: sumStages(lines), rendered: pagesOf(lines).rendered.length };
}

async function buildBaseline(contentDir: string, outDir: string): Promise<Measurement> {
  await quietDisk();
  const release = acquireBuildLock(ROOT);
  const result = await measureCommand(ASTRO, ['build', '--force', '--root', path.join(ROOT, 'bench/baseline'), '--outDir', outDir], {
    cwd: ROOT,
    env: cleanEnvironment({ BENCH_CONTENT_DIR: contentDir }),
  }).finally(release);
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
  writeFileSync(file, markTitle(readFileSync(file, 'utf8'), String(round)));
  return path.basename(file, '.mdx');
}

/** Cold builds against the baseline, stages, rebuilds and (unless left out) per-resume rendering against resumed. */
async function benchBuilds(sizes: readonly number[], runs: number, contentDirs: ReadonlyMap<number, string>, include: { resumed: boolean; peer: string | undefined }, say: (line?: string) => void): Promise<void> {
  // Installed once into the project's cache folder, and reused by later runs.
  const peerRoot = include.peer ? await prepareAstroPaper(path.join(ROOT, 'node_modules', '.cache', 'cairn-bench-astro-paper')) : undefined;
  const peerColumns = peerRoot ? ` AstroPaper ${ASTRO_PAPER_VERSION} | Cairn / AstroPaper |` : '';
  say('## Full build, cold');
  say();
  say(`| accomplishments | Cairn | baseline (bare Astro + MDX) | ratio |${peerColumns} Cairn per accomplishment | Cairn peak memory (PSS) | Cairn peak memory (RSS summed) | baseline peak memory (PSS) |`);
  say(`| ---: | ---: | ---: | ---: |${peerRoot ? ' ---: | ---: |' : ''} ---: | ---: | ---: | ---: |`);
  const perSize = new Map<number, { cairn: CairnRun[]; baseline: Measurement[]; contentDir: string; outDir: string }>();
  for (const size of sizes) {
    const contentDir = contentDirs.get(size)!;
    const scratch = path.dirname(contentDir);
    const cairn: CairnRun[] = [];
    const baseline: Measurement[] = [];
    const peer: Measurement[] = [];
    if (peerRoot) writeAstroPaperPosts(peerRoot, contentDir);
    for (let run = 0; run < runs; run++) {
      cairn.push(await buildCairn(contentDir, path.join(scratch, 'cairn-dist'), scratch, true));
      baseline.push(await buildBaseline(contentDir, path.join(scratch, 'baseline-dist')));
      if (peerRoot) {
        await quietDisk();
        peer.push(await buildAstroPaper(peerRoot, process.env));
      }
    }
    perSize.set(size, { cairn, baseline, contentDir, outDir: path.join(scratch, 'cairn-dist') });
    const a = median(cairn.map((run) => run.ms));
    const b = median(baseline.map((run) => run.ms));
    const c = peerRoot ? median(peer.map((run) => run.ms)) : 0;
    const peerCells = peerRoot ? ` ${seconds(c)} | ${(a / c).toFixed(2)} × |` : '';
    say(`| ${size} | ${seconds(a)} | ${seconds(b)} | ${(a / b).toFixed(2)} × |${peerCells} ${(a / size).toFixed(1)} ms | ${mebibytes(median(cairn.map((run) => run.peakPss)))} | ${mebibytes(median(cairn.map((run) => run.peakRss)))} | ${mebibytes(median(baseline.map((run) => run.peakPss)))} |`);
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
  say('The baseline is built cold again in turn with the rebuilds; the ratios are to those builds (median in the last column but one).');
  say();
  say('"No change" is `npm run build` again, which finds nothing changed and stops; "no change, every stage" is `npm run build -- --rebuild`, which runs Astro and every stage with the caches.');
  say();
  say('| accomplishments | cold | no change | no change, every stage | one accomplishment changed | no-change speed-up | no change / baseline cold | every stage / baseline cold | one changed / baseline cold | baseline cold, beside the rebuilds | pages rendered: cold, every stage, one changed |');
  say('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [size, { cairn, contentDir, outDir }] of perSize) {
    const scratch = path.dirname(contentDir);
    const noChange: CairnRun[] = [];
    const everyStage: CairnRun[] = [];
    const oneChanged: CairnRun[] = [];
    // The baseline's cold build again, in turn with the rebuilds, so each ratio compares builds made under the same load.
    const bareBeside: Measurement[] = [];
    for (let run = 0; run < runs; run++) {
      noChange.push(await buildCairn(contentDir, outDir, scratch, false));
      everyStage.push(await buildCairn(contentDir, outDir, scratch, false, ['--rebuild']));
      bareBeside.push(await buildBaseline(contentDir, path.join(scratch, 'baseline-dist')));
    }
    for (let run = 0; run < runs; run++) {
      touchOneAccomplishment(contentDir, run);
      oneChanged.push(await buildCairn(contentDir, outDir, scratch, false));
      bareBeside.push(await buildBaseline(contentDir, path.join(scratch, 'baseline-dist')));
    }
    const cold = median(cairn.map((run) => run.ms));
    const quiet = median(noChange.map((run) => run.ms));
    const rerun = median(everyStage.map((run) => run.ms));
    const changed = median(oneChanged.map((run) => run.ms));
    const bare = median(bareBeside.map((run) => run.ms));
    const rendered = (list: readonly CairnRun[]) => median(list.map((run) => run.rendered));
    say(`| ${size} | ${seconds(cold)} | ${seconds(quiet)} | ${seconds(rerun)} | ${seconds(changed)} | ${(cold / quiet).toFixed(2)} × | ${(quiet / bare).toFixed(2)} × | ${(rerun / bare).toFixed(2)} × | ${(changed / bare).toFixed(2)} × | ${seconds(bare)} | ${rendered(cairn)}, ${rendered(everyStage)}, ${rendered(oneChanged)} |`);
    const stageList = (list: readonly CairnRun[]) => [...medianStages(list)].map(([name, ms]) => `${name} ${seconds(ms)}`).join(', ');
    say(`|  | every-stage rebuild: ${stageList(everyStage)} | | | | | | | | | |`);
    say(`|  | one-changed stages: ${stageList(oneChanged)} | | | | | | | | | |`);
  }

  if (include.resumed) {
    const first = perSize.get(sizes.includes(1000) ? 1000 : sizes[0]!)!;
    say();
    say('## Per resume: Cairn (selection + HTML) against resumed + jsonresume-theme-even (render to HTML)');
    say();
    for (const line of await benchResumeRendering(first.contentDir, first.outDir, runs)) say(line);
  }
}

async function main(): Promise<void> {
  const { values } = parseCommandLine('bench', USAGE, {
    sizes: { type: 'string', default: '100,1000,5000' },
    runs: { type: 'string', default: '3' },
    edits: { type: 'string', default: '5' },
    'no-live': { type: 'boolean', default: false },
    'live-only': { type: 'boolean', default: false },
    'no-resumed': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/results.md' },
    peer: { type: 'string' },
  });
  if (values.peer !== undefined && values.peer !== 'astro-paper') throw new UsageError(`bench: --peer knows astro-paper only; received "${values.peer}"\nusage: ${USAGE}`);
  const sizes = values.sizes.split(',').map((size) => Number(size.trim()));
  const runs = Number(values.runs);
  const edits = Number(values.edits);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1) || !Number.isInteger(runs) || runs < 1 || !Number.isInteger(edits) || edits < 1) {
    throw new UsageError(`bench: sizes, runs and edits must be whole numbers of at least 1\nusage: ${USAGE}`);
  }
  if (values['live-only'] && values['no-live']) throw new UsageError(`bench: --live-only and --no-live leave nothing to measure; give one of them\nusage: ${USAGE}`);
  // Found now rather than after the builds, which can take many minutes.
  if (!values['no-live']) assertNoDevServer(ROOT);

  const lines: string[] = [];
  const say = (line = '') => {
    console.log(line);
    lines.push(line);
  };
  say('# Cairn benchmark');
  say();
  say(`Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${mebibytes(os.totalmem())} RAM, Node ${process.versions.node}. Medians of ${runs} runs; Cairn and the baseline${values.peer ? ` and ${values.peer}` : ''} take turns (A B A B) in the same run, each build starting once the one before is off the disk (its old output removed, its writes flushed); load average ${os.loadavg()[0]!.toFixed(1)} (1 minute) when it started, on ${os.cpus().length} cores. Peak memory is the whole process tree (Chromium included): PSS counts a page shared by several processes once in all, as the machine holds it; RSS summed counts it once in each process, so Chromium's ten processes count their shared browser code ten times.`);
  say();
  const scratchRoot = mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-'));
  try {
    const contentDirs = new Map<number, string>();
    for (const size of sizes) {
      const contentDir = path.join(scratchRoot, String(size), 'content');
      writeContent(contentDir, size);
      contentDirs.set(size, contentDir);
    }
    if (!values['live-only']) await benchBuilds(sizes, runs, contentDirs, { resumed: !values['no-resumed'], peer: values.peer }, say);
    if (!values['no-live']) {
      const size = sizes.includes(1000) ? 1000 : sizes[0]!;
      const live = await measureLivePreview({
        root: ROOT,
        contentDir: contentDirs.get(size)!,
        runs,
        edits,
        logDir: path.join(scratchRoot, String(size)),
        env: cleanEnvironment({ CAIRN_CONTENT_DIR: contentDirs.get(size)! }),
      });
      const spread = (samples: readonly number[], format: (value: number) => string) =>
        `${format(median(samples))} | ${format(Math.min(...samples))} | ${format(Math.max(...samples))} | ${samples.length}`;
      const milliseconds = (ms: number) => `${Math.round(ms)} ms`;
      say();
      say(`## Live preview at ${size} accomplishments`);
      say();
      say(`\`astro dev\` on the same synthetic content, started ${runs} time${runs > 1 ? 's' : ''}; on each server ${edits} accomplishments, spread through the log, are saved with a new title one after another, and each is timed until its page is served with that title (polled every 25 ms).`);
      say();
      say('| | median | fastest | slowest | samples |');
      say('| --- | ---: | ---: | ---: | ---: |');
      say(`| start-up to the home page served | ${spread(live.startup, seconds)} |`);
      say(`| saving an accomplishment to its page served with the change | ${spread(live.edits, milliseconds)} |`);
    }
  } finally {
    rmSync(scratchRoot, { recursive: true, force: true });
  }

  mkdirSync(path.dirname(path.resolve(values.out)), { recursive: true });
  writeFileSync(path.resolve(values.out), `${lines.join('\n')}\n`);
  console.log(`\nbench: written to ${values.out}`);
}

await runCommand(main);
