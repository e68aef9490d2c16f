import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, astroBuild } from '../support/astro-build.ts';

const SPY = path.join(PROJECT_ROOT, 'tests/support/count-content-reads.ts');

describe('a build of the sample persona', () => {
  it('reads each content file once, for the check, the pages and every stage after them', () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-reads-'));
    const contentDir = path.join(PROJECT_ROOT, 'content');
    const log = path.join(scratch, 'reads.jsonl');
    const result = astroBuild({
      contentDir,
      outDir: path.join(scratch, 'dist'),
      env: { NODE_OPTIONS: `--import=${SPY}`, CAIRN_COUNT_READS_OF: contentDir, CAIRN_COUNT_READS_TO: log },
    });
    expect(result.status, result.output).toBe(0);
    // One line per process the build started (Astro's, and pdf.js's for the privacy guard); reads summed over all.
    const reads: Record<string, number> = {};
    for (const line of readFileSync(log, 'utf8').trim().split('\n')) {
      for (const [file, count] of Object.entries(JSON.parse(line) as Record<string, number>)) reads[file] = (reads[file] ?? 0) + count;
    }
    const files = readdirSync(contentDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.mdx')).sort();
    expect(files.length).toBeGreaterThan(50);
    expect(Object.fromEntries(files.map((file) => [file, reads[file] ?? 0]))).toEqual(Object.fromEntries(files.map((file) => [file, 1])));
  });
});
