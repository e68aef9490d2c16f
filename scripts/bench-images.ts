#!/usr/bin/env node
/**
 * npm run bench:images [-- --runs 5] [--content DIR | --synthetic 1000] [--previews-only]
 *
 * Times the image pipeline on the sample persona (or DIR): every business card (front, back,
 * bleed variants, print PDF) and the Open Graph image of every page the model knows. Each run
 * starts from an empty cache (cold: template, satori, PNG encoding) and then repeats with the
 * cache it filled (cached: hash, read, copy). Prints, per image, the median over the runs of
 * satori's time and of PNG encoding, cold, and of the whole cached path; then the medians over
 * all images, the process's CPU time per file made (sharp's threads included) and the Open Graph
 * images' sizes. Font loading and satori's start-up happen once per process and are shown apart.
 *
 * Then the previews alone: every Open Graph image drawn again in the same warm process, with the
 * process's CPU time taken around each one, so the median CPU per preview and where it goes
 * (satori, the text drawn over the ground, PNG encoding, garbage collection) are the previews' own,
 * without the cards, the print PDFs and the cache's file writes. `--synthetic N` benchmarks the
 * seeded content of N accomplishments the build benchmark uses, written to a temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import { median } from '../src/lib/bench/measure.ts';
import { syntheticContent } from '../src/lib/bench/synthetic-content.ts';
import { ImageCache } from '../src/lib/render/cards/cache.ts';
import { drawSvg } from '../src/lib/render/cards/draw.ts';
import { h } from '../src/lib/render/cards/element.ts';
import { loadFonts, type FontSet } from '../src/lib/render/cards/fonts.ts';
import { ogSpecs } from '../src/lib/render/cards/og-images.ts';
import { ogImage } from '../src/lib/render/cards/og-template.ts';
import { renderImage } from '../src/lib/render/cards/render.ts';
import type { Model } from '../src/lib/model/model.ts';
import { buildSiteImages, knownPages, type ImageRecord } from '../src/lib/stages/images.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { buildModel } from '../src/lib/model/model.ts';
import { publishedBasePath, publishedSiteUrl } from '../src/lib/content/site-settings.ts';
import { visibleContent } from '../src/lib/model/visibility.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run bench:images [-- --runs 5] [--content DIR | --synthetic 1000] [--previews-only]';

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;
const fine = (value: number) => `${value.toFixed(2)} ms`;

/** The seeded synthetic content of `count` accomplishments, written into `folder`. */
function writeSyntheticContent(folder: string, count: number): void {
  for (const [relative, text] of syntheticContent(count).files) {
    const file = path.join(folder, relative);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
}

/**
 * The process's CPU time in milliseconds: the renderer's steps are timed by it, so a busy machine
 * does not stretch them. (Node's per-thread clock moves in scheduler ticks of milliseconds here.)
 */
const processCpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface PreviewRun {
  /** Per preview: CPU of the whole process (user + system), and the renderer's own timings. */
  cpu: number[];
  satori: number[];
  draw: number[];
  encode: number[];
  bytes: number[];
  /** Garbage collection over the run, per preview. */
  gc: number;
}

/**
 * Every Open Graph image of the model drawn once, one after another, each timed by the process's
 * CPU clock; garbage collection is summed over the run, as it does not belong to one image.
 */
async function timePreviews(model: Model, siteUrl: string, fonts: FontSet): Promise<PreviewRun> {
  const run: PreviewRun = { cpu: [], satori: [], draw: [], encode: [], bytes: [], gc: 0 };
  let gc = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gc += entry.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  for (const spec of ogSpecs(model, siteUrl).values()) {
    const before = process.cpuUsage();
    const image = await renderImage(ogImage(spec, fonts), fonts, { title: `${spec.title.text}: ${spec.person.name.text}`, dpi: 72, clock: processCpu });
    const cpu = process.cpuUsage(before);
    const timings = image.timings as { satori: number; encode: number; draw?: number };
    run.cpu.push((cpu.user + cpu.system) / 1000);
    run.satori.push(timings.satori);
    // A renderer that does not time its drawing apart counts it in its encoding.
    run.draw.push(timings.draw ?? Number.NaN);
    run.encode.push(timings.encode - (timings.draw ?? 0));
    run.bytes.push(image.png.length);
  }
  // Entries are delivered after a turn of the event loop.
  await new Promise((resolve) => setTimeout(resolve, 0));
  observer.disconnect();
  run.gc = gc / run.cpu.length;
  return run;
}

await runCommand(async () => {
  const { values } = parseCommandLine('bench:images', USAGE, {
    runs: { type: 'string', default: '5' },
    content: { type: 'string' },
    synthetic: { type: 'string' },
    'previews-only': { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  });
  if (values.help) {
    console.log(`usage: ${USAGE}`);
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`bench:images: --runs must be a whole number of at least 1, e.g. 5\nusage: ${USAGE}`);
  const synthetic = values.synthetic === undefined ? undefined : Number(values.synthetic);
  if (synthetic !== undefined && (!Number.isInteger(synthetic) || synthetic < 1)) throw new UsageError(`bench:images: --synthetic must be a whole number of accomplishments, e.g. 1000\nusage: ${USAGE}`);
  if (synthetic !== undefined && values.content) throw new UsageError(`bench:images: give --content or --synthetic, not both\nusage: ${USAGE}`);
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-images-'));
  try {
    if (synthetic !== undefined) writeSyntheticContent(path.join(scratch, 'content'), synthetic);
    await bench(runs, synthetic === undefined ? values.content : path.join(scratch, 'content'), scratch, values['previews-only']);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});

async function bench(runs: number, content: string | undefined, scratch: string, previewsOnly: boolean): Promise<void> {
  const options = await projectOptions('bench:images', { contentDir: content });
  const { contentDir } = options;
  const loaded = loadContent(contentDir);
  if (loaded.problems.length > 0) throw new UsageError(`bench:images: ${contentDir} has content problems; run npm run check first`);
  const model = buildModel(visibleContent(loaded.content, 'public'));
  const { profileFrontmatter } = loaded;
  const siteUrl = new URL(publishedBasePath(undefined, options), publishedSiteUrl(profileFrontmatter, options)).href;
  const pages = knownPages(model, siteUrl);

  const startup = performance.now();
  const fonts = loadFonts();
  await drawSvg(h('div', { style: { display: 'flex', fontFamily: fonts.stacks.sans } }, 'warm-up'), { width: 100, height: 100 }, fonts);
  const startupMs = performance.now() - startup;
  console.log(`fonts and satori start-up, once per process: ${ms(startupMs)}`);
  if (!previewsOnly) await benchStage(runs, model, siteUrl, pages, scratch);

  const previewRuns: PreviewRun[] = [];
  for (let run = 0; run < runs; run++) previewRuns.push(await timePreviews(model, siteUrl, fonts));
  const each = (pick: (run: PreviewRun) => number[]) => previewRuns.map((run) => median(pick(run)));
  const spread = (values: number[]) => `${fine(median(values))} (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;
  const count = previewRuns[0]!.cpu.length;
  console.log(`\nOpen Graph previews alone (${count}, drawn one after another in this warm process, ${runs} run${runs > 1 ? 's' : ''}; median of each run's median, min–max over runs):`);
  console.log(`  CPU per preview (the process's, every thread): ${spread(each((run) => run.cpu))}`);
  console.log(`  of it (medians of each step apart, so they need not add up):`);
  console.log(`  satori (layout and fitting): ${spread(each((run) => run.satori))}`);
  if (previewRuns.every((run) => run.draw.every((value) => !Number.isNaN(value)))) console.log(`  text drawn over the ground: ${spread(each((run) => run.draw))}`);
  console.log(`  ${previewRuns[0]!.draw.some((value) => Number.isNaN(value)) ? 'drawing and PNG encoding' : 'PNG encoding'}: ${spread(each((run) => run.encode))}`);
  console.log(`  garbage collection, per preview: ${spread(previewRuns.map((run) => run.gc))}`);
  console.log(`  size: median ${median(previewRuns[0]!.bytes)} bytes, largest ${Math.max(...previewRuns[0]!.bytes)} bytes, all ${previewRuns[0]!.bytes.reduce((sum, value) => sum + value, 0)} bytes`);
}

async function benchStage(runs: number, model: Model, siteUrl: string, pages: ReturnType<typeof knownPages>, scratch: string): Promise<void> {
  const cold: ImageRecord[][] = [];
  const cached: ImageRecord[][] = [];
  /** Per cold run: the process's CPU time (this thread's and sharp's) per file made. */
  const cpuPerFile: number[] = [];
  /** Bytes of each Open Graph image, from the first run. */
  const ogBytes: number[] = [];
  for (let run = 0; run < runs; run++) {
    const cache = new ImageCache(path.join(scratch, `cache-${run}`));
    // One image at a time, so each image's times are its own.
    const imageOptions = { model, siteUrl, pages, pageExists: () => true, outDir: path.join(scratch, `site-${run}`), cache, concurrency: 1 };
    const cpuBefore = process.cpuUsage();
    const made = (await buildSiteImages(imageOptions)).records;
    const cpu = process.cpuUsage(cpuBefore);
    cpuPerFile.push((cpu.user + cpu.system) / 1000 / made.length);
    if (run === 0) for (const record of made) if (record.file.startsWith('og/')) ogBytes.push(statSync(path.join(imageOptions.outDir, record.file)).size);
    cold.push(made);
    cached.push((await buildSiteImages(imageOptions)).records);
    rmSync(path.join(scratch, `site-${run}`), { recursive: true, force: true });
    rmSync(path.join(scratch, `cache-${run}`), { recursive: true, force: true });
  }

  const files = cold[0]!.map((record) => record.file).sort();
  const byFile = (records: ImageRecord[][], file: string) => records.map((list) => list.find((record) => record.file === file)!);
  console.log(`Image pipeline, ${runs} run${runs > 1 ? 's' : ''}, medians (cold: empty cache; cached: the second build)\n`);
  console.log(`${'file'.padEnd(58)} ${'satori'.padStart(10)} ${'encode'.padStart(10)} ${'cold'.padStart(10)} ${'cached'.padStart(10)}`);
  const rows = files.map((file) => {
    const coldRuns = byFile(cold, file);
    const row = { file, satori: median(coldRuns.map((r) => r.satori)), encode: median(coldRuns.map((r) => r.encode)), cold: median(coldRuns.map((r) => r.total)), cached: median(byFile(cached, file).map((r) => r.total)) };
    console.log(`${file.padEnd(58)} ${ms(row.satori)} ${ms(row.encode)} ${ms(row.cold)} ${ms(row.cached)}`);
    return row;
  });
  const groups = [
    ['card fronts', rows.filter((row) => /^cards\/.*-front(-bleed)?\.png$/.test(row.file))],
    ['card backs (with QR code)', rows.filter((row) => /^cards\/.*-back(-bleed)?\.png$/.test(row.file))],
    ['Open Graph images', rows.filter((row) => row.file.startsWith('og/'))],
    ['all PNG images', rows.filter((row) => row.file.endsWith('.png'))],
    ['print PDFs (vector, both sides with bleed)', rows.filter((row) => row.file.endsWith('.pdf'))],
  ] as const;
  for (const [label, list] of groups) {
    if (list.length === 0) continue;
    console.log(`${label} (${list.length}): satori ${ms(median(list.map((r) => r.satori)))}, encode ${ms(median(list.map((r) => r.encode)))}, cold ${ms(median(list.map((r) => r.cold)))}, cached ${ms(median(list.map((r) => r.cached)))}`);
  }
  const wall = (records: ImageRecord[][]) => median(records.map((list) => list.reduce((sum, record) => sum + record.total, 0)));
  console.log(`sum over all files, median run: cold ${ms(wall(cold))}, cached ${ms(wall(cached))} (one at a time here; a build makes 3 at once)`);
  console.log(`CPU per file made, cold, median run (min–max): ${ms(median(cpuPerFile))} (${Math.min(...cpuPerFile).toFixed(1)}–${Math.max(...cpuPerFile).toFixed(1)} ms)`);
  if (ogBytes.length > 0) console.log(`Open Graph image size: median ${(median(ogBytes) / 1024).toFixed(1)} KiB, largest ${(Math.max(...ogBytes) / 1024).toFixed(1)} KiB`);
  console.log('targets: cold ≤ 60 ms and cached ≤ 5 ms per card or Open Graph image');
}
