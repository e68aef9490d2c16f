import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unseal } from '../../src/lib/build/sealed-file.ts';
import { pdfTextKey } from '../../src/lib/privacy/pdf-text-cache.ts';
import { PROJECT_ROOT, userEnvironment } from '../support/astro-build.ts';
import { CHROME } from '../support/build-context.ts';
import { mdx, minimalContent, writeContentFolder } from '../support/content-fixture.ts';

/**
 * Faults a build must survive: killed with SIGKILL at each point of the pipeline (`kill -9`, a
 * power cut, a cancelled CI job), a second build started beside it, and its caches damaged. After
 * each, dist/, out/resumes/ and out/letters/ must each be the old build or the new one, whole, and
 * the next build must make the new one byte for byte, whatever the killed one left behind.
 *
 * The kills during the build watch what it prints (or, for the copies to send, the staging folder
 * appearing); the kills in the swap stop it before a chosen rename (tests/support/kill-at-rename.ts),
 * since the swap takes microseconds. A stage whose work its caches would skip gets the cache the
 * old build left, so the kill lands while it prints or draws.
 */

const KILL_AT_RENAME = path.join(PROJECT_ROOT, 'tests/support/kill-at-rename.ts');
/** The folders a person deploys or sends, each of which must be one build's, whole. */
const FOLDERS = ['dist', 'out/resumes', 'out/letters'] as const;
type Folder = (typeof FOLDERS)[number];
/** Relative path → SHA-256 of the bytes; undefined when the folder is not there. */
type Files = Record<string, string> | undefined;
type Snapshot = Record<Folder, Files>;

/** The person before and after an edit: a new email (pages, cards, resumes, letters) and phone (resumes, letters). */
function content(version: 'old' | 'new'): Record<string, string> {
  const base = minimalContent();
  const profile = base['profile.mdx']!.replace('ada@ada.example', `ada.${version}@ada.example`).replace('+44 7700 900123', version === 'old' ? '+44 7700 900111' : '+44 7700 900222');
  return {
    ...base,
    'profile.mdx': profile,
    'resumes/platform.mdx': mdx('title: Platform\ntargetRole: Platform Engineer', '\nA platform engineer.\n'),
    'letters/initrode.mdx': mdx('addressee: { name: Peter Gibbons }\ncompany: Initrode\nrole: Platform Engineer\nresume: platform\ndate: "2026-03-05"', '\nI would bring the migration playbook to Initrode.\n'),
  };
}

/** What `folder` holds once the old build set aside by the last swap is gone (a process of its own removes it). */
async function leftOnceRemoved(folder: string): Promise<string[]> {
  const deadline = Date.now() + 30_000;
  let names = readdirSync(folder).sort();
  while (names.some((name) => name.includes('-old-')) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    names = readdirSync(folder).sort();
  }
  return names;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function files(folder: string): Files {
  if (!existsSync(folder)) return undefined;
  return Object.fromEntries(
    readdirSync(folder, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile())
      .map((item) => path.join(item.parentPath, item.name))
      .sort()
      .map((file) => [path.relative(folder, file), sha256(readFileSync(file))]),
  );
}

function snapshot(root: string): Snapshot {
  return Object.fromEntries(FOLDERS.map((folder) => [folder, files(path.join(root, folder))])) as Snapshot;
}

const same = (a: Files, b: Files) => a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);

/** `old`, `new`, `missing`, or what makes it a mix: which files are the old build's, the new one's, neither's. */
function stateOf(found: Files, old: Files, fresh: Files): string {
  if (found === undefined) return 'missing';
  if (same(found, old)) return 'old';
  if (same(found, fresh)) return 'new';
  const names = [...new Set([...Object.keys(found), ...Object.keys(old ?? {}), ...Object.keys(fresh ?? {})])].sort();
  const kind = (name: string) => (found[name] === undefined ? 'absent' : found[name] === old?.[name] ? (found[name] === fresh?.[name] ? 'both' : 'old') : found[name] === fresh?.[name] ? 'new' : 'neither');
  return `mixed: ${names.filter((name) => kind(name) !== 'both').map((name) => `${name}=${kind(name)}`).join(', ')}`;
}

function statesOf(root: string, old: Snapshot, fresh: Snapshot): Record<Folder, string> {
  const found = snapshot(root);
  return Object.fromEntries(FOLDERS.map((folder) => [folder, stateOf(found[folder], old[folder], fresh[folder])])) as Record<Folder, string>;
}

// Without a browser the resume and letter stages print nothing, and the kills timed by them would land elsewhere.
describe.skipIf(!CHROME)('a build killed part-way, or given damaged caches', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-fault-injection-'));
  /** The project under attack: site/dist and site/out, as a person's checkout has them. */
  const site = path.join(scratch, 'site');
  const caches = { CAIRN_IMAGE_CACHE: path.join(scratch, 'caches/images'), CAIRN_PDF_CACHE: path.join(scratch, 'caches/pdfs'), CAIRN_PDF_TEXT_CACHE: path.join(scratch, 'caches/pdf-texts') };
  const cachesOfOld = path.join(scratch, 'caches-of-old');
  const contentOf = { old: writeContentFolder(content('old')), new: writeContentFolder(content('new')) };
  const environment = (contentDir: string, extra: Record<string, string> = {}) =>
    userEnvironment({ CAIRN_CONTENT_DIR: contentDir, SOURCE_DATE_EPOCH: '1795000000', CHROME_PATH: CHROME!, ...caches, ...extra });
  let old: Snapshot;
  let fresh: Snapshot;

  /** `npm run build` into `<root>/dist`, its copies to send into `<root>/out`. */
  function build(contentDir: string, root: string) {
    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', path.join(root, 'dist')], { cwd: PROJECT_ROOT, encoding: 'utf8', env: environment(contentDir), maxBuffer: 64 * 1024 * 1024 });
    return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
  }

  /** `npm run build --verbose` (its triggers are Astro's progress lines) of `contentDir` into site/, in its own process group, `watch` told of everything it has printed so far. */
  function startedBuild(contentDir: string, watch: (output: string) => void = () => {}, options: { preload?: string[]; env?: Record<string, string> } = {}) {
    const child = spawn(process.execPath, [...(options.preload ?? []), 'scripts/build.ts', '--verbose', '--outDir', path.join(site, 'dist')], { cwd: PROJECT_ROOT, env: environment(contentDir, options.env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const listen = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      watch(output);
    };
    child.stdout.on('data', listen);
    child.stderr.on('data', listen);
    const finished = new Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => child.on('close', (status, signal) => resolve({ status, signal, output })));
    return { pid: child.pid!, finished };
  }

  /** The new content's build, started on the old build and killed with its whole process group (Astro, Chromium's launcher) when `trigger` fires. */
  async function killedBuild(trigger: { line: RegExp } | { file: string } | { rename: number }): Promise<{ killed: boolean; output: string }> {
    let killed = false;
    const kill = () => {
      if (killed) return;
      killed = true;
      try {
        process.kill(-build.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    };
    const build = startedBuild(contentOf.new, (output) => 'line' in trigger && trigger.line.test(output) && kill(), 'rename' in trigger ? { preload: ['--import', KILL_AT_RENAME], env: { CAIRN_KILL_UNDER: site, CAIRN_KILL_AT_RENAME: String(trigger.rename) } } : {});
    const poll = 'file' in trigger ? setInterval(() => existsSync(trigger.file) && kill(), 2) : undefined;
    const { signal, output } = await build.finished;
    clearInterval(poll);
    return { killed: signal === 'SIGKILL', output };
  }

  /** Puts the old build back in site/, and for `cold`, that cache as the old build left it, so the new build has that work to do. */
  function restoreOld(cold?: 'pdfs' | 'images') {
    for (const folder of ['dist', 'out']) {
      rmSync(path.join(site, folder), { recursive: true, force: true });
      cpSync(path.join(scratch, 'old', folder), path.join(site, folder), { recursive: true });
    }
    if (cold) {
      const cache = cold === 'pdfs' ? caches.CAIRN_PDF_CACHE : caches.CAIRN_IMAGE_CACHE;
      rmSync(cache, { recursive: true, force: true });
      cpSync(path.join(cachesOfOld, path.basename(cache)), cache, { recursive: true });
    }
  }

  beforeAll(() => {
    const first = build(contentOf.old, path.join(scratch, 'old'));
    expect(first.status, first.output).toBe(0);
    old = snapshot(path.join(scratch, 'old'));
    cpSync(path.join(scratch, 'caches'), cachesOfOld, { recursive: true });
    const second = build(contentOf.new, path.join(scratch, 'new'));
    expect(second.status, second.output).toBe(0);
    fresh = snapshot(path.join(scratch, 'new'));
  });

  it('builds byte-identical folders twice from the same content, each folder differing from the old build', () => {
    const again = build(contentOf.new, path.join(scratch, 'again'));
    expect(again.status, again.output).toBe(0);
    expect(snapshot(path.join(scratch, 'again'))).toEqual(fresh);
    // Every folder changes with the edit, so an old file beside new ones is told apart.
    for (const folder of FOLDERS) expect(stateOf(fresh[folder], old[folder], old[folder]), folder).toMatch(/^mixed: /);
    expect(Object.keys(fresh['out/resumes']!)).toEqual(['platform.docx', 'platform.json', 'platform.md', 'platform.pdf', 'platform.txt']);
    expect(Object.keys(fresh['out/letters']!)).toEqual(['initrode.html', 'initrode.pdf', 'initrode.txt']);
  });

  const OLD = { dist: 'old', 'out/resumes': 'old', 'out/letters': 'old' };
  const NEW = { dist: 'new', 'out/resumes': 'new', 'out/letters': 'new' };
  // `unfinished`: the line that proves the kill landed inside that step, printed when the step is done.
  it.each([
    { at: 'while Astro writes the pages', trigger: { line: /generating static routes/ }, unfinished: /sitemap-index\.xml/ },
    // The images are made first; then the resumes, the letters and the images' copies are written side by side; then the guard reads.
    { at: 'while the images are drawn', trigger: { line: /sitemap-index\.xml/ }, cold: 'images' as const, unfinished: /\[cairn:images\] \d+ business card/ },
    { at: 'while the copies to send are written', trigger: { file: path.join(site, '.out-building/resumes') }, cold: 'pdfs' as const, unfinished: /\[cairn:resumes\] \d+ PDFs/ },
    { at: 'while the cover letters are written', trigger: { file: path.join(site, '.out-building/letters') }, cold: 'pdfs' as const, unfinished: /no private value in the cover letters/ },
    { at: 'while the privacy guard reads', trigger: { line: /^(?=[\s\S]*\[cairn:resumes\] \d+ PDFs)(?=[\s\S]*\[cairn:letters\] cover letters)(?=[\s\S]*\[cairn:images\] \d+ business card)/ }, unfinished: /no private value in the cover letters/ },
    { at: 'with all staged, before the swap', trigger: { rename: 1 }, unfinished: /build: site written/ },
    { at: 'between the dist/ and out/ swaps', trigger: { rename: 4 }, unfinished: /build: site written/, states: { dist: 'new', 'out/resumes': 'old', 'out/letters': 'old' } },
  ])('killed $at, leaves each folder the old build or the new, and the next build makes the new', { timeout: 120_000 }, async ({ trigger, cold, unfinished, states }) => {
    restoreOld(cold);
    const run = await killedBuild(trigger);
    expect(run.killed, run.output).toBe(true);
    expect(run.output).not.toMatch(unfinished);
    expect(statesOf(site, old, fresh)).toEqual(states ?? OLD);

    const next = build(contentOf.new, site);
    expect(next.status, next.output).toBe(0);
    expect(statesOf(site, old, fresh)).toEqual(NEW);
    expect(await leftOnceRemoved(site)).toEqual(['dist', 'out']);
  });

  it('killed between the two renames of the swap, keeps the old build beside the gap and puts it back on the next build, even a failed one', { timeout: 120_000 }, async () => {
    restoreOld();
    const run = await killedBuild({ rename: 2 });
    expect(run.killed, run.output).toBe(true);
    // The one instant without a dist/: the old one moved aside, the new one not yet in its place.
    expect(statesOf(site, old, fresh)).toEqual({ dist: 'missing', 'out/resumes': 'old', 'out/letters': 'old' });
    expect(stateOf(files(path.join(site, '.dist-previous')), old.dist, fresh.dist)).toBe('old');

    const broken = writeContentFolder({ ...content('new'), 'roles/broken.mdx': mdx('title: Engineer\nstart: "2015-01"') });
    const failed = build(broken, site);
    expect(failed.status, failed.output).toBe(1);
    expect(statesOf(site, old, fresh)).toEqual(OLD);

    const next = build(contentOf.new, site);
    expect(next.status, next.output).toBe(0);
    expect(statesOf(site, old, fresh)).toEqual(NEW);
    expect(await leftOnceRemoved(site)).toEqual(['dist', 'out']);
  });

  it('a second build started while one runs waits for it, rather than clearing its staging folders', { timeout: 120_000 }, async () => {
    restoreOld();
    let second: Promise<{ status: number | null; output: string }> | undefined;
    // Started at Astro's first line: the first build holds the lock from before Astro starts until its swap, and a
    // rebuild on warm caches can finish its pages, images and guard before a second build's wrapper is up.
    const first = await startedBuild(contentOf.new, (output) => {
      if (!second && /\d\d:\d\d:\d\d \[/.test(output)) second = startedBuild(contentOf.new).finished;
    }).finished;
    const then = await second!;
    expect(first.status, first.output).toBe(0);
    expect(then.status, then.output).toBe(0);
    expect(then.output).toMatch(/waiting for another build of this project/);
    expect(statesOf(site, old, fresh)).toEqual(NEW);
    expect(await leftOnceRemoved(site)).toEqual(['dist', 'out']);
  });

  it('builds the same bytes as a clean build from truncated and garbled cache entries and half-written leftovers', { timeout: 120_000 }, async () => {
    const built = (relative: string) => readFileSync(path.join(scratch, 'new', relative));
    /** The cache entry a file of the new build was copied from. */
    const entryOf = (cache: string, relative: string) => {
      const wanted = built(relative);
      const holds = (file: string) => {
        const read = unseal(readFileSync(file), path.basename(file));
        return read.ok && read.bytes.equals(wanted);
      };
      const entry = readdirSync(cache, { recursive: true, encoding: 'utf8' })
        .map((name) => path.join(cache, name))
        .find((file) => /^[0-9a-f]{64}\.\w+$/.test(path.basename(file)) && holds(file));
      expect(entry, `the cache entry of ${relative}`).toBeDefined();
      return entry!;
    };
    const cutShort = (file: string) => truncateSync(file, Math.floor(statSync(file).size / 2));
    const garble = (file: string) => {
      const bytes = readFileSync(file);
      const middle = Math.floor(bytes.length / 2);
      for (let index = middle; index < middle + 16; index++) bytes[index] = bytes[index]! ^ 0xff;
      writeFileSync(file, bytes);
    };
    const empty = (file: string) => writeFileSync(file, '');

    const damaged: string[] = [];
    const damage = (how: (file: string) => void, file: string) => {
      how(file);
      damaged.push(file);
    };
    damage(cutShort, entryOf(caches.CAIRN_IMAGE_CACHE, 'dist/cards/default-front.png'));
    damage(garble, entryOf(caches.CAIRN_IMAGE_CACHE, 'dist/og/contact.png'));
    damage(empty, entryOf(caches.CAIRN_IMAGE_CACHE, 'out/cards/default.pdf'));
    damage(cutShort, entryOf(caches.CAIRN_PDF_CACHE, 'out/resumes/platform.pdf'));
    damage(garble, entryOf(caches.CAIRN_PDF_CACHE, 'out/letters/initrode.pdf'));
    // The website resume's print: its PDF whole, its metadata (pages, bullets left out) garbled.
    damage(garble, entryOf(caches.CAIRN_PDF_CACHE, 'dist/resume/platform.pdf').replace(/\.pdf$/, '.json'));
    // The privacy guard's text of three PDFs: a damaged one could hide a leak from it.
    for (const [relative, how] of [['out/resumes/platform.pdf', cutShort], ['out/letters/initrode.pdf', garble], ['dist/resume/platform.pdf', empty]] as const) {
      const entry = path.join(caches.CAIRN_PDF_TEXT_CACHE, `${pdfTextKey(built(relative))}.json`);
      expect(existsSync(entry), `the PDF text of ${relative}`).toBe(true);
      damage(how, entry);
    }
    // What a killed write leaves in a cache: a temporary file beside its entry.
    writeFileSync(path.join(caches.CAIRN_PDF_CACHE, `.${'0'.repeat(64)}.pdf.123.456.tmp`), '%PDF-1.7 cut');
    // A built file is a copy of its cache entry, never a link: a build already made from these entries is untouched.
    expect(snapshot(path.join(scratch, 'new'))).toEqual(fresh);

    // The old build in place, with what killed builds leave beside it: half-written staging folders and a half-removed previous build.
    restoreOld();
    const leftovers: Record<string, string> = {
      '.dist-building/index.html': '<!doctype html><title>half',
      '.dist-building/og/index.png': 'PNG',
      '.out-building/resumes/platform.pdf': '%PDF-1.7 half',
      '.out-building/letters/initrode.txt': 'Dear',
      '.dist-previous/index.html': 'gone',
      'out/.resumes-previous/platform.txt': 'old',
      // An old build whose removal stopped with the machine.
      '.dist-old-0a1b2c3d4e5f/index.html': 'old',
    };
    for (const [relative, text] of Object.entries(leftovers)) {
      mkdirSync(path.dirname(path.join(site, relative)), { recursive: true });
      writeFileSync(path.join(site, relative), text);
    }

    const next = build(contentOf.new, site);
    expect(next.status, next.output).toBe(0);
    expect(snapshot(site)).toEqual(fresh);
    expect(await leftOnceRemoved(site)).toEqual(['dist', 'out']);
    expect(readdirSync(path.join(site, 'out')).sort()).toEqual(['cards', 'letters', 'resumes']);
    expect(next.output).toMatch(/discarded 3 corrupt cached images and made them again/);
    expect(next.output.match(/resume PDFs: discarded a corrupt cached PDF/g)).toHaveLength(2);
    expect(next.output).toMatch(/cover letter PDFs: discarded a corrupt cached PDF/);
    // Every damaged entry was made again, whole.
    for (const file of damaged) expect(unseal(readFileSync(file), path.basename(file)).ok, file).toBe(true);
  });
});
