import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/astro-build.ts';
import { runCommand } from './run.ts';

/** `npm run build` passes its options on to `astro build`, which has options of its own. */
const PASSES_OPTIONS_ON = new Set(['build']);
const commands = readdirSync(path.join(PROJECT_ROOT, 'scripts'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .filter((command) => !PASSES_OPTIONS_ON.has(command));

describe('every command, given an option it does not have', () => {
  it.each(commands)('%s says which option and how it is used, exits 1, and prints no stack trace', (command) => {
    const result = runCommand(command, ['--no-such-option'], { cwd: os.tmpdir() });
    expect(result.status).toBe(1);
    const [first, second] = result.stderr.split('\n');
    expect(first).toMatch(/^[a-z:-]+: Unknown option '--no-such-option'$/);
    expect(second).toMatch(/^usage: npm run /);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('every command, asked for help', () => {
  const all = readdirSync(path.join(PROJECT_ROOT, 'scripts')).filter((file) => file.endsWith('.ts')).map((file) => file.replace(/\.ts$/, ''));
  it.each(all)('%s prints how it is used and exits 0, doing nothing else', (command) => {
    const result = runCommand(command, ['--help'], { cwd: os.tmpdir() });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^usage: npm run /i);
  });
});
