import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCacheEnvironment, pruneCompileCache, pruneCompileCacheInBackground } from '../../../../src/lib/build/compile-cache.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** Loads a module in a Node started with `environment`, as the build starts Astro. */
function loadModule(environment: Record<string, string>): void {
  const started = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('zod')"], { env: { ...process.env, ...environment }, encoding: 'utf8' });
  expect(started.status).toBe(0);
}

describe('compileCacheEnvironment', () => {
  it("points Node at its own compile cache folder in the temporary folder, which a started process fills", () => {
    const temporary = mkdtempSync(path.join(os.tmpdir(), 'cairn-compile-cache-'));
    folders.push(temporary);

    const environment = compileCacheEnvironment({}, temporary);
    loadModule(environment);

    expect(environment).toEqual({ NODE_COMPILE_CACHE: path.join(temporary, 'node-compile-cache') });
    expect(readdirSync(environment['NODE_COMPILE_CACHE']!).length).toBeGreaterThan(0);
  });

  it('leaves a folder the person chose, and a cache switched off, as they are', () => {
    expect(compileCacheEnvironment({ NODE_COMPILE_CACHE: '/elsewhere' })).toEqual({});
    expect(compileCacheEnvironment({ NODE_DISABLE_COMPILE_CACHE: '1' })).toEqual({});
  });
});

describe('pruneCompileCache', () => {
  const DAY = 24 * 60 * 60 * 1000;
  const now = new Date('2026-12-06T12:00:00Z');

  it('removes what no build has loaded for a week from the folder the build chose, once a day', () => {
    const temporary = mkdtempSync(path.join(os.tmpdir(), 'cairn-compile-cache-'));
    folders.push(temporary);
    const version = path.join(temporary, 'node-compile-cache', 'v24.21.0-x64-964aae3f-0');
    mkdirSync(version, { recursive: true });
    const entry = (name: string, readDaysAgo: number, writtenDaysAgo = readDaysAgo) => {
      writeFileSync(path.join(version, name), 'compiled');
      utimesSync(path.join(version, name), new Date(now.getTime() - readDaysAgo * DAY), new Date(now.getTime() - writtenDaysAgo * DAY));
    };
    entry('0000aaaa', 30, 30); // a page chunk of a month-old build
    entry('0000bbbb', 1, 60); // Astro, written two months ago and loaded yesterday
    entry('0000cccc', 2); // a chunk of the day before yesterday
    writeFileSync(path.join(version, 'README'), 'not an entry');

    expect(pruneCompileCache({}, temporary, now)).toMatchObject({ ran: true, removed: 1 });
    expect(['0000aaaa', '0000bbbb', '0000cccc', 'README'].map((name) => existsSync(path.join(version, name)))).toEqual([false, true, true, true]);
    entry('0000dddd', 30);
    expect(pruneCompileCache({}, temporary, new Date(now.getTime() + DAY / 2))).toMatchObject({ ran: false });
    expect(existsSync(path.join(version, '0000dddd'))).toBe(true);
  });

  it('prunes in a process of its own, which the build does not wait for', async () => {
    const temporary = mkdtempSync(path.join(os.tmpdir(), 'cairn-compile-cache-'));
    folders.push(temporary);
    const version = path.join(temporary, 'node-compile-cache', 'v24.21.0-x64-964aae3f-0');
    mkdirSync(version, { recursive: true });
    const stale = path.join(version, '0000aaaa');
    writeFileSync(stale, 'compiled');
    const monthAgo = new Date(Date.now() - 30 * DAY);
    utimesSync(stale, monthAgo, monthAgo);

    pruneCompileCacheInBackground({}, temporary);
    for (let waited = 0; existsSync(stale) && waited < 15_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(existsSync(stale)).toBe(false);
  });

  it('leaves a folder the person chose, and a cache switched off, alone', () => {
    expect(pruneCompileCache({ NODE_COMPILE_CACHE: '/elsewhere' })).toBeUndefined();
    expect(pruneCompileCache({ NODE_DISABLE_COMPILE_CACHE: '1' })).toBeUndefined();
  });
});

describe('the commands’ compile cache (scripts/lib/compile-cache.mjs)', () => {
  const PRELOAD = path.resolve('scripts/lib/compile-cache.mjs');
  /** Starts Node as package.json starts a command, loading one module, and says where its compile cache is. */
  const cacheOf = (environment: Record<string, string>) =>
    spawnSync(process.execPath, ['--import', PRELOAD, '--input-type=module', '-e', "await import('zod'); console.log((await import('node:module')).getCompileCacheDir() ?? 'off')"], {
      env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NODE_COMPILE_CACHE'))), ...environment },
      encoding: 'utf8',
    });

  it('is loaded before every command package.json runs with node', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    const commands = Object.entries(scripts).filter(([, line]) => /^node /.test(line));
    expect(commands.length).toBeGreaterThan(15);
    expect(commands.filter(([, line]) => !line.startsWith('node --import ./scripts/lib/compile-cache.mjs scripts/')).map(([name]) => name)).toEqual([]);
  });

  it('keeps what a command compiled in Node’s folder in the temporary folder, and nothing when it is switched off', () => {
    const temporary = mkdtempSync(path.join(os.tmpdir(), 'cairn-compile-cache-'));
    folders.push(temporary);
    const folder = path.join(temporary, 'node-compile-cache');

    const on = cacheOf({ TMPDIR: temporary });
    expect(on.status, on.stderr).toBe(0);
    expect(on.stdout.trim().startsWith(folder)).toBe(true);
    expect(readdirSync(folder).length).toBeGreaterThan(0);

    const off = cacheOf({ TMPDIR: path.join(temporary, 'unused'), NODE_DISABLE_COMPILE_CACHE: '1' });
    expect(off.stdout.trim()).toBe('off');
  });

  it('starts a command a second time without loading Node’s TypeScript stripper', () => {
    const temporary = mkdtempSync(path.join(os.tmpdir(), 'cairn-compile-cache-'));
    folders.push(temporary);
    // A TypeScript module of Cairn's, then the native modules Node loaded on the way.
    const start = () =>
      spawnSync(process.execPath, ['--import', PRELOAD, '--input-type=module', '-e', "await import('./src/lib/build/compile-cache.ts'); console.log(process.moduleLoadList.join('\\n'))"], {
        env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('NODE_COMPILE_CACHE'))), TMPDIR: temporary },
        encoding: 'utf8',
      });
    const stripper = (run: ReturnType<typeof start>) => run.stdout.split('\n').some((line) => line.includes('amaro'));
    const first = start();
    expect(first.status, first.stderr).toBe(0);
    expect(stripper(first)).toBe(true);
    const second = start();
    expect(second.status, second.stderr).toBe(0);
    expect(stripper(second)).toBe(false);
  });
});
