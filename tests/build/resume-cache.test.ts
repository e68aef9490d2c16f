import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME } from '../support/build-context.ts';
import { PROJECT_ROOT, astroBuild } from '../support/astro-build.ts';

describe.skipIf(!CHROME)('a rebuild with no change', () => {
  it('prints no PDF and renders no image, and ships the same bytes', () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-rebuild-'));
    const env = { CAIRN_PDF_CACHE: path.join(scratch, 'pdf-cache'), CAIRN_IMAGE_CACHE: path.join(scratch, 'image-cache') };
    const contentDir = path.join(PROJECT_ROOT, 'content');
    const first = astroBuild({ contentDir, outDir: path.join(scratch, 'first'), env });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/resume PDFs: 0 from the cache, 12 printed/);
    const second = astroBuild({ contentDir, outDir: path.join(scratch, 'second'), env });
    expect(second.status, second.output).toBe(0);
    expect(second.output).toMatch(/resume PDFs: 12 from the cache, 0 printed/);
    expect(second.output).toMatch(/\b0 made\b/);
    // Three variants, each for the website and for sending, in English and German (the sample publishes both).
    for (const file of ['resume/general.pdf', 'resume/staff-sre.pdf', 'de/resume/general.pdf']) {
      expect(readFileSync(path.join(scratch, 'second', file)).equals(readFileSync(path.join(scratch, 'first', file))), file).toBe(true);
    }
  });
});
