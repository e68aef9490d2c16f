import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { readPngText } from '../../../../src/lib/render/cards/png-text.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');
const SAMPLE = path.join(ROOT, 'content');

/**
 * The image stage over every page a content folder's model knows, run in a worker of its own: a
 * fresh process state (no font, ground or palette kept from an earlier build) and an empty cache.
 */
const COLD_BUILD = `
const { workerData, parentPort } = require('node:worker_threads');
const load = (file) => import(new URL(file, workerData.root).href);
(async () => {
  const { loadContent } = await load('src/lib/content/load-content.ts');
  const { buildModel } = await load('src/lib/model/model.ts');
  const { visibleContent } = await load('src/lib/model/visibility.ts');
  const { ImageCache } = await load('src/lib/render/cards/cache.ts');
  const { buildSiteImages, knownPages } = await load('src/lib/stages/images.ts');
  const model = buildModel(visibleContent(loadContent(workerData.content).content, 'public'));
  const siteUrl = 'https://maya.example/';
  await buildSiteImages({ model, siteUrl, pages: knownPages(model, siteUrl), pageExists: () => true, outDir: workerData.site, printDir: workerData.own, cache: new ImageCache(workerData.cache) });
})().then(() => parentPort.postMessage('built'));
`;

/** Every file a cold build makes, by its path under the site or under out/, with its bytes. */
async function coldBuild(content: string): Promise<Map<string, Buffer>> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'cairn-cold-images-'));
  const folders = { site: path.join(scratch, 'site'), own: path.join(scratch, 'out'), cache: path.join(scratch, 'cache') };
  await new Promise<void>((resolve, reject) => {
    const worker = new Worker(COLD_BUILD, { eval: true, workerData: { root: pathToFileURL(`${ROOT}/`).href, content, ...folders } });
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the image build stopped with code ${code}`))));
  });
  const files = new Map<string, Buffer>();
  for (const [place, folder] of [['site', folders.site], ['out', folders.own]] as const) {
    for (const file of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (file.isFile()) files.set(`${place}/${path.relative(folder, path.join(file.parentPath, file.name))}`, readFileSync(path.join(file.parentPath, file.name)));
    }
  }
  return files;
}

/** Every word an image shows, as written into its PNG. */
const shownText = (png: Buffer) => readPngText(png)['Description'] ?? '';

describe('the images of a build', () => {
  it('are byte for byte the same in two cold builds of the same content, and a changed title changes exactly the images that show it', async () => {
    const first = await coldBuild(SAMPLE);
    const second = await coldBuild(SAMPLE);
    expect(first.size).toBeGreaterThan(40);
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    const differing = [...first].filter(([file, bytes]) => !bytes.equals(second.get(file)!)).map(([file]) => file);
    expect(differing).toEqual([]);

    // One accomplishment's title changed in a copy of the content.
    const edited = mkdtempSync(path.join(os.tmpdir(), 'cairn-edited-content-'));
    cpSync(SAMPLE, edited, { recursive: true });
    const folder = path.join(edited, 'accomplishments');
    const entry = readdirSync(folder).find((name) => /^\d.*(?<!\.de)\.mdx$/.test(name))!;
    const source = readFileSync(path.join(folder, entry), 'utf8');
    // The title in the site's language: `title: "…"`, or `en: "…"` under a `title:` of several languages.
    const titleLine = /^(title:(?:\n {2}en:)? )"(.+)"$/m;
    const oldTitle = titleLine.exec(source)![2]!;
    const newTitle = 'Rebuilt the nightly import around set-based loads';
    writeFileSync(path.join(folder, entry), source.replace(titleLine, `$1"${newTitle}"`));
    const changed = await coldBuild(edited);

    expect([...changed.keys()].sort()).toEqual([...first.keys()].sort());
    const showingTitle = [...first].filter(([file, bytes]) => file.endsWith('.png') && shownText(bytes).includes(oldTitle)).map(([file]) => file);
    expect(showingTitle.length).toBeGreaterThan(0);
    const redrawn = [...first].filter(([file, bytes]) => !bytes.equals(changed.get(file)!)).map(([file]) => file);
    expect(redrawn.sort()).toEqual(showingTitle.sort());
    for (const file of redrawn) expect(shownText(changed.get(file)!)).toContain(newTitle);
  }, 180_000);
});
