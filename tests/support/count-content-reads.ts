import { appendFileSync } from 'node:fs';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import path from 'node:path';

/**
 * Loaded into a build with `--import` (tests/build/content-reads.test.ts): counts every read of a
 * file under `CAIRN_COUNT_READS_OF`, by anyone in the process (Cairn's reader, Astro, Vite), and
 * appends the counts to `CAIRN_COUNT_READS_TO` as one JSON line when the process exits.
 */
const folder = path.resolve(process.env['CAIRN_COUNT_READS_OF'] ?? '/nonexistent');
const log = process.env['CAIRN_COUNT_READS_TO'];
const reads: Record<string, number> = {};

function count(file: unknown): void {
  const name = file instanceof URL ? file.pathname : typeof file === 'string' ? file : undefined;
  if (name === undefined) return;
  const absolute = path.resolve(name);
  if (absolute.startsWith(folder + path.sep)) reads[path.relative(folder, absolute)] = (reads[path.relative(folder, absolute)] ?? 0) + 1;
}

function spyOn<T extends object, K extends keyof T>(target: T, key: K): void {
  const original = target[key] as (...args: unknown[]) => unknown;
  target[key] = function (this: unknown, ...args: unknown[]) {
    count(args[0]);
    return original.apply(this, args);
  } as T[K];
}

spyOn(fs, 'readFileSync');
spyOn(fs, 'readFile');
spyOn(fs.promises, 'readFile');
syncBuiltinESMExports();

if (log) process.on('exit', () => appendFileSync(log, `${JSON.stringify(reads)}\n`));
