import { linkSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { unseal } from '../../../../src/lib/build/sealed-file.ts';
import { cacheKey, ImageCache } from '../../../../src/lib/render/cards/cache.ts';
import { ImageProblemsError } from '../../../../src/lib/render/cards/fit.ts';
import { buildOneSiteImage, buildSiteImages, drawKnownImagesAhead } from '../../../../src/lib/stages/images.ts';
import { fixture, pitchWithCard, SITE } from '../render/cards/fixture.ts';

const temporary = (prefix: string) => mkdtempSync(path.join(os.tmpdir(), prefix));
/** A build's two folders: the site, and the person's own copies (out/). */
const folders = () => ({ outDir: temporary('cairn-images-out-'), printDir: temporary('cairn-images-print-') });
type Folders = ReturnType<typeof folders>;
/** Where a file of a build went: the site's copy, or the own copy in out/. */
const placed = (dirs: Folders, file: string, where: 'site' | 'out' = file.startsWith('og/') ? 'site' : 'out') => path.join(where === 'site' ? dirs.outDir : dirs.printDir, file);

describe('the image cache key', () => {
  it('is the same for the same inputs, and changes with any input', () => {
    expect(cacheKey('pipeline', { a: 1, b: { c: [2, 3] } })).toBe(cacheKey('pipeline', { a: 1, b: { c: [2, 3] } }));
    expect(cacheKey('pipeline', { a: 1, b: { c: [2, 3] } })).not.toBe(cacheKey('pipeline', { a: 1, b: { c: [3, 2] } }));
    expect(cacheKey('pipeline', { a: 1 })).not.toBe(cacheKey('pipeline', { a: 2 }));
    expect(cacheKey('pipeline', { a: 1 })).not.toBe(cacheKey('other fonts', { a: 1 }));
  });
});

describe('buildSiteImages', () => {
  const { model } = fixture(pitchWithCard('  qr: /work/'), 'cards: { size: eu, bleed: true }');
  const pages = [
    { page: '', image: 'og/index.png', title: 'Ada Example', description: '' },
    { page: 'work/', image: 'og/work.png', title: 'Work', description: '3 accomplishments.' },
  ];

  it('publishes the default card’s two sides and each page’s image, and puts every card file, bleed variant and print PDF in out/', async () => {
    const dirs = folders();
    const { cards, records } = await buildSiteImages({ model, siteUrl: SITE, pages, pageExists: () => true, ...dirs, cache: new ImageCache(temporary('cairn-images-cache-')) });
    expect(cards.map((card) => card.id)).toEqual(['default', 'recruiters']);
    expect(records.filter((record) => record.places.includes('site')).map((record) => record.file).sort()).toEqual(['cards/default-back.png', 'cards/default-front.png', 'og/index.png', 'og/work.png']);
    expect(readdirSync(path.join(dirs.outDir, 'cards')).sort()).toEqual(['default-back.png', 'default-front.png']);
    expect(readdirSync(path.join(dirs.printDir, 'cards')).sort()).toEqual([
      'default-back-bleed.png', 'default-back.png', 'default-front-bleed.png', 'default-front.png', 'default.pdf',
      'recruiters-back-bleed.png', 'recruiters-back.png', 'recruiters-front-bleed.png', 'recruiters-front.png', 'recruiters.pdf',
    ]);
    expect(await sharp(path.join(dirs.outDir, 'og/work.png')).metadata()).toMatchObject({ width: 1200, height: 630, density: 72 });
    expect(await sharp(path.join(dirs.printDir, 'cards/recruiters-back-bleed.png')).metadata()).toMatchObject({ width: 1079, height: 725, density: 300 });
  });

  it('removes from out/cards/ the files of a card that no longer exists', async () => {
    const dirs = folders();
    const options = { siteUrl: SITE, pages, pageExists: () => true, ...dirs, cache: new ImageCache(temporary('cairn-images-cache-')) };
    await buildSiteImages({ ...options, model });
    await buildSiteImages({ ...options, model: fixture({}, 'cards: { size: eu, bleed: true }').model });
    expect(readdirSync(path.join(dirs.printDir, 'cards')).filter((name) => name.startsWith('recruiters'))).toEqual([]);
  });

  it('makes nothing the second time the same inputs are built: every file comes from the cache', async () => {
    const cache = new ImageCache(temporary('cairn-images-cache-'));
    const options = { model, siteUrl: SITE, pages, pageExists: () => true, cache };
    const first = await buildSiteImages({ ...options, ...folders() });
    expect(first.records.filter((record) => record.cached)).toEqual([]);
    const second = await buildSiteImages({ ...options, ...folders() });
    expect(second.records.filter((record) => !record.cached)).toEqual([]);
    expect(second.records).toHaveLength(first.records.length);
    const changed = fixture(pitchWithCard('  qr: /work/\n  tagline: A new line for the back.'), 'cards: { size: eu, bleed: true }').model;
    const third = await buildSiteImages({ ...options, model: changed, ...folders() });
    expect(third.records.filter((record) => !record.cached).map((record) => record.file).sort()).toEqual(['cards/recruiters-back-bleed.png', 'cards/recruiters-back.png', 'cards/recruiters.pdf']);
  });

  it('keeps what a rebuild uses and removes, at most once a day, what no build has used for 30 days', async () => {
    const cache = new ImageCache(temporary('cairn-images-cache-'));
    const options = { model, siteUrl: SITE, pages, pageExists: () => true, cache };
    await buildSiteImages({ ...options, ...folders() });
    const changed = fixture(pitchWithCard('  qr: /work/\n  tagline: A new line for the back.'), 'cards: { size: eu, bleed: true }').model;
    await buildSiteImages({ ...options, model: changed, ...folders() });
    // Forty days pass; then the changed content is built again.
    const longAgo = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
    for (const file of readdirSync(cache.folder, { recursive: true, encoding: 'utf8' })) utimesSync(path.join(cache.folder, file), longAgo, longAgo);
    const { records, pruned } = await buildSiteImages({ ...options, model: changed, ...folders() });
    expect(records.filter((record) => !record.cached)).toEqual([]);
    // The old tagline's back, back with bleed and print PDF are what nothing uses any more.
    expect(pruned).toMatchObject({ ran: true, removed: 3 });
    const again = await buildSiteImages({ ...options, model: changed, ...folders() });
    expect(again.records.filter((record) => !record.cached)).toEqual([]);
  });

  it('gives the site files that stay whole when the cache is deleted', async () => {
    const cacheFolder = temporary('cairn-images-cache-');
    const { outDir, printDir } = folders();
    await buildSiteImages({ model, siteUrl: SITE, pages, pageExists: () => true, outDir, printDir, cache: new ImageCache(cacheFolder) });
    const before = readFileSync(path.join(outDir, 'og/work.png'));
    rmSync(cacheFolder, { recursive: true, force: true });
    expect(readFileSync(path.join(outDir, 'og/work.png')).equals(before)).toBe(true);
    expect(await sharp(path.join(outDir, 'og/work.png')).metadata()).toMatchObject({ width: 1200, height: 630 });
  });

  /** The cache entry whose bytes are those of a build's `file`. */
  const entryOf = (cacheFolder: string, dirs: Folders, file: string) => {
    const wanted = readFileSync(placed(dirs, file));
    const entries = readdirSync(cacheFolder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(cacheFolder, name)).filter((name) => /\.(png|pdf)$/.test(name));
    return entries.find((entry) => {
      const unsealed = unseal(readFileSync(entry), path.basename(entry));
      return unsealed.ok && unsealed.bytes.equals(wanted);
    })!;
  };

  it.each([
    ['is cut short', (entry: string) => truncateSync(entry, Math.floor(statSync(entry).size / 2))],
    ['has a byte flipped', (entry: string) => {
      const bytes = readFileSync(entry);
      bytes[Math.floor(bytes.length / 3)]! ^= 0x10;
      writeFileSync(entry, bytes);
    }],
  ])('draws an image again when its cache entry %s, publishes the right bytes, and says so', async (_case, damage) => {
    const cacheFolder = temporary('cairn-images-cache-');
    const options = { model, siteUrl: SITE, pages, pageExists: () => true, cache: new ImageCache(cacheFolder) };
    const good = folders();
    await buildSiteImages({ ...options, ...good });
    const damaged = ['og/work.png', 'cards/recruiters-front.png', 'cards/default.pdf'];
    const entries = damaged.map((file) => entryOf(cacheFolder, good, file));
    for (const entry of entries) damage(entry);

    const dirs = folders();
    const { records, discarded } = await buildSiteImages({ ...options, ...dirs });
    expect(discarded.map((line) => line.split(' (')[0]).sort()).toEqual([...damaged].sort());
    expect(records.filter((record) => !record.cached).map((record) => record.file).sort()).toEqual([...damaged].sort());
    for (const file of damaged) expect(readFileSync(placed(dirs, file)).equals(readFileSync(placed(good, file))), file).toBe(true);
    // Each entry was made again, whole: the next build takes all from the cache.
    for (const [index, entry] of entries.entries()) expect(unseal(readFileSync(entry), path.basename(entry)), damaged[index]).toMatchObject({ ok: true });
    const again = await buildSiteImages({ ...options, ...folders() });
    expect(again.discarded).toEqual([]);
    expect(again.records.filter((record) => !record.cached)).toEqual([]);
  });

  it('gives the site its own copies: writing into the cache after a build changes nothing built', async () => {
    const cacheFolder = temporary('cairn-images-cache-');
    const dirs = folders();
    const options = { model, siteUrl: SITE, pages, pageExists: () => true, cache: new ImageCache(cacheFolder) };
    await buildSiteImages({ ...options, ...folders() });
    // The second build takes every file from the cache, the case where a link would have been made.
    const { records } = await buildSiteImages({ ...options, ...dirs });
    const built = new Map(records.flatMap((record) => record.places.map((place) => [placed(dirs, record.file, place), readFileSync(placed(dirs, record.file, place))] as const)));
    const entries = readdirSync(cacheFolder, { recursive: true, encoding: 'utf8' }).map((name) => path.join(cacheFolder, name)).filter((name) => /\.(png|pdf)$/.test(name));
    const cacheInodes = new Set(entries.map((entry) => statSync(entry).ino));
    // Written into, not replaced: the same inode now holds other bytes.
    for (const entry of entries) writeFileSync(entry, 'overwritten');
    for (const [file, bytes] of built) {
      expect(readFileSync(file).equals(bytes), file).toBe(true);
      expect(cacheInodes.has(statSync(file).ino), file).toBe(false);
    }
  });

  it('replaces a published file that links to a cache entry (a site built before copies were made), leaving the entry whole', async () => {
    const cacheFolder = temporary('cairn-images-cache-');
    const dirs = folders();
    const options = { model, siteUrl: SITE, pages, pageExists: () => true, cache: new ImageCache(cacheFolder), ...dirs };
    await buildSiteImages(options);
    const published = placed(dirs, 'og/work.png');
    const entry = entryOf(cacheFolder, dirs, 'og/work.png');
    rmSync(published);
    linkSync(entry, published);

    await buildSiteImages(options);

    expect(statSync(published).ino).not.toBe(statSync(entry).ino);
    expect(unseal(readFileSync(entry), path.basename(entry))).toMatchObject({ ok: true, bytes: readFileSync(published) });
  });

  it('draws with a process ahead of the pages and a second one beside it the same files as on this thread, and counts them as made', async () => {
    const { model: translated } = fixture({}, 'languages: [en, de]');
    const here = folders();
    const inProcess = await buildSiteImages({ model, translations: [translated], siteUrl: SITE, pages, pageExists: () => true, ...here, cache: new ImageCache(temporary('cairn-images-cache-')) });
    const cache = new ImageCache(temporary('cairn-images-cache-'));
    const drawnAhead = drawKnownImagesAhead({ model, translations: [translated], siteUrl: SITE, cache });
    const elsewhere = folders();
    // The built site has a page the models do not know, and the process ahead may not be done: the rest is drawn beside it.
    const withAnother = [...pages, { page: 'notes/', image: 'og/notes.png', title: 'Notes', description: 'Loose notes.' }];
    const { records } = await buildSiteImages({ model, translations: [translated], siteUrl: SITE, pages: withAnother, pageExists: () => true, ...elsewhere, cache, drawnAhead });

    expect(records.filter((record) => record.cached)).toEqual([]);
    expect(records.map((record) => record.file).sort()).toEqual([...inProcess.records.map((record) => record.file), 'og/notes.png'].sort());
    for (const record of inProcess.records) {
      for (const place of record.places) expect(readFileSync(placed(elsewhere, record.file, place)).equals(readFileSync(placed(here, record.file, place))), record.file).toBe(true);
    }
    // A rebuild finds every page image in the cache, and starts no process to draw ahead.
    expect(drawKnownImagesAhead({ model, translations: [translated], siteUrl: SITE, cache })).toBeUndefined();
  });

  it('draws every card file ahead of the pages, print PDFs too, byte for byte as this thread draws them', async () => {
    const here = folders();
    const inProcess = await buildSiteImages({ model, siteUrl: SITE, pages, pageExists: () => true, ...here, cache: new ImageCache(temporary('cairn-images-cache-')) });
    const cache = new ImageCache(temporary('cairn-images-cache-'));
    await drawKnownImagesAhead({ model, siteUrl: SITE, cache })!.drawings();

    const cards = inProcess.records.map((record) => record.file).filter((file) => file.startsWith('cards/'));
    expect(cards.filter((file) => file.endsWith('.pdf'))).toEqual(['cards/default.pdf', 'cards/recruiters.pdf']);
    // Before the images stage runs, the cache holds each card file's bytes: nothing is left to draw once the pages are built.
    for (const file of cards) expect(entryOf(cache.folder, here, file), file).toBeDefined();
  });

  it('has the process drawing ahead draw the rest too when a browser prints beside it, the same files as on this thread', async () => {
    const here = folders();
    const inProcess = await buildSiteImages({ model, siteUrl: SITE, pages, pageExists: () => true, ...here, cache: new ImageCache(temporary('cairn-images-cache-')) });
    const cache = new ImageCache(temporary('cairn-images-cache-'));
    const drawnAhead = drawKnownImagesAhead({ model, siteUrl: SITE, cache })!;
    const elsewhere = folders();
    // A page the models do not know is not on its list: it is given it.
    const withAnother = [...pages, { page: 'notes/', image: 'og/notes.png', title: 'Notes', description: 'Loose notes.' }];
    const { records } = await buildSiteImages({ model, siteUrl: SITE, pages: withAnother, pageExists: () => true, ...elsewhere, cache, drawnAhead, aheadDrawsTheRest: true });

    expect(records.filter((record) => record.cached)).toEqual([]);
    expect(records.map((record) => record.file).sort()).toEqual([...inProcess.records.map((record) => record.file), 'og/notes.png'].sort());
    for (const record of inProcess.records) {
      for (const place of record.places) expect(readFileSync(placed(elsewhere, record.file, place)).equals(readFileSync(placed(here, record.file, place))), record.file).toBe(true);
    }
  });

  it.each([
    ['on this thread', false],
    ['by the process drawing ahead', true],
  ])('reports every problem of every card at once, drawn %s, and writes nothing', async (_where, ahead) => {
    const { model: broken } = fixture(pitchWithCard('  contact: [email, fax]\n  qr: /resume/nope/\n  tagline: ' + 'Wide WMWMWM words '.repeat(12).trim()));
    const { outDir, printDir } = folders();
    const cache = new ImageCache(temporary('cairn-images-cache-'));
    const drawnAhead = ahead ? drawKnownImagesAhead({ model: broken, siteUrl: SITE, cache }) : undefined;
    const error = (await buildSiteImages({ model: broken, siteUrl: SITE, pages, pageExists: (page) => page !== 'resume/nope/', outDir, printDir, cache, drawnAhead }).catch((caught: unknown) => caught)) as ImageProblemsError;
    expect(error).toBeInstanceOf(ImageProblemsError);
    expect(error.problems.map((problem) => problem.origin)).toEqual([
      { kind: 'content', collection: 'pitches', id: 'recruiters', field: ['card', 'contact', 1] },
      { kind: 'content', collection: 'pitches', id: 'recruiters', field: ['card', 'qr'] },
      { kind: 'content', collection: 'pitches', id: 'recruiters', field: ['card', 'tagline'] },
    ]);
    expect(readdirSync(outDir)).toEqual([]);
    expect(readdirSync(printDir)).toEqual([]);
  });

  it('makes one file on request, for the dev server', async () => {
    const bytes = await buildOneSiteImage({ model, siteUrl: SITE, pages, cache: new ImageCache(temporary('cairn-images-cache-')) }, 'cards/recruiters.pdf');
    expect(Buffer.from(bytes!).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(await buildOneSiteImage({ model, siteUrl: SITE, pages, cache: new ImageCache(temporary('cairn-images-cache-')) }, 'cards/nobody-front.png')).toBeUndefined();
  });
});
