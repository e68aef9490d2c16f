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
});
