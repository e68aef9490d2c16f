import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_LIMITS, looksLikeZip, readArchive } from '../../../../../src/lib/content/linkedin/archive.ts';

const text = (value: string) => new TextEncoder().encode(value);
const WANTED = new Set(['profile.csv', 'positions.csv']);

/** Sets the uncompressed size an entry's headers declare (local and central), as a crafted ZIP would. */
function declareSize(zip: Uint8Array, size: number): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  for (let at = 0; at < bytes.length - 4; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, size, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, size, true);
  }
  return bytes;
}

describe('looksLikeZip', () => {
  it('knows a ZIP by its first bytes, not its name', () => {
    expect(looksLikeZip(zipSync({ 'a.csv': text('x') }))).toBe(true);
    expect(looksLikeZip(zipSync({}))).toBe(true);
    expect(looksLikeZip(text('{"basics":{}}'))).toBe(false);
    expect(looksLikeZip(text('PK'))).toBe(false);
  });
});

describe('readArchive', () => {
  it('reads the files asked for by name, in a folder or not, and lists the others', () => {
    const read = readArchive(zipSync({ 'Basic_LinkedInDataExport_01-30-2026/Profile.csv': text('First Name\nAna\n'), 'Basic_LinkedInDataExport_01-30-2026/Connections.csv': text('x') }), WANTED);
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect([...read.archive.files.keys()]).toEqual(['profile.csv']);
    expect(new TextDecoder().decode(read.archive.files.get('profile.csv'))).toBe('First Name\nAna\n');
    expect(read.archive.names).toEqual(['Profile.csv', 'Connections.csv']);
  });

  it('prefers the copy nearest the top when a name appears twice', () => {
    const read = readArchive(zipSync({ 'export/old/Profile.csv': text('deep'), 'export/Profile.csv': text('near') }), WANTED);
    expect(read.ok && new TextDecoder().decode(read.archive.files.get('profile.csv'))).toBe('near');
  });

  it('only compares entry names, so a name climbing out of the folder writes nothing and reads as its file name', () => {
    const read = readArchive(zipSync({ '../../../tmp/Profile.csv': text('First Name\nAna\n') }), WANTED);
    expect(read.ok && [...read.archive.files.keys()]).toEqual(['profile.csv']);
  });

  it('refuses a damaged or cut-short archive in one line', () => {
    const zip = zipSync({ 'Profile.csv': text('First Name\nAna\n'.repeat(100)) });
    for (const broken of [zip.slice(0, zip.length / 2), text('PK\x03\x04 not really a zip')]) {
      const read = readArchive(broken, WANTED);
      expect(read).toEqual({ ok: false, problem: expect.stringMatching(/^it is not a ZIP archive that can be read \(.+\): it may be cut short or damaged, so download it again$/) });
    }
  });

  it('refuses a ZIP bomb by the sizes it declares, before inflating anything', () => {
    const names = ['Profile.csv', 'Positions.csv', 'Education.csv', 'Skills.csv', 'Projects.csv', 'Honors.csv'];
    const bomb = declareSize(zipSync(Object.fromEntries(names.map((name) => [name, text('x')]))), ARCHIVE_LIMITS.entryBytes - 1024);
    expect(readArchive(bomb, new Set(names.map((name) => name.toLowerCase())))).toEqual({ ok: false, problem: 'its files would inflate to more than 50 MB; a LinkedIn export is a few megabytes, so this is not one' });
    expect(readArchive(declareSize(zipSync({ 'Profile.csv': text('First Name\nAna\n') }), 4_000_000_000), WANTED)).toEqual({ ok: false, problem: 'Profile.csv would inflate to 3815 MB; LinkedIn writes it in kilobytes (at most 10 MB is read)' });
  });

  it('inflates an entry no further than its declared size, whatever its data holds', () => {
    const read = readArchive(declareSize(zipSync({ 'Profile.csv': new Uint8Array(5_000_000) }), 1000), WANTED);
    if (read.ok) expect(read.archive.files.get('profile.csv')!.length).toBeLessThanOrEqual(1000);
    else expect(read.problem).toMatch(/^it is not a ZIP archive/);
  });

  it('refuses an archive of more entries than an export holds', () => {
    const many = Object.fromEntries(Array.from({ length: ARCHIVE_LIMITS.entries + 1 }, (_, index) => [`f${index}.txt`, new Uint8Array(0)]));
    expect(readArchive(zipSync(many), WANTED)).toEqual({ ok: false, problem: 'it holds more than 5,000 files; a LinkedIn export holds about a hundred' });
  });
});
