#!/usr/bin/env node
/**
 * npm run build [-- --verbose] [-- astro build options]
 *
 * Builds the site into a temporary folder beside dist/, and the direct-send copies into temporary
 * folders beside out/resumes/, out/letters/ and out/cards/, and swaps them all in only when the whole build
 * (content check, pages, PDFs, images, privacy guard) succeeded. A failed build leaves the last
 * good dist/ and out/ exactly as they were, so a broken edit can never half-replace a deployable
 * site, or leave one person's resume text beside another build's PDF. Astro's progress lines (one
 * per page) are left out unless `--verbose` is given; warnings, errors and Cairn's lines are shown.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { buildOutputFilter, failedBuildLine, warningCollector, type BuildOutputFilter } from '../src/lib/build/build-output.ts';
import { acquireBuildLock } from '../src/lib/build/build-lock.ts';
import { allocatorEnvironment } from '../src/lib/build/allocator-environment.ts';
import { youngGenerationFlags } from '../src/lib/build/young-generation.ts';
import { collectGarbage } from '../src/lib/build/collect-garbage.ts';
import { compileCacheEnvironment, pruneCompileCacheInBackground } from '../src/lib/build/compile-cache.ts';
import { buildDate } from '../src/lib/build/build-date.ts';
import { discardedFolders, previousOf, removeInBackground, restoreInterruptedSwap, swapIn } from '../src/lib/build/folder-swap.ts';
import { fingerprintInputs, isUnchanged, type InputsOfBuild, listOutputs, readStamp, stampFile, writeStamp } from '../src/lib/build/build-stamp.ts';
import { recordStage } from '../src/lib/build/stage-timer.ts';
import { findChrome } from '../src/lib/print/chrome.ts';
import { PRIVATE_FOLDER_FIX, privateFolder, privateFolderProblem } from '../src/lib/build/private-folder.ts';
import { runCommand, UsageError } from './lib/cli.ts';
import { projectOptions } from './lib/options.ts';

/** The folders of out/ that a build writes whole: everything in them is Cairn's. */
const OUT_FOLDERS = ['resumes', 'letters', 'cards'] as const;

/** The fingerprint of the build's inputs, or undefined when a file cannot be read: then the build simply runs. */
function fingerprintOrNothing(inputs: InputsOfBuild): string | undefined {
  try {
    return fingerprintInputs(inputs);
  } catch {
    return undefined;
  }
}

/** Runs Astro with its output lines passed through `filter`; resolves to its exit code and signal. */
function runAstro(command: string, args: string[], env: NodeJS.ProcessEnv, filter: BuildOutputFilter): Promise<{ status: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(command, args, { stdio: ['inherit', 'pipe', 'pipe'], env });
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
      const shown = filter(line);
      if (shown !== undefined) to.write(`${shown}\n`);
    });
  }
  return new Promise((resolve) => child.on('close', (status, signal) => resolve({ status, signal })));
}

const USAGE = `Usage: npm run build [-- options]

Builds the site into dist/ and the copies you send into out/, replacing them only when the whole
build succeeded.

When nothing the build reads has changed since the last build (content, code, configuration,
packages, the environment, the date) and its output is as it left it, the build stops there and
says so.

Options:
  --outDir <folder>  build the site into <folder> instead of dist/ (out/ goes beside it)
  --rebuild          build even when nothing changed (pages, images and PDFs still come from the caches)
  --verbose          show Astro's line for every page it renders (pages are then built one at a time)
  --help             show this help

Other options are passed to astro build (npx astro build --help lists them); a build given any
of them always runs.`;

await runCommand(async () => {
  const root = process.cwd();
  const verbose = process.argv.includes('--verbose');
  const rebuild = process.argv.includes('--rebuild');
  const args = process.argv.slice(2).filter((arg) => arg !== '--verbose' && arg !== '--rebuild');
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return;
  }
  const outDirFlag = args.indexOf('--outDir');
  const target = path.resolve(root, outDirFlag >= 0 ? (args[outDirFlag + 1] ?? 'dist') : 'dist');
  const passThrough = outDirFlag >= 0 ? args.filter((_, index) => index !== outDirFlag && index !== outDirFlag + 1) : args;
  const staging = path.join(path.dirname(target), `.${path.basename(target)}-building`);
  // out/ as the build would place it for the real dist/: the configured folder, else beside dist/.
  const options = await projectOptions('build');
  const outTarget = privateFolder(target, options.outDir);
  // Checked here, not only in the build: Astro sees the staging folders, which never nest.
  const privateProblem = privateFolderProblem(target, options.outDir);
  if (privateProblem) throw new UsageError(`build: ${privateProblem}. ${PRIVATE_FOLDER_FIX}.`);
  const outStaging = path.join(path.dirname(outTarget), `.${path.basename(outTarget)}-building`);
  const published = [target, ...OUT_FOLDERS.map((name) => path.join(outTarget, name))];

  // One build of a project at a time, from clearing the staging folders to the swap: two share .astro/ and
  // delete each other's files (a test run builds too), and a second would clear the first's staging folders.
  const release = acquireBuildLock(root, () => console.log('build: waiting for another build of this project (npm test or npm run build) to finish…'));
  // A build killed between a swap's two renames left the old folder aside and none in its place: put it back first.
  for (const folder of published) restoreInterruptedSwap(folder);
  // Old builds whose removal was cut short (by a machine switched off, say) are removed with this build's.
  const discarded = discardedFolders(published);

  // Nothing read by the build changed and its output is untouched: the build would write the same bytes.
  const checkStarted = performance.now();
  const stamp = stampFile(options.astroCache, target);
  const inputs = fingerprintOrNothing({
    root,
    extraFolders: [options.contentDir, path.join(root, 'public')],
    outputFolders: [target, staging, outTarget, outStaging, ...published.map(previousOf), ...discarded, options.astroCache, options.imageCache, options.pdfCache, options.pdfTextCache],
    environment: process.env,
    date: buildDate(options.sourceDateEpoch),
    browser: findChrome(options.chromePath),
  });
  const last = readStamp(stamp);
  if (!rebuild && passThrough.length === 0 && inputs !== undefined && isUnchanged(last, inputs, published)) {
    release();
    recordStage(options.timingsFile, 'unchanged-build check', performance.now() - checkStarted);
    removeInBackground(discarded);
    if (last!.warnings.length > 0) console.warn(`The last build's warnings still apply:\n${last!.warnings.join('\n')}`);
    console.log(`build: nothing changed since the last build; ${path.relative(root, target) || '.'}/ and ${path.relative(root, outTarget) || '.'}/ are up to date (npm run build -- --rebuild runs every stage anyway)`);
    return;
  }
  rmSync(staging, { recursive: true, force: true });
  rmSync(outStaging, { recursive: true, force: true });
  // Astro's own script, started by this Node with a flag of the wrapper's choosing (young-generation.ts).
  const astro = path.join(root, 'node_modules', 'astro', 'bin', 'astro.mjs');
  // No --force: Astro keeps its content store and its page cache from the last build. The chunk errors that
  // once made every build clear them were two builds sharing .astro/ (the lock above), and stored entries
  // rendered by older code are stored again (src/integrations/renderer-fingerprint.ts).
  // Ctrl-C stops Astro (same process group); the lock is then released below, not left behind.
  process.on('SIGINT', () => {});
  // Astro writes to a pipe now; it keeps its colours when the person's terminal has them.
  const colour = process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {};
  const shownFilter = buildOutputFilter({ verbose, renames: new Map([[staging, target], [outStaging, outTarget]]) });
  // Kept with the stamp, so a build skipped later still says what this one warned about.
  const collector = warningCollector();
  const filter: BuildOutputFilter = (line) => {
    const shown = shownFilter(line);
    if (shown !== undefined) collector.observe(shown);
    return shown;
  };
  // Rolldown's allocator reads its settings as Astro starts: without them it keeps its bundle's memory to the end (allocator-environment.ts).
  // Node keeps what it compiled of Astro, Vite and Cairn between builds (compile-cache.ts).
  // The shell sets `_` to the command it ran. Astro copies variables a module names into its code where
  // the module reads them all at once, so with `_` a build started another way could render every page again.
  const inherited = { ...process.env };
  delete inherited['_'];
  const environment = { ...inherited, ...allocatorEnvironment(process.env), ...compileCacheEnvironment(process.env), ...colour, CAIRN_OUT_DIR: outStaging, CAIRN_PREVIOUS_SITE: target, ...(verbose ? { CAIRN_VERBOSE: '1' } : {}) };
  const astroBuild = runAstro(process.execPath, [...youngGenerationFlags(process.env['NODE_OPTIONS']), astro, 'build', '--outDir', staging, ...passThrough], environment, filter);
  // This process only waits on Astro from here: what reading the options and fingerprinting left goes back
  // to the system while Astro starts, not before.
  collectGarbage();
  const result = await astroBuild;

  if (result.status !== 0) {
    rmSync(staging, { recursive: true, force: true });
    rmSync(outStaging, { recursive: true, force: true });
    release();
    const kept = existsSync(target) ? ` ${path.relative(root, target)}/ and ${path.relative(root, outTarget) || '.'}/ still hold the last good build.` : '';
    console.error(`\n${failedBuildLine(result, kept)}`);
    process.exit(result.status ?? 1);
  }

  if (!existsSync(staging)) {
    rmSync(outStaging, { recursive: true, force: true });
    release();
    console.error(`\nbuild: astro build ended without building a site (options: ${passThrough.join(' ') || 'none'}); nothing was replaced.`);
    process.exit(1);
  }
  const oldSite = swapIn(staging, target);
  if (oldSite) discarded.push(oldSite);
  mkdirSync(outTarget, { recursive: true });
  for (const folder of OUT_FOLDERS) {
    const staged = path.join(outStaging, folder);
    mkdirSync(staged, { recursive: true });
    // A few dozen files, and out/ is read whole by `verify`: removed now.
    const old = swapIn(staged, path.join(outTarget, folder));
    if (old) rmSync(old, { recursive: true, force: true });
  }
  rmSync(outStaging, { recursive: true, force: true });
  // Only a plain build vouches for its output: options passed to Astro may change what it writes.
  if (passThrough.length === 0 && inputs !== undefined) writeStamp(stamp, { inputs, outputs: listOutputs(published), warnings: collector.warnings });
  release();
  // The old build is out of every published folder's place by now: its files go without the person waiting.
  removeInBackground(discarded);
  console.log(`build: site written to ${path.relative(root, target) || '.'}/, copies to send to ${path.relative(root, outTarget) || '.'}/`);
  // Each build leaves the code of the pages it bundled in Node's compile cache, which Node never clears.
  pruneCompileCacheInBackground(process.env);
});
