import { createHash } from 'node:crypto';
import path from 'node:path';
import type { BuildContext } from '../model/build-context.ts';
import { publishedContent } from './published-content.ts';
import { CONTENT_TYPES } from '../../schemas/index.ts';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * the same as in the last build is not rendered again. A key must change whenever anything the page
 * shows may have changed, so it is made from every input the page reads at render time (the content
 * files' bytes, the options that reach the pages, the build's date); code is Astro's part of the check.
 * tests/build/incremental-build.test.ts compares an incremental build with a cold one after edits.
 */

/** A page, as the keys need it: its route's source file and its parameters. */
export interface KeyedPage {
  /** The route's file, relative to the project, e.g. `src/pages/[lang]/work/[id].astro`. */
  component: string;
  params: Readonly<Record<string, string | undefined>>;
}

/** The case-study routes: one accomplishment's page, showing it and the titles of its two neighbours. */
const CASE_STUDY_ROUTES: Readonly<Record<string, true>> = { 'src/pages/work/[id].astro': true, 'src/pages/[lang]/work/[id].astro': true };

const sha256 = (...parts: readonly (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** The part of the build that reaches every page besides the content: options and date. */
function buildInputs(context: BuildContext, printsPdfs: boolean): string {
  const { options } = context;
  return JSON.stringify({ site: options.site, base: options.base, contentDir: options.contentDir, date: context.date, printsPdfs });
}

/**
 * The key of each page. A case study's key covers its own files (with translations), which
 * accomplishments are its neighbours (the newer and older links) and their files, and every content
 * file that is not an accomplishment; so adding or editing one accomplishment renders its page, its
 * neighbours' and the pages that list it again, not the other case studies. Every other page's key
 * covers all the content.
 */
export function pageCacheKeys(context: BuildContext, printsPdfs: boolean): (page: KeyedPage) => string {
  // The loader hashed each file as it read it: a content file is read once per build.
  const files = context.load.fileHashes;
  const inputs = buildInputs(context, printsPdfs);
  const folder = `${CONTENT_TYPES.accomplishments.folder}/`;
  const listed = [...files].map(([file, hash]) => `${file}:${hash}`);
  const siteKey = sha256(inputs, ...listed);
  const sharedKey = sha256(inputs, ...listed.filter((line) => !line.startsWith(folder)));
  const accomplishmentFiles = new Map<string, string[]>();
  for (const entry of publishedContent(context.load.content).accomplishments) {
    const own = [entry.absolute, ...Object.values(entry.bodyFiles)].map((file) => path.relative(context.options.contentDir, file).split(path.sep).join('/'));
    accomplishmentFiles.set(entry.id, own.map((file) => `${file}:${files.get(file) ?? 'missing'}`));
  }
  const orders = new Map<string, readonly string[]>();
  const orderIn = (language: string) => {
    let ids = orders.get(language);
    if (!ids) {
      ids = context.model(language, 'public').accomplishments.map((entry) => entry.id);
      orders.set(language, ids);
    }
    return ids;
  };
  return (page) => {
    const id = page.params['id'];
    if (!CASE_STUDY_ROUTES[page.component] || !id) return siteKey;
    const language = page.params['lang'] ?? context.defaultLanguage;
    if (!context.languages.includes(language)) return siteKey;
    const ids = orderIn(language);
    const index = ids.indexOf(id);
    const shown = [ids[index - 1], id, ids[index + 1]].flatMap((shownId) => (shownId === undefined ? ['none'] : [shownId, ...(accomplishmentFiles.get(shownId) ?? ['unknown'])]));
    return sha256(sharedKey, language, ...shown);
  };
}
