import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireBuildLock, withBuildLock } from '../../../../src/lib/build/build-lock.ts';

const LOCK_MODULE = path.resolve(import.meta.dirname, '../../../../src/lib/build/build-lock.ts');

describe('the build lock', () => {
  it('makes a second build of the same project wait until the first releases it', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-lock-'));
    const release = acquireBuildLock(project);
    const started = Date.now();
    // Another process asks for the same lock and reports how long it waited.
    const waiter = spawn(process.execPath, ['--input-type=module', '-e', `const { acquireBuildLock } = await import(${JSON.stringify(LOCK_MODULE)}); const t = Date.now(); acquireBuildLock(${JSON.stringify(project)})(); console.log(Date.now() - t);`]);
    let output = '';
    waiter.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => waiter.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 600));
    release();
    await exited;
    expect(Number(output.trim())).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
  });

  it('releases the lock when the work throws, so the next build is not stuck', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-lock-'));
    expect(() => withBuildLock(project, () => { throw new Error('build failed'); })).toThrow('build failed');
    expect(withBuildLock(project, () => 'next build ran')).toBe('next build ran');
  });

  it('takes over at once a lock whose build was killed, instead of waiting ten minutes', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-lock-'));
    // A process takes the lock and dies without releasing it, as a build stopped with kill -9 would.
    const holder = spawn(process.execPath, ['--input-type=module', '-e', `const { acquireBuildLock } = await import(${JSON.stringify(LOCK_MODULE)}); acquireBuildLock(${JSON.stringify(project)}); process.exit(0);`]);
    await new Promise((resolve) => holder.on('exit', resolve));
    let waited = false;
    const started = Date.now();
    const release = acquireBuildLock(project, () => (waited = true));
    release();
    expect(waited).toBe(true);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('says once that it waits, while another build holds the lock', async () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-lock-'));
    const release = acquireBuildLock(project);
    const waiter = spawn(process.execPath, ['--input-type=module', '-e', `const { acquireBuildLock } = await import(${JSON.stringify(LOCK_MODULE)}); acquireBuildLock(${JSON.stringify(project)}, () => console.log('waiting'))();`]);
    let output = '';
    waiter.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise((resolve) => waiter.on('exit', resolve));
    await new Promise((resolve) => setTimeout(resolve, 500));
    release();
    await exited;
    expect(output).toBe('waiting\n');
  });

  it('says at once that the temporary folder cannot be used, rather than waiting for ever for a lock it cannot take', () => {
    const project = mkdtempSync(path.join(os.tmpdir(), 'cairn-lock-'));
    const before = process.env['TMPDIR'];
    process.env['TMPDIR'] = path.join(project, 'missing');
    try {
      const started = Date.now();
      expect(() => acquireBuildLock(project)).toThrow(`the temporary folder ${path.join(project, 'missing')} cannot be used: no such folder; set TMPDIR to a folder that exists and can be written`);
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      if (before === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = before;
    }
  });
});
