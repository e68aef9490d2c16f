import { chmodSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
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
    for (const file of ['resume/general.pdf', 'resume/staff-sre.pdf', 'de/resume/general.pdf', 'resume/general.webp', 'de/resume/staff-sre.webp']) {
      expect(readFileSync(path.join(scratch, 'second', file)).equals(readFileSync(path.join(scratch, 'first', file))), file).toBe(true);
    }
  });

  it('prints resumes and letters afresh once the browser is upgraded in place', () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-browser-upgrade-'));
    // A launcher script like Debian's /usr/bin/chromium: an upgrade of the package replaces it at the same path.
    const launcher = path.join(scratch, 'chromium');
    writeFileSync(launcher, `#!/bin/sh\nexec "${CHROME}" "$@"\n`);
    chmodSync(launcher, 0o755);
    utimesSync(launcher, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    const env = { CAIRN_PDF_CACHE: path.join(scratch, 'pdf-cache'), CAIRN_IMAGE_CACHE: path.join(scratch, 'image-cache'), CHROME_PATH: launcher };
    const contentDir = path.join(PROJECT_ROOT, 'content');
    const first = astroBuild({ contentDir, outDir: path.join(scratch, 'first'), env });
    expect(first.status, first.output).toBe(0);
    expect(first.output).toMatch(/resume PDFs: 0 from the cache, 12 printed/);
    utimesSync(launcher, new Date('2026-06-01T00:00:00Z'), new Date('2026-06-01T00:00:00Z'));
    const upgraded = astroBuild({ contentDir, outDir: path.join(scratch, 'second'), env });
    expect(upgraded.status, upgraded.output).toBe(0);
    expect(upgraded.output).toMatch(/resume PDFs: 0 from the cache, 12 printed/);
    expect(upgraded.output).toMatch(/cover letters: .*PDFs: 0 from the cache, [1-9]\d* printed/);
  });

  it('shows each website resume’s first page on the list of resumes, as a WebP the build made', async () => {
    const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-previews-'));
    const build = astroBuild({ contentDir: path.join(PROJECT_ROOT, 'content'), outDir: path.join(scratch, 'dist'), env: { CAIRN_PDF_CACHE: path.join(scratch, 'pdf-cache') } });
    expect(build.status, build.output).toBe(0);
    const list = readFileSync(path.join(scratch, 'dist', 'resumes', 'index.html'), 'utf8');
    const previews = [...list.matchAll(/<img src="\/(resume\/[^"]+\.webp)"[^>]*width="(\d+)" height="(\d+)"/g)].map((match) => ({ file: match[1]!, width: Number(match[2]), height: Number(match[3]) }));
    expect(previews.map((preview) => preview.file).sort()).toEqual(['resume/general.webp', 'resume/platform-lead.webp', 'resume/staff-sre.webp']);
    for (const preview of previews) {
      const meta = await sharp(readFileSync(path.join(scratch, 'dist', preview.file))).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }, preview.file).toEqual({ format: 'webp', width: preview.width, height: preview.height });
      // Page one of a resume is mostly white paper with dark text on it, not an empty or dark frame.
      const { channels } = await sharp(readFileSync(path.join(scratch, 'dist', preview.file))).stats();
      expect(channels[0]!.mean, preview.file).toBeGreaterThan(200);
      expect(channels[0]!.min, preview.file).toBeLessThan(80);
    }
  });
});
