import { createHash } from 'node:crypto';
import { appendFileSync, mkdtempSync, statSync, readFileSync, renameSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileDigests } from '../../../../src/lib/build/file-digests.ts';

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

function folder(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'cairn-file-digests-'));
}

describe('digests of the files a build read or wrote', () => {
  it('keeps the digest of a file it read, and gives back its bytes', () => {
    const file = path.join(folder(), 'index.html');
    writeFileSync(file, '<h1>Ọlá Adébáyọ̀</h1>');
    const digests = new FileDigests();
    expect(digests.read(file).toString('utf8')).toBe('<h1>Ọlá Adébáyọ̀</h1>');
    expect(digests.digestOf(file)).toBe(sha256(readFileSync(file)));
  });

  it('writes a new file, keeps its digest, and never writes over a file that is there', () => {
    const file = path.join(folder(), 'card.png');
    const digests = new FileDigests();
    digests.writeNew(file, Buffer.from('first bytes'));
    expect(readFileSync(file, 'utf8')).toBe('first bytes');
    expect(digests.digestOf(file)).toBe(sha256('first bytes'));
    expect(() => digests.writeNew(file, Buffer.from('second'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
    expect(readFileSync(file, 'utf8')).toBe('first bytes');
  });

  it('knows nothing of a file it did not read or write', () => {
    const file = path.join(folder(), 'feed.xml');
    writeFileSync(file, '<rss/>');
    expect(new FileDigests().digestOf(file)).toBeUndefined();
  });

  it('forgets a file that grew, was replaced by another of the same size, was touched or is gone', () => {
    const dir = folder();
    const names = ['grown', 'replaced', 'touched', 'gone'];
    const digests = new FileDigests();
    for (const name of names) {
      writeFileSync(path.join(dir, name), 'twelve bytes');
      digests.read(path.join(dir, name));
    }
    appendFileSync(path.join(dir, 'grown'), ' and more');
    writeFileSync(path.join(dir, 'other'), 'TWELVE BYTES');
    renameSync(path.join(dir, 'other'), path.join(dir, 'replaced'));
    utimesSync(path.join(dir, 'touched'), new Date(2020, 0, 1), new Date(2020, 0, 1));
    rmSync(path.join(dir, 'gone'));
    for (const name of names) expect(digests.digestOf(path.join(dir, name)), name).toBeUndefined();
  });

  it('finds a file by any spelling of its path', () => {
    const dir = folder();
    const digests = new FileDigests();
    digests.writeNew(path.join(dir, 'a.png'), Buffer.from('png'));
    expect(digests.digestOf(path.join(dir, '.', 'sub', '..', 'a.png'))).toBe(sha256('png'));
  });

  it('links a file to one whose digest the caller knows, keeps that digest, and never links over a file', () => {
    const dir = folder();
    const last = path.join(dir, 'last.png');
    writeFileSync(last, 'image bytes');
    const digests = new FileDigests();
    digests.link(last, path.join(dir, 'next.png'), sha256('image bytes'));
    expect(statSync(path.join(dir, 'next.png')).ino).toBe(statSync(last).ino);
    expect(digests.digestOf(path.join(dir, 'next.png'))).toBe(sha256('image bytes'));
    expect(() => digests.link(last, path.join(dir, 'next.png'), sha256('image bytes'))).toThrow(expect.objectContaining({ code: 'EEXIST' }));
  });
});
