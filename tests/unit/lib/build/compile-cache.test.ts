import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compileCacheEnvironment } from '../../../../src/lib/build/compile-cache.ts';

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
