import { mkdtempSync, readdirSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../../../src/lib/content/load-content.ts';
import { buildModel } from '../../../../../src/lib/model/model.ts';
import { selectResume } from '../../../../../src/lib/model/resume/selection.ts';
import { visibleContent } from '../../../../../src/lib/model/visibility.ts';
import { cachedResumeDocx, docxKey } from '../../../../../src/lib/render/resume/docx-cache.ts';
import { resumeDocx } from '../../../../../src/lib/render/resume/docx-export.ts';
import { PROJECT_ROOT } from '../../../../support/astro-build.ts';

const { content } = loadContent(path.join(PROJECT_ROOT, 'content'));
const model = buildModel(visibleContent(content, 'resume'));
const [first, second] = model.resumes.map((entry) => selectResume(model, entry.id));
const cacheFolder = () => mkdtempSync(path.join(os.tmpdir(), 'cairn-docx-cache-'));

describe('Word copies kept between builds', () => {
  it('writes the same bytes from the cache as packing the resume afresh', async () => {
    const folder = cacheFolder();
    const fresh = await resumeDocx(first!);
    expect(Buffer.from(await cachedResumeDocx(folder, first!)).equals(Buffer.from(fresh))).toBe(true);
    expect(readdirSync(folder)).toEqual([`${docxKey(first!)}.docx`]);
    expect(Buffer.from(await cachedResumeDocx(folder, first!)).equals(Buffer.from(fresh))).toBe(true);
  });

  it('uses the stored entry when it passes its seal', async () => {
    const folder = cacheFolder();
    await cachedResumeDocx(folder, first!);
    // An entry sealed for this key with other bytes would be served: proof the second call reads the cache.
    const { seal } = await import('../../../../../src/lib/build/sealed-file.ts');
    writeFileSync(path.join(folder, `${docxKey(first!)}.docx`), seal(Buffer.from('stored'), `${docxKey(first!)}.docx`));
    expect(Buffer.from(await cachedResumeDocx(folder, first!)).toString()).toBe('stored');
  });

  it('keys each resume by what it shows: another variant, or one bullet fewer, is another entry', () => {
    expect(docxKey(first!)).not.toBe(docxKey(second!));
    const fewer = selectResume(model, first!.id, { drop: first!.dropOrder.slice(0, 1) });
    expect(docxKey(fewer)).not.toBe(docxKey(first!));
    expect(docxKey(selectResume(model, first!.id))).toBe(docxKey(first!));
  });

  it('packs a cut-short entry again rather than writing it out', async () => {
    const folder = cacheFolder();
    const fresh = await cachedResumeDocx(folder, first!);
    const file = path.join(folder, `${docxKey(first!)}.docx`);
    truncateSync(file, 100);
    expect(Buffer.from(await cachedResumeDocx(folder, first!)).equals(Buffer.from(fresh))).toBe(true);
    expect(readFileSync(file).length).toBeGreaterThan(fresh.length);
  });
});
