import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PublishedImages } from '../../../../src/lib/stages/published-images.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A cache folder and a site folder holding `og/work/a.png` and `og/work/b.png`, recorded as published by the last build. */
function lastBuild() {
  const root = mkdtempSync(path.join(os.tmpdir(), 'cairn-published-'));
  const cache = path.join(root, 'cache');
  const site = path.join(root, 'dist');
  mkdirSync(cache);
  mkdirSync(path.join(site, 'og', 'work'), { recursive: true });
  const record = new PublishedImages(cache, site);
  for (const name of ['a', 'b']) {
    const file = `og/work/${name}.png`;
    writeFileSync(path.join(site, file), `png ${name}`);
    record.record(file, `key-${name}`, sha256(`png ${name}`), path.join(site, file));
  }
  record.save();
  return { root, cache, site };
}

describe('the images the last build published', () => {
  it('offers a file of the last site that still holds the same cache entry, with its digest', () => {
    const { cache, site } = lastBuild();
    const unchanged = new PublishedImages(cache, site).unchanged('og/work/a.png', 'key-a');
    expect(unchanged).toEqual({ source: path.join(site, 'og/work/a.png'), digest: sha256('png a') });
    expect(readFileSync(unchanged!.source, 'utf8')).toBe('png a');
  });

  it('offers nothing for an image whose entry changed, or that the last build did not publish', () => {
    const { cache, site } = lastBuild();
    const record = new PublishedImages(cache, site);
    expect(record.unchanged('og/work/a.png', 'key-a-retitled')).toBeUndefined();
    expect(record.unchanged('og/work/c.png', 'key-c')).toBeUndefined();
    expect(record.unchanged('__proto__', 'key-a')).toBeUndefined();
  });

  it('offers nothing for a file changed in the last site since: written over, replaced, touched or removed', () => {
    const { cache, site } = lastBuild();
    writeFileSync(path.join(site, 'og/work/a.png'), 'edited by hand, and longer');
    writeFileSync(path.join(site, 'og/work/other.png'), 'png B');
    renameSync(path.join(site, 'og/work/other.png'), path.join(site, 'og/work/b.png'));
    const record = new PublishedImages(cache, site);
    expect(record.unchanged('og/work/a.png', 'key-a')).toBeUndefined();
    expect(record.unchanged('og/work/b.png', 'key-b')).toBeUndefined();

    const again = lastBuild();
    utimesSync(path.join(again.site, 'og/work/a.png'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    writeFileSync(path.join(again.site, 'og/work/b.png'), '');
    expect(new PublishedImages(again.cache, again.site).unchanged('og/work/a.png', 'key-a')).toBeUndefined();
    expect(new PublishedImages(again.cache, again.site).unchanged('og/work/b.png', 'key-b')).toBeUndefined();
  });

  it('offers nothing for a site in another folder, or from a record that was damaged', () => {
    const { root, cache, site } = lastBuild();
    expect(new PublishedImages(cache, path.join(root, 'elsewhere')).unchanged('og/work/a.png', 'key-a')).toBeUndefined();
    const record = path.join(cache, 'published-site.json');
    writeFileSync(record, readFileSync(record, 'utf8').replace('key-a', 'key-x'));
    expect(new PublishedImages(cache, site).unchanged('og/work/a.png', 'key-a')).toBeUndefined();
    expect(new PublishedImages(cache, site).unchanged('og/work/a.png', 'key-x')).toBeUndefined();
  });

  it('keeps only what this build recorded for the next one', () => {
    const { cache, site } = lastBuild();
    const record = new PublishedImages(cache, site);
    record.record('og/work/b.png', 'key-b', sha256('png b'), path.join(site, 'og/work/b.png'));
    record.save();
    const next = new PublishedImages(cache, site);
    expect(next.unchanged('og/work/a.png', 'key-a')).toBeUndefined();
    expect(next.unchanged('og/work/b.png', 'key-b')?.digest).toBe(sha256('png b'));
  });
});
