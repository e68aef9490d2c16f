import { createHash } from 'node:crypto';
import path from 'node:path';
import { serialize } from 'node:v8';
import type { BuildContext } from '../model/build-context.ts';
import { publishedContent } from './published-content.ts';
import { CONTENT_TYPES } from '../../schemas/index.ts';
import { pageShows, routeOf, type KeyedPage } from './page-shows.ts';

export type { KeyedPage } from './page-shows.ts';

/**
 * Keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose key and code are
 * the same as in the last build is not rendered again. A key must change whenever anything the page
 * shows may have changed, so it is made from every input the page reads at render time: the options
 * that reach the pages and the build's date, every content file that is not an accomplishment (the
 * header, footer, languages and profile every page shows, and the rest), and, of the accomplishments,
 * what the page shows of them (page-shows.ts): the files of those it shows and whatever it works out
 * from the others. A route page-shows.ts does not know covers every content file. Code is Astro's part
 * of the check. tests/build/incremental-pages.test.ts compares incremental builds with cold ones after edits.
 */

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

/** A digest of `value` by v8's serializer rather than JSON, which keeps what JSON drops (undefined, a Map's entries); undefined when it holds a function. */
function digestOf(value: unknown): string | undefined {
  try {
    return sha256(serialize(value));
  } catch {
    return undefined;
  }
}

/** The key of each page. */
export function pageCacheKeys(context: BuildContext, printsPdfs: boolean): (page: KeyedPage) => string {
  // The loader hashed each file as it read it: a content file is read once per build.
  const files = context.load.fileHashes;
  const inputs = buildInputs(context, printsPdfs);
  const folder = `${CONTENT_TYPES.accomplishments.folder}/`;
  const listed = [...files].map(([file, hash]) => `${file}:${hash}`);
  const siteKey = sha256(inputs, ...listed);
  const sharedKey = sha256(inputs, ...listed.filter((line) => !line.startsWith(folder)));
  // Each published accomplishment's files, with its translations.
  const accomplishmentFiles = new Map<string, string[]>();
  for (const entry of publishedContent(context.load.content).accomplishments) {
    const own = [entry.absolute, ...Object.values(entry.bodyFiles)].map((file) => path.relative(context.options.contentDir, file).split(path.sep).join('/'));
    accomplishmentFiles.set(entry.id, own.map((file) => `${file}:${files.get(file) ?? 'missing'}`));
  }
  // What a page works out, digested once per object for this build: a resume's selection is shown by five routes and the resumes page.
  const digests = new Map<unknown, string | undefined>();
  const digest = (value: unknown): string | undefined => {
    if (!digests.has(value)) {
      const parts = Array.isArray(value) ? value.map(digest) : [];
      digests.set(value, !Array.isArray(value) ? digestOf(value) : parts.includes(undefined) ? undefined : sha256('list', ...(parts as string[])));
    }
    return digests.get(value);
  };
  return (page) => {
    const route = routeOf(page.component);
    const language = page.params['lang'] ?? context.defaultLanguage;
    if (!context.languages.includes(language)) return siteKey;
    const shows = pageShows(route, { model: context.model(language, 'public'), resume: (id) => context.resume(language, 'public', id) }, page.params);
    if (shows === 'everything') return siteKey;
    const shown = shows.accomplishments ?? [];
    // An accomplishment the keys cannot find the files of could change unseen: such a page covers everything.
    if (shown.some((id) => id !== undefined && !accomplishmentFiles.has(id))) return siteKey;
    const entries = shown.flatMap((id) => (id === undefined ? ['no accomplishment'] : [id, ...accomplishmentFiles.get(id)!]));
    const derived = digest(shows.derived ?? null);
    if (derived === undefined) return siteKey;
    return sha256(sharedKey, route, language, derived, ...entries);
  };
}
