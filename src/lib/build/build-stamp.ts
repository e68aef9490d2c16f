import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from './safe-write.ts';

/**
 * What the last successful build was made from and what it wrote, so that a build of exactly the
 * same inputs into an output nobody touched can be skipped: Astro's bundling and content sync
 * alone cost more than half of a cold build of the bare baseline, even when every page comes
 * from its cache. Anything that could change a byte of the output is an input; when in doubt, the
 * build runs.
 */

/** Bumped when what is fingerprinted changes, so an older stamp never matches. */
const STAMP_VERSION = 1;

/** Environment variables that reach the build: Cairn's options, Astro's and Vite's, and what dates and paths follow. */
const BUILD_ENVIRONMENT = /^(CAIRN_|PUBLIC_|ASTRO_|VITE_)|^(NODE_ENV|SITE_URL|BASE_PATH|CHROME_PATH|SOURCE_DATE_EPOCH|TZ)$/;

/** Variables that name where a build reports, not what it makes. */
const REPORTING_ONLY = new Set(['CAIRN_TIMINGS', 'CAIRN_VERBOSE']);

/** Folders that are never inputs: version control, installed packages (their lockfile is), generated types. */
const NEVER_INPUTS = new Set(['.git', 'node_modules', '.astro']);

export interface InputsOfBuild {
  /** The project folder. */
  root: string;
  /** Folders read whole, whatever git ignores: the content (which may be elsewhere) and public/. */
  extraFolders: readonly string[];
  /** Folders the build writes or keeps caches in: never inputs, even inside the project. */
  outputFolders: readonly string[];
  environment: Readonly<Record<string, string | undefined>>;
  /** The build's date, `YYYY-MM-DD`: pages show it. */
  date: string;
  /** The browser that prints the PDFs, if any. */
  browser: string | undefined;
}

/** Each output file as `[size, modified]`, by its path. */
export type OutputListing = Record<string, [number, number]>;

export interface BuildStamp {
  version: number;
  /** The fingerprint of the inputs. */
  inputs: string;
  outputs: OutputListing;
  /** The warnings the build showed, to show again when a later build is skipped. */
  warnings: string[];
}

/** Whether `file` is `folder` or inside it; both absolute and resolved, so a prefix says it. */
const isInside = (folder: string, file: string) => file === folder || file.startsWith(folder.endsWith(path.sep) ? folder : folder + path.sep);

/** Every file under `folder` (absolute paths), skipping the folders `skip` names. */
function filesUnder(folder: string, skip: (absolute: string, name: string) => boolean): string[] {
  if (!existsSync(folder)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const absolute = path.join(folder, entry.name);
    if (skip(absolute, entry.name)) continue;
    if (entry.isDirectory()) files.push(...filesUnder(absolute, skip));
    else if (entry.isFile() || entry.isSymbolicLink()) files.push(absolute);
  }
  return files;
}

/** The project's files as git sees them (tracked, and untracked but not ignored), or undefined outside a repository. */
function gitFiles(root: string): string[] | undefined {
  const result = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (result.status !== 0 || result.error) return undefined;
  return result.stdout.split('\0').filter(Boolean).map((file) => path.join(root, file));
}

/**
 * One hash of everything a build reads: the project's files (git's view of them, plus the `.env`
 * files Astro loads and the installed packages' lockfile), folders outside it, the environment
 * that reaches the build, the date and the browser.
 */
export function fingerprintInputs(inputs: InputsOfBuild): string {
  const outputFolders = inputs.outputFolders.map((folder) => path.resolve(folder));
  const isOutput = (file: string) => outputFolders.some((folder) => isInside(folder, file));
  const isNeverInput = (file: string) => path.relative(inputs.root, file).split(path.sep).some((segment) => NEVER_INPUTS.has(segment));
  const inProject = (gitFiles(inputs.root) ?? filesUnder(inputs.root, (absolute, name) => NEVER_INPUTS.has(name) || isOutput(absolute))).filter((file) => !isOutput(file) && !isNeverInput(file));
  const dotEnv = readdirSync(inputs.root).filter((name) => name.startsWith('.env')).map((name) => path.join(inputs.root, name));
  const installed = path.join(inputs.root, 'node_modules', '.package-lock.json');
  // Read whole, ignored files too: a person may keep part of the content out of git, and Astro copies all of public/.
  const wholeFolders = inputs.extraFolders.flatMap((folder) => filesUnder(folder, (absolute, name) => name === '.git' || isOutput(absolute)));
  const files = [...new Set([...inProject, ...dotEnv, installed, ...wholeFolders])].sort();

  const hash = createHash('sha256');
  const add = (...parts: string[]) => hash.update(`${parts.join('\0')}\n`);
  add('stamp', String(STAMP_VERSION), process.version, inputs.date);
  for (const [name, value] of Object.entries(inputs.environment).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (BUILD_ENVIRONMENT.test(name) && !REPORTING_ONLY.has(name) && value !== undefined) add('env', name, value);
  }
  if (inputs.browser && existsSync(inputs.browser)) {
    const { size, mtimeMs } = statSync(inputs.browser);
    add('browser', inputs.browser, String(size), String(mtimeMs));
  } else add('browser', 'none');
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      add('missing', file);
      continue;
    }
    add('file', file, String(bytes.length));
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Every file of the output folders with its size and modification time: what a later build compares against. */
export function listOutputs(folders: readonly string[]): OutputListing {
  const listing: OutputListing = {};
  for (const folder of folders) {
    for (const file of filesUnder(folder, () => false)) {
      const { size, mtimeMs } = statSync(file);
      listing[file] = [size, mtimeMs];
    }
  }
  return listing;
}

/** Whether two listings name the same files with the same sizes and times. */
export function sameOutputs(a: OutputListing, b: OutputListing): boolean {
  const files = Object.keys(a);
  if (files.length !== Object.keys(b).length) return false;
  return files.every((file) => b[file] !== undefined && b[file]![0] === a[file]![0] && b[file]![1] === a[file]![1]);
}

/** Where the stamp of builds into `target` is kept: in Astro's cache, so clearing that forgets it too. */
export function stampFile(astroCache: string, target: string): string {
  return path.join(astroCache, 'cairn-build', `${createHash('sha256').update(path.resolve(target)).digest('hex').slice(0, 16)}.json`);
}

/** The stamp left by the last successful build, or undefined if there is none or it cannot be read. */
export function readStamp(file: string): BuildStamp | undefined {
  try {
    const stamp = JSON.parse(readFileSync(file, 'utf8')) as Partial<BuildStamp>;
    if (stamp.version !== STAMP_VERSION || typeof stamp.inputs !== 'string' || typeof stamp.outputs !== 'object' || stamp.outputs === null || !Array.isArray(stamp.warnings)) return undefined;
    return stamp as BuildStamp;
  } catch {
    return undefined;
  }
}

/** Records a successful build. A stamp that cannot be written only means the next build runs in full. */
export function writeStamp(file: string, stamp: Omit<BuildStamp, 'version'>): void {
  try {
    writeFileAtomically(file, JSON.stringify({ version: STAMP_VERSION, ...stamp } satisfies BuildStamp), { overwrite: true });
  } catch {
    // A full disk or a read-only cache folder: the build itself succeeded.
  }
}

/** Whether the last build's stamp says nothing changed: the same inputs, and the output exactly as it left it. */
export function isUnchanged(stamp: BuildStamp | undefined, inputs: string, outputFolders: readonly string[]): boolean {
  return stamp !== undefined && stamp.inputs === inputs && sameOutputs(stamp.outputs, listOutputs(outputFolders));
}
