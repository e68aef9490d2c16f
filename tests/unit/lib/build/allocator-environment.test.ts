import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { allocatorEnvironment } from '../../../../src/lib/build/allocator-environment.ts';

/** The options Rolldown's allocator reports it runs with, in a process started with `environment`. */
function rolldownAllocatorOptions(environment: Record<string, string>): string {
  const started = spawnSync(process.execPath, ['--input-type=module', '-e', "await import('rolldown')"], {
    env: { ...process.env, ...environment, MIMALLOC_VERBOSE: '1' },
    encoding: 'utf8',
  });
  expect(started.status).toBe(0);
  return started.stderr;
}

describe('allocatorEnvironment', () => {
  it("switches Rolldown's allocator to plain pages, given back as soon as they are freed", () => {
    const options = rolldownAllocatorOptions(allocatorEnvironment({}));

    expect(options).toMatch(/option 'allow_thp': 0\b/);
    expect(options).toMatch(/option 'purge_delay': 0\b/);
  });

  it("keeps an allocator setting the person gave", () => {
    const environment = { MIMALLOC_ALLOW_THP: '1' };

    const options = rolldownAllocatorOptions({ ...environment, ...allocatorEnvironment(environment) });

    expect(options).toMatch(/option 'allow_thp': 1\b/);
    expect(options).toMatch(/option 'purge_delay': 0\b/);
  });
});
