import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../support/astro-build.ts';

describe('a build of the sample persona', () => {
  it('reads each content file once, for the check, the pages and every stage after them', () => {
    expect(inject('sampleDist'), inject('sampleBuildOutput')).not.toBe('');
    // Counted by a spy on Node's file reads in every process of the test run's sample build (tests/support/build-sample-site.ts).
    const reads = inject('sampleContentReads');
    const files = readdirSync(path.join(PROJECT_ROOT, 'content'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx')).sort();
    expect(files.length).toBeGreaterThan(50);
    expect(Object.fromEntries(files.map((file) => [file, reads[file] ?? 0]))).toEqual(Object.fromEntries(files.map((file) => [file, 1])));
  });
});
