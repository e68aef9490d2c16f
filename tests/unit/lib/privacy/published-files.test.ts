import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../src/lib/content/load-content.ts';
import { collectSecrets, findLeaks } from '../../../../src/lib/privacy/secrets.ts';
import { readPublishedFiles } from '../../../../src/lib/privacy/published-files.ts';
import { resumeDocx } from '../../../../src/lib/render/resume/docx-export.ts';
import { selectResume } from '../../../../src/lib/model/resume/selection.ts';
import { contentFolder, modelFor, resumeFile } from '../render/resume/fixtures.ts';

describe('readPublishedFiles', () => {
  const folder = contentFolder(resumeFile('all', ''));

  it('reads the words of a Word document, so the privacy guard catches a phone number planted in one', async () => {
    const site = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-published-')), 'dist');
    mkdirSync(path.join(site, 'resume'), { recursive: true });
    // The direct-send rendering carries the resume-level phone: published on the site, it is a leak.
    writeFileSync(path.join(site, 'resume', 'all.docx'), await resumeDocx(selectResume(modelFor(folder, 'resume'), 'all')));
    const files = readPublishedFiles(site);
    expect(files.map((file) => file.path)).toEqual([path.join('dist', 'resume', 'all.docx')]);
    expect(files[0]!.text).toContain('Ada Example');
    const leaks = findLeaks(files, collectSecrets(loadContent(folder).content));
    expect(leaks).toEqual([expect.objectContaining({ file: path.join('dist', 'resume', 'all.docx'), secret: expect.objectContaining({ field: 'contact.phone' }) })]);
  });

  it('finds nothing in the public rendering of the same resume', async () => {
    const site = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-published-')), 'dist');
    mkdirSync(site, { recursive: true });
    writeFileSync(path.join(site, 'all.docx'), await resumeDocx(selectResume(modelFor(folder), 'all')));
    expect(findLeaks(readPublishedFiles(site), collectSecrets(loadContent(folder).content))).toEqual([]);
  });

  it('reads a value hidden by the file’s encoding or container: UTF-16, gzip, a JPEG comment, no extension', () => {
    const site = path.join(mkdtempSync(path.join(os.tmpdir(), 'cairn-published-')), 'dist');
    mkdirSync(site, { recursive: true });
    const phone = 'Call +44 7700 900123 today';
    writeFileSync(path.join(site, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(phone, 'utf16le')]));
    writeFileSync(path.join(site, 'feed.xml.gz'), gzipSync(`<rss><item>${phone}</item></rss>`));
    // A JPEG whose comment segment (FF FE) carries the text, between its start and end markers.
    const comment = Buffer.from(phone);
    writeFileSync(path.join(site, 'photo.jpg'), Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xfe, 0, comment.length + 2]), comment, Buffer.from([0xff, 0xd9])]));
    writeFileSync(path.join(site, 'CNAME'), phone);
    writeFileSync(path.join(site, 'font.woff2'), phone);
    const leaks = findLeaks(readPublishedFiles(site), collectSecrets(loadContent(folder).content));
    expect(leaks.map((leak) => [path.basename(leak.file), leak.secret.field])).toEqual([
      ['CNAME', 'contact.phone'],
      ['feed.xml.gz', 'contact.phone'],
      ['photo.jpg', 'contact.phone'],
      ['utf16.txt', 'contact.phone'],
    ]);
  });
});
