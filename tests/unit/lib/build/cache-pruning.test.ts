import { existsSync, mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describePruning, markUsed, pruneUnused } from '../../../../src/lib/build/cache-pruning.ts';

const DAY = 24 * 60 * 60 * 1000;
/** A cache entry's name: 64 hex digits, as the caches' SHA-256 keys are. */
const KEY = (seed: string) => seed.repeat(64);
const now = new Date('2026-11-24T12:00:00Z');

/** A cache folder with entries last used `daysAgo` days before `now`. */
function cacheWith(entries: Record<string, number>): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'cairn-prune-'));
  for (const [name, daysAgo] of Object.entries(entries)) {
    const file = path.join(folder, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, 'x'.repeat(1000));
    const used = new Date(now.getTime() - daysAgo * DAY);
    utimesSync(file, used, used);
  }
  return folder;
}

describe('pruning a cache', () => {
  it('removes the entries no build has used for 30 days and keeps the rest', () => {
    const folder = cacheWith({ [`ab/${KEY('a')}.png`]: 45, [`ab/${KEY('b')}.png`]: 3, [`cd/${KEY('c')}.pdf`]: 29, [`${KEY('d')}.json`]: 31 });
    expect(pruneUnused(folder, { now })).toEqual({ ran: true, removed: 2, bytes: 2000 });
    expect([`ab/${KEY('a')}.png`, `ab/${KEY('b')}.png`, `cd/${KEY('c')}.pdf`, `${KEY('d')}.json`].map((name) => existsSync(path.join(folder, name)))).toEqual([false, true, true, false]);
  });

  it('prunes the resume caches\' previews and Word copies like their PDFs', () => {
    const folder = cacheWith({ [`${KEY('a')}.webp`]: 45, [`${KEY('b')}.docx`]: 45, [`${KEY('c')}.docx`]: 3 });
    expect(pruneUnused(folder, { now })).toEqual({ ran: true, removed: 2, bytes: 2000 });
    expect([`${KEY('a')}.webp`, `${KEY('b')}.docx`, `${KEY('c')}.docx`].map((name) => existsSync(path.join(folder, name)))).toEqual([false, false, true]);
  });

  it('removes only the files it names itself, whatever folder it is given', () => {
    const folder = cacheWith({ 'holiday.png': 400, 'notes/plan.pdf': 90, [`.${KEY('e')}.png.123.456.tmp`]: 45, [`${KEY('f')}.png`]: 45 });
    expect(pruneUnused(folder, { now }).removed).toBe(2);
    expect(existsSync(path.join(folder, 'holiday.png'))).toBe(true);
    expect(existsSync(path.join(folder, 'notes/plan.pdf'))).toBe(true);
  });

  it('keeps an old entry that this build used', () => {
    const folder = cacheWith({ [`ab/${KEY('a')}.png`]: 45 });
    markUsed(path.join(folder, `ab/${KEY('a')}.png`), now);
    expect(pruneUnused(folder, { now }).removed).toBe(0);
    expect(existsSync(path.join(folder, `ab/${KEY('a')}.png`))).toBe(true);
  });

  it('looks through the folder at most once a day', () => {
    const folder = cacheWith({ [`${KEY('a')}.png`]: 45 });
    expect(pruneUnused(folder, { now }).ran).toBe(true);
    writeFileSync(path.join(folder, `${KEY('b')}.png`), 'x');
    utimesSync(path.join(folder, `${KEY('b')}.png`), new Date(now.getTime() - 60 * DAY), new Date(now.getTime() - 60 * DAY));
    expect(pruneUnused(folder, { now: new Date(now.getTime() + DAY / 2) })).toEqual({ ran: false, removed: 0, bytes: 0 });
    expect(pruneUnused(folder, { now: new Date(now.getTime() + DAY + 1) }).removed).toBe(1);
  });

  it('is a no-op for a folder that does not exist yet, and says nothing when nothing went', () => {
    expect(pruneUnused(path.join(os.tmpdir(), 'cairn-no-such-cache', String(Date.now())), { now }).removed).toBe(0);
    expect(describePruning({ ran: true, removed: 0, bytes: 0 }, 'images')).toBeUndefined();
    expect(describePruning({ ran: true, removed: 3, bytes: 3 * 1024 * 1024 }, 'images')).toBe('removed 3 cached images unused for 30 days (3.0 MB)');
  });

  it('ignores a used entry that is gone already', () => {
    expect(() => markUsed(path.join(os.tmpdir(), 'cairn-gone', 'x.png'))).not.toThrow();
  });

  it('keeps a cache under its size limit by removing the least recently used entries', () => {
    const folder = cacheWith({ [`${KEY('a')}.png`]: 9, [`${KEY('b')}.png`]: 1, [`${KEY('c')}.png`]: 5, [`${KEY('d')}.png`]: 2 });
    // Four entries of 1,000 bytes, room for two: the two used longest ago go.
    expect(pruneUnused(folder, { now, maxBytes: 2500 })).toEqual({ ran: true, removed: 2, bytes: 2000 });
    expect(['a', 'b', 'c', 'd'].map((seed) => existsSync(path.join(folder, `${KEY(seed)}.png`)))).toEqual([false, true, false, true]);
  });

  it('prunes another kind of cache by its own names and its own sense of last use', () => {
    const folder = cacheWith({ 'v1/0badcafe': 10, 'v1/1badcafe': 1, 'v1/notes.txt': 10 });
    const entries = { isEntry: (name: string) => /^[0-9a-f]{8}$/.test(name), lastUsed: (stat: { atimeMs: number; mtimeMs: number }) => Math.max(stat.atimeMs, stat.mtimeMs) };
    // Written ten days ago, read yesterday: still in use.
    const read = new Date(now.getTime() - DAY);
    utimesSync(path.join(folder, 'v1/0badcafe'), read, new Date(now.getTime() - 10 * DAY));
    expect(pruneUnused(folder, { now, entries, unusedForMs: 7 * DAY }).removed).toBe(0);
    utimesSync(path.join(folder, 'v1/0badcafe'), new Date(now.getTime() - 8 * DAY), new Date(now.getTime() - 10 * DAY));
    expect(pruneUnused(folder, { now, entries, unusedForMs: 7 * DAY, force: true }).removed).toBe(1);
    expect(['v1/0badcafe', 'v1/1badcafe', 'v1/notes.txt'].map((name) => existsSync(path.join(folder, name)))).toEqual([false, true, true]);
  });
});
