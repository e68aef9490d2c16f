#!/usr/bin/env node
/**
 * npm run bench:images [-- --runs 5] [--content DIR]
 *
 * Times the image pipeline on the sample persona (or DIR): every business card (front, back,
 * bleed variants, print PDF) and the Open Graph image of every page the model knows. Each run
 * starts from an empty cache (cold: template, satori, PNG encoding) and then repeats with the
 * cache it filled (cached: hash, read, copy). Prints, per image, the median over the runs of
 * satori's time and of PNG encoding, cold, and of the whole cached path; then the medians over
 * all images, the process's CPU time per file made (sharp's threads included) and the Open Graph
 * images' sizes. Font loading and satori's start-up happen once per process and are shown apart.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from '../src/lib/bench/measure.ts';
import { ImageCache } from '../src/lib/render/cards/cache.ts';
import { drawSvg } from '../src/lib/render/cards/draw.ts';
import { h } from '../src/lib/render/cards/element.ts';
import { loadFonts } from '../src/lib/render/cards/fonts.ts';
import { buildSiteImages, knownPages, type ImageRecord } from '../src/lib/stages/images.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { buildModel } from '../src/lib/model/model.ts';
import { publishedBasePath, publishedSiteUrl } from '../src/lib/content/site-settings.ts';
import { visibleContent } from '../src/lib/model/visibility.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run bench:images [-- --runs 5] [--content DIR]';

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

await runCommand(async () => {
  const { values } = parseCommandLine('bench:images', USAGE, { runs: { type: 'string', default: '5' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } });
  if (values.help) {
    console.log(`usage: ${USAGE}`);
    return;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`bench:images: --runs must be a whole number of at least 1, e.g. 5\nusage: ${USAGE}`);
  const options = await projectOptions('bench:images', { contentDir: values.content });
  const { contentDir } = options;
  const { content, problems, profileFrontmatter } = loadContent(contentDir);
  if (problems.length > 0) throw new UsageError(`bench:images: ${contentDir} has content problems; run npm run check first`);
  const model = buildModel(visibleContent(content, 'public'));
  const siteUrl = new URL(publishedBasePath(undefined, options), publishedSiteUrl(profileFrontmatter, options)).href;
  const pages = knownPages(model, siteUrl);

  const startup = performance.now();
  const fonts = loadFonts();
  await drawSvg(h('div', { style: { display: 'flex', fontFamily: fonts.stacks.sans } }, 'warm-up'), { width: 100, height: 100 }, fonts);
  const startupMs = performance.now() - startup;

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-images-'));
  const cold: ImageRecord[][] = [];
  const cached: ImageRecord[][] = [];
  /** Per cold run: the process's CPU time (this thread's and sharp's) per file made. */
  const cpuPerFile: number[] = [];
  /** Bytes of each Open Graph image, from the first run. */
  const ogBytes: number[] = [];
  try {
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
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
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
  console.log(`\nfonts and satori start-up, once per process: ${ms(startupMs)}`);
  for (const [label, list] of groups) {
    if (list.length === 0) continue;
    console.log(`${label} (${list.length}): satori ${ms(median(list.map((r) => r.satori)))}, encode ${ms(median(list.map((r) => r.encode)))}, cold ${ms(median(list.map((r) => r.cold)))}, cached ${ms(median(list.map((r) => r.cached)))}`);
  }
  const wall = (records: ImageRecord[][]) => median(records.map((list) => list.reduce((sum, record) => sum + record.total, 0)));
  console.log(`sum over all files, median run: cold ${ms(wall(cold))}, cached ${ms(wall(cached))} (one at a time here; a build makes 3 at once)`);
  console.log(`CPU per file made, cold, median run (min–max): ${ms(median(cpuPerFile))} (${Math.min(...cpuPerFile).toFixed(1)}–${Math.max(...cpuPerFile).toFixed(1)} ms)`);
  if (ogBytes.length > 0) console.log(`Open Graph image size: median ${(median(ogBytes) / 1024).toFixed(1)} KiB, largest ${(Math.max(...ogBytes) / 1024).toFixed(1)} KiB`);
  console.log('targets: cold ≤ 60 ms and cached ≤ 5 ms per card or Open Graph image');
});
