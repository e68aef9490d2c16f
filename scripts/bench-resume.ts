#!/usr/bin/env node
/**
 * npm run bench:resume [-- --runs 5] [--variants 5] [--content DIR] [--site DIR] [--tabs 1]
 *
 * Times the resume stage for the sample persona (or DIR): builds the site once with Astro into a
 * temporary folder, then runs the resume stage on it `--runs` times and prints medians — browser
 * start-up once per run, and per variant and copy: selection, HTML, PDF (browser already
 * started: loading the page, printing, fitting, metadata) and the text exports, and the browser's
 * steps (page loads, article swaps, PDF prints) with their count and time. With
 * `--variants N` the content gets extra copies of its variants until there are N, to measure a
 * person with more career paths. `--tabs 2` prints variants in two browser tabs side by side
 * (the build uses one). `--site DIR` takes a site already built from the same content (and as many
 * variants) instead of building one, so runs compared in turn share it. Targets: ≤ 150 ms per PDF warm, ≤ 3 s for the whole stage.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { findChrome, HOW_TO_INSTALL_A_BROWSER } from '../src/lib/print/chrome.ts';
import { median } from '../src/lib/bench/measure.ts';
import { withBuildLock } from '../src/lib/build/build-lock.ts';
import { translationFileParts } from '../src/lib/content/translation-files.ts';
import type { TabStep } from '../src/lib/print/printer.ts';
import { buildResumes, type ResumeBuildReport } from '../src/lib/stages/resumes.ts';
import { parseCommandLine, runCommand, UsageError } from './lib/cli.ts';
import { loadContent } from '../src/lib/content/load-content.ts';
import { createBuildContext } from '../src/lib/model/build-context.ts';
import { projectOptions } from './lib/options.ts';

const USAGE = 'npm run bench:resume [-- --runs 5] [--variants 5] [--content DIR] [--site DIR] [--tabs 1]';

const ms = (value: number) => `${value.toFixed(1).padStart(7)} ms`;

/**
 * Adds copies of existing variants (`<id>-copy-2`, …) until the content has `count` of them; each
 * copy takes its original's translations along (`<id>-copy-2.de.mdx`), so it is built in every
 * language the original is.
 */
function addVariants(contentDir: string, count: number): void {
  const folder = path.join(contentDir, 'resumes');
  const names = readdirSync(folder).filter((name) => name.endsWith('.mdx')).sort().map((name) => name.slice(0, -'.mdx'.length));
  // `general.de.mdx` is the German text of `general`, not a variant of its own.
  const translations = names.flatMap((name) => translationFileParts(name) ?? []);
  const originals = names.filter((name) => translationFileParts(name) === undefined);
  if (originals.length === 0) throw new UsageError('bench:resume: the content has no resume variants to time');
  for (let index = originals.length; index < count; index++) {
    const id = originals[index % originals.length]!;
    const copy = `${id}-copy-${index + 1}`;
    writeFileSync(path.join(folder, `${copy}.mdx`), readFileSync(path.join(folder, `${id}.mdx`), 'utf8'));
    for (const { language } of translations.filter((translation) => translation.id === id)) {
      writeFileSync(path.join(folder, `${copy}.${language}.mdx`), readFileSync(path.join(folder, `${id}.${language}.mdx`), 'utf8'));
    }
  }
}

/**
 * Watches the CPU time of this process's descendants (the browser and its helpers) until `stop`:
 * read from /proc five times a second, since a process that has ended can no longer be read; undefined
 * where there is no /proc.
 */
function watchChildCpu(): { stop(): number | undefined } {
  if (!existsSync('/proc/self/stat')) return { stop: () => undefined };
  const ticks = 100; // USER_HZ, the unit of /proc/<pid>/stat's times on Linux.
  const seen = new Map<number, number>();
  const fields = (pid: string) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  };
  const read = () => {
    const parents = new Map<number, number>();
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      try {
        const stat = fields(pid);
        parents.set(Number(pid), Number(stat[1]));
        const cpu = (Number(stat[11]) + Number(stat[12])) / ticks;
        if (isDescendant(Number(pid), parents)) seen.set(Number(pid), Math.max(seen.get(Number(pid)) ?? 0, cpu));
      } catch {
        // Ended between the listing and the read.
      }
    }
  };
  const isDescendant = (pid: number, parents: Map<number, number>) => {
    for (let at = parents.get(pid); at !== undefined && at > 1; at = parents.get(at) ?? readParent(at)) if (at === process.pid) return true;
    return false;
  };
  const readParent = (pid: number) => {
    try {
      return Number(fields(String(pid))[1]);
    } catch {
      return undefined;
    }
  };
  const timer = setInterval(read, 200);
  return {
    stop() {
      clearInterval(timer);
      read();
      return [...seen.values()].reduce((total, value) => total + value, 0) * 1000;
    },
  };
}

/** Builds the site from `contentDir` into `dist` with Astro, as the benchmark's runs print from it. */
function buildSite(contentDir: string, dist: string, scratch: string, variants: number): void {
  console.log(`bench:resume: building the site once (${variants} variants)…`);
  // Under the project's build lock: a test run's build in the same project would share .astro/.
  const build = withBuildLock(process.cwd(), () =>
    spawnSync(path.resolve('node_modules/.bin/astro'), ['build', '--force', '--outDir', dist], {
      encoding: 'utf8',
      env: { ...process.env, CAIRN_CONTENT_DIR: contentDir, CAIRN_PDF_CACHE: path.join(scratch, 'pdf-cache-build') },
      maxBuffer: 256 * 1024 * 1024,
    }),
  );
  if (build.status !== 0) throw new UsageError(`bench:resume: the build failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
}

async function main(): Promise<void> {
  const { values } = parseCommandLine('bench:resume', USAGE, {
    runs: { type: 'string', default: '5' },
    variants: { type: 'string', default: '5' },
    content: { type: 'string', default: 'content' },
    tabs: { type: 'string', default: '1' },
    site: { type: 'string' },
  });
  const runs = Number(values.runs);
  const variants = Number(values.variants);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`bench:resume: --runs must be a whole number of at least 1; received "${values.runs}"\nusage: ${USAGE}`);
  const tabs = Number(values.tabs);
  if (!Number.isInteger(tabs) || tabs < 1 || tabs > 8) throw new UsageError(`bench:resume: --tabs must be a whole number from 1 to 8; received "${values.tabs}"\nusage: ${USAGE}`);
  if (!Number.isInteger(variants) || variants < 1) throw new UsageError(`bench:resume: --variants must be a whole number of at least 1; received "${values.variants}"\nusage: ${USAGE}`);
  const options = await projectOptions('bench:resume');
  const chrome = findChrome(options.chromePath);
  if (!chrome) throw new UsageError(`bench:resume: no Chrome or Chromium found; ${HOW_TO_INSTALL_A_BROWSER}`);
  if (!existsSync(values.content)) throw new UsageError(`bench:resume: no content folder at ${values.content}`);

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-bench-resume-'));
  try {
    const contentDir = path.join(scratch, 'content');
    cpSync(path.resolve(values.content), contentDir, { recursive: true });
    addVariants(contentDir, variants);
    const dist = path.join(scratch, 'dist');
    if (values.site !== undefined) {
      if (!existsSync(values.site)) throw new UsageError(`bench:resume: no built site at ${values.site}`);
      cpSync(path.resolve(values.site), dist, { recursive: true });
    } else {
      buildSite(contentDir, dist, scratch, variants);
    }

    const logger = { info: () => {}, warn: (message: string) => console.warn(message) };
    const reports: ResumeBuildReport[] = [];
    const cpu: { node: number; browser: number | undefined }[] = [];
    for (let run = 0; run < runs; run++) {
      // An empty PDF cache each run, so every PDF is printed and timed, not read back.
      const context = createBuildContext(loadContent(contentDir), { ...options, contentDir, pdfCache: path.join(scratch, `pdf-cache-${run}`) });
      const browserCpu = watchChildCpu();
      const node = process.cpuUsage();
      reports.push(await buildResumes({ context, dist, base: '/', site: 'https://example.com', logger, chromePath: chrome, tabs }));
      const used = process.cpuUsage(node);
      cpu.push({ node: (used.user + used.system) / 1000, browser: browserCpu.stop() });
    }

    const first = reports[0]!;
    const mode = tabs === 1 ? 'one browser tab' : `${tabs} browser tabs side by side`;
    const ids = new Set(first.variants.map((variant) => variant.id)).size;
    const languages = [...new Set(first.variants.map((variant) => variant.language))];
    console.log(`\nresume stage, medians of ${runs} runs (${ids} variants in ${languages.join(' and ')}, each printed for the site and for out/; ${mode}):\n`);
    console.log(`  browser start-up                 ${ms(median(reports.map((report) => report.browserStartMs ?? 0)))}`);
    console.log('\n  variant                    lang  copy      selection       HTML        PDF    exports  pages   loads  swaps  prints   print ms');
    const pickStep = (index: number, step: TabStep) => median(reports.map((report) => report.variants[index]!.browser[step].ms));
    for (const [index, variant] of first.variants.entries()) {
      const pick = (key: 'selectMs' | 'htmlMs' | 'pdfMs' | 'exportMs') => median(reports.map((report) => report.variants[index]![key]));
      const copy = variant.audience === 'public' ? 'site' : 'out/';
      const { open, replace, print } = variant.browser;
      console.log(
        `  ${variant.id.padEnd(26)} ${variant.language.padEnd(5)} ${copy.padEnd(5)} ${ms(pick('selectMs'))} ${ms(pick('htmlMs'))} ${ms(pick('pdfMs'))} ${ms(pick('exportMs'))}  ${String(variant.pages ?? '–').padStart(5)}  ${String(open.count).padStart(6)} ${String(replace.count).padStart(6)}  ${String(print.count).padStart(6)} ${ms(pickStep(index, 'print'))}${variant.cold ? '  (first on its tab: fonts load)' : ''}`,
      );
    }
    // Each step of the browser, summed over the copies of a run and the measuring of copies together: the medians of those sums.
    console.log('\n  browser steps in the whole stage (median of the runs)   count        time');
    const steps: [TabStep, string][] = [['open', 'page loads'], ['show', 'pages shown without a load'], ['replace', 'article swaps'], ['layout', 'layout reads (one-page hint)'], ['print', 'PDF prints (page.pdf)']];
    for (const [step, label] of steps) {
      const sum = (report: ResumeBuildReport, key: 'count' | 'ms') => report.variants.reduce((total, variant) => total + variant.browser[step][key], report.measuredTogether[step][key]);
      console.log(`  ${label.padEnd(52)} ${String(median(reports.map((report) => sum(report, 'count')))).padStart(6)} ${ms(median(reports.map((report) => sum(report, 'ms'))))}`);
    }
    // Warm: every copy but each tab's first, which also loads and decodes the fonts.
    const perPrint = reports.flatMap((report) => report.variants.filter((variant) => !variant.cold && variant.browser.print.count > 0).map((variant) => variant.browser.print.ms / variant.browser.print.count));
    const total = median(reports.map((report) => report.totalMs));
    console.log(`\n  per PDF print, warm (median)     ${ms(median(perPrint))}   target ≤ 150 ms`);
    // Chromium starts a process for every print: how many a PDF took, the prints measuring several copies at once shared out.
    const printsPerPdf = (report: ResumeBuildReport) => {
      const printed = report.variants.filter((variant) => variant.browser.print.count > 0);
      return printed.length === 0 ? 0 : printed.reduce((total, variant) => total + variant.browser.print.count, report.measuredTogether.print.count) / printed.length;
    };
    console.log(`  prints per PDF (median)          ${median(reports.map(printsPerPdf)).toFixed(2).padStart(9)}`);
    console.log(`  whole resume stage (median)      ${ms(total)}   target ≤ 3000 ms for 5 variants`);
    // CPU time is steadier than wall time on a shared machine: the stage's own, and its browser's.
    const browserCpu = cpu.map((run) => run.browser).filter((value) => value !== undefined);
    console.log(`  CPU of the stage, this process   ${ms(median(cpu.map((run) => run.node)))}`);
    console.log(`  CPU of the browser's processes   ${browserCpu.length > 0 ? ms(median(browserCpu)) : '      – (no /proc to read it from)'}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await runCommand(main);
