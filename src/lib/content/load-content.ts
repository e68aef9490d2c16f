import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPES, COLLECTION_NAMES, type CollectionName, type EntryData, type RawEntryData } from '../../schemas/index.ts';
import { parseContentFile, type ParsedPartsSource } from './frontmatter.ts';
import { ParsedFileCache } from './parsed-file-cache.ts';
import { publishedLanguages, resolveData } from './localize.ts';
import { translationFileParts, type TranslationFile } from './translation-files.ts';
import { attachTranslations } from './translation-problems.ts';
import { findMdxReferenceProblems } from './mdx-references.ts';
import type { UnsafeLink } from './body-links.ts';
import type { MdxSyntaxError } from './mdx-syntax.ts';
import { checkBody, type BodyCheckSource } from './body-checks.ts';
import { sortProblems, type Problem } from './problems.ts';
import { closestMatch } from './similar.ts';
import { entryIdFrom } from './slug.ts';
import { validateEntry } from './validate-entry.ts';

/** An entry as read from disk and validated by its schema. */
export interface LoadedEntry<C extends CollectionName = CollectionName> {
  collection: C;
  /** The file name without `.mdx`, e.g. `2024-03-12-cut-checkout-latency`. */
  id: string;
  /** Path relative to the working directory (or absolute when outside it). */
  file: string;
  /** The file's absolute path. */
  absolute: string;
  /** The data in the default language: every localized field holds that language's text. */
  data: EntryData<C>;
  /** The data as written, localized fields with every language's text. */
  raw: RawEntryData<C>;
  /** The MDX body, unrendered. */
  body: string;
  /** The body in other languages, from `<id>.<lang>.mdx` files beside it, keyed by language. */
  bodies: Record<string, string>;
  /** The absolute paths of those files, keyed by language. */
  bodyFiles: Record<string, string>;
  /** 1-based line of a frontmatter field. */
  lineOf(path: readonly PropertyKey[]): number;
}

export type LoadedContent = { [C in CollectionName]: LoadedEntry<C>[] };

const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const CONTENT_EXTENSIONS = new Set(['.mdx', '.md']);
const PICTURE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif', '.svg']);

/**
 * Ids of the files a load found but could not accept (bad YAML, a schema error, broken MDX), per
 * collection. Their own problems are reported; a reference to one of them is not reported as well,
 * or one typo in a role's date would make every accomplishment of that role "point at a role that
 * does not exist" and hint at creating a file that is already there.
 */
const rejectedIds = new WeakMap<LoadedContent, Map<CollectionName, Set<string>>>();

/** Ids in `collection` whose files exist but were rejected by `loadContent` with problems of their own. */
export function rejectedEntryIds(content: LoadedContent, collection: CollectionName): ReadonlySet<string> {
  return rejectedIds.get(content)?.get(collection) ?? new Set();
}

function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
}

function filesOf(collection: CollectionName, contentDir: string): string[] {
  const type = CONTENT_TYPES[collection];
  if (type.folder === '.') {
    const file = path.join(contentDir, type.pattern);
    const entryName = path.basename(type.pattern, '.mdx');
    // The profile's translated bodies (`profile.de.mdx`) sit beside it.
    const translations = readdirSync(contentDir)
      .filter((name) => name.endsWith('.mdx') && translationFileParts(path.basename(name, '.mdx'))?.id === entryName)
      .sort()
      .map((name) => path.join(contentDir, name));
    return existsSync(file) ? [file, ...translations] : translations;
  }
  const folder = path.join(contentDir, type.folder);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.') && !name.startsWith('_'))
    .sort()
    .map((name) => path.join(folder, name));
}

/**
 * Reads and validates every content file, collecting every problem instead of stopping at the
 * first, so one run of `npm run check` shows the whole list. A build calls this once and shares
 * the result with every stage and page (see build-context.ts), so it comes back frozen.
 */
export function loadContent(contentDir: string, options: { parsedFileCache?: string } = {}): LoadResult {
  if (!existsSync(contentDir)) return readContent(contentDir, new Map());
  const cache = options.parsedFileCache === undefined ? undefined : ParsedFileCache.open(options.parsedFileCache);
  const result = deepFreeze(readContent(contentDir, readContentFiles(contentDir), cache));
  cache?.save();
  return result;
}

export interface LoadResult {
  content: LoadedContent;
  problems: Problem[];
  /**
   * The profile's frontmatter as written, even when its schema check failed: the site's address
   * and languages are read from it before the site builds, and `npm run check` reports the rest.
   */
  profileFrontmatter: Readonly<Record<string, unknown>> | undefined;
  /**
   * A SHA-256 of each content file's bytes as read, keyed by its path inside the content folder
   * (`accomplishments/x.de.mdx`): what changed since a build, known without reading a file twice.
   */
  fileHashes: ReadonlyMap<string, string>;
}

/** Each collection's files as read from disk, `undefined` for a folder where a file should be. */
type ContentFiles = Map<CollectionName, { absolute: string; bytes: Buffer | undefined }[]>;

function readContentFiles(contentDir: string): ContentFiles {
  return new Map(
    COLLECTION_NAMES.map((collection) => [
      collection,
      filesOf(collection, contentDir).map((absolute) => ({ absolute, bytes: statSync(absolute).isDirectory() ? undefined : readFileSync(absolute) })),
    ]),
  );
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** Each file's hash, keyed by its path inside the content folder with `/` between folders. */
function hashesOf(contentDir: string, files: ContentFiles): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entries of files.values()) {
    for (const { absolute, bytes } of entries) {
      if (bytes) hashes.set(path.relative(contentDir, absolute).split(path.sep).join('/'), createHash('sha256').update(bytes).digest('hex'));
    }
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A body's own check (MDX syntax, unsafe links), from the parsed-file cache when it has one. */
const bodyCheckOf = (body: string, known?: BodyCheckSource) => (known ? known.bodyCheck(body, checkBody) : checkBody(body));

function readContent(contentDir: string, files: ContentFiles, parsedFiles?: ParsedPartsSource & BodyCheckSource): LoadResult {
  const problems: Problem[] = [];
  const fileHashes = hashesOf(contentDir, files);
  const content = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, []])) as unknown as LoadedContent;

  if (!existsSync(contentDir)) {
    problems.push({
      file: displayPath(contentDir),
      message: 'the content folder does not exist',
      hint: 'run from the project root, or set CAIRN_CONTENT_DIR to your content folder',
    });
    return { content, problems, profileFrontmatter: undefined, fileHashes };
  }

  problems.push(...strayItems(contentDir));
  const rejected = new Map<CollectionName, Set<string>>();
  rejectedIds.set(content, rejected);
  const reject = (collection: CollectionName, id: string) => {
    if (!rejected.has(collection)) rejected.set(collection, new Set());
    rejected.get(collection)!.add(id);
  };
  const translationFiles: Partial<Record<CollectionName, TranslationFile[]>> = {};
  let profileFrontmatter: Record<string, unknown> | undefined;
  for (const collection of COLLECTION_NAMES) {
    for (const { absolute, bytes } of files.get(collection) ?? []) {
      const file = displayPath(absolute);
      const extension = path.extname(absolute);
      if (!bytes) {
        problems.push({ file, message: 'folders inside a collection are not read', hint: 'move its files up one level' });
        continue;
      }
      if (!CONTENT_EXTENSIONS.has(extension)) {
        // A picture renamed to .mdx would not become content: say where pictures go instead.
        const picture = PICTURE_EXTENSIONS.has(extension.toLowerCase());
        problems.push({
          file,
          message: picture
            ? 'is a picture, and content folders hold only .mdx entries'
            : // `x.mdx ` or `x.MDX` look like `x.mdx` when printed: quote the ending so the difference shows.
              `is not read: content files end in .mdx${extension ? `, and this one ends in ${JSON.stringify(extension)}` : ''}`,
          hint: picture ? `move it to public/ and show it in a body as ![what it shows](/${path.basename(absolute)})` : `rename it to ${path.basename(absolute, extension).trim()}.mdx`,
        });
        continue;
      }
      const id = path.basename(absolute, extension);
      const translation = extension === '.mdx' ? translationFileParts(id) : undefined;
      if (translation) {
        const parsed = parseContentFile(bytes.toString('utf8'), parsedFiles);
        if (parsed.readErrors.length > 0 || parsed.problems.length > 0) {
          problems.push(...[...parsed.readErrors, ...parsed.problems].map((error) => ({ file, ...error })));
          continue;
        }
        const fields = Object.keys(parsed.data);
        // A translated body is MDX like any other: a syntax error must be named here, not by Astro's bundler.
        const check = bodyCheckOf(parsed.body, parsedFiles);
        if (check.syntaxError) {
          problems.push(mdxSyntaxProblem(file, check.syntaxError, parsed.bodyLine));
          continue;
        }
        const linkProblems = [...unsafeLinkProblems(file, check.unsafeLinks, parsed.bodyLine), ...referenceProblems(collection, file, absolute, parsed.body, parsed.bodyLine)];
        if (linkProblems.length > 0) {
          problems.push(...linkProblems);
          continue;
        }
        (translationFiles[collection] ??= []).push({ file, absolute, ...translation, body: parsed.body, fields, line: fields.length > 0 ? parsed.lineOf([fields[0]!]) : 1 });
        continue;
      }
      if (collection !== 'profile' && !ENTRY_ID.test(id)) {
        problems.push({
          file,
          message: 'file name must be lowercase letters, digits and hyphens: it becomes the entry id and its web address',
          hint: `rename it to ${entryIdFrom(id)}${extension}`,
        });
        continue;
      }
      const text = decodeUtf8(bytes);
      if (text === undefined) {
        problems.push({ file, message: 'the file is not UTF-8 text', hint: 'save it as UTF-8 in your editor' });
        reject(collection, id);
        continue;
      }
      if (text.trim() === '') {
        problems.push({ file, message: 'the file is empty', hint: 'add frontmatter between --- lines, or delete the file' });
        reject(collection, id);
        continue;
      }
      const parsed = parseContentFile(text, parsedFiles);
      if (collection === 'profile') profileFrontmatter = parsed.data;
      if (parsed.syntaxErrors.length > 0) {
        for (const error of parsed.syntaxErrors) {
          problems.push({ file, line: error.line, message: `the frontmatter is not valid YAML: ${error.message}`, hint: 'check indentation and quote text containing ": "' });
        }
        reject(collection, id);
        continue;
      }
      if (parsed.readErrors.length > 0) {
        problems.push(...parsed.readErrors.map((error) => ({ file, ...error })));
        reject(collection, id);
        continue;
      }
      const schema = CONTENT_TYPES[collection].schema;
      const result = validateEntry(schema, parsed.data, { file, lineOf: parsed.lineOf });
      problems.push(...parsed.problems.map((problem) => ({ file, ...problem })));
      const check = bodyCheckOf(parsed.body, parsedFiles);
      const mdxError = check.syntaxError;
      if (mdxError) problems.push(mdxSyntaxProblem(file, mdxError, parsed.bodyLine));
      const linkProblems = mdxError ? [] : [...unsafeLinkProblems(file, check.unsafeLinks, parsed.bodyLine), ...referenceProblems(collection, file, absolute, parsed.body, parsed.bodyLine)];
      problems.push(...linkProblems);
      if (!result.ok || mdxError || linkProblems.length > 0 || parsed.problems.length > 0) {
        if (!result.ok) problems.push(...result.problems);
        reject(collection, id);
        continue;
      }
      // Commands read the default language; the profile (read first) says which that is.
      const [defaultLanguage] = publishedLanguages(collection === 'profile' ? { data: result.data as RawEntryData<'profile'> } : content.profile[0]?.raw ? { data: content.profile[0].raw } : undefined);
      const data = resolveData(collection, result.data, defaultLanguage!, defaultLanguage!);
      (content[collection] as LoadedEntry[]).push({ collection, id, file, absolute, data, raw: result.data, body: parsed.body, bodies: {}, bodyFiles: {}, lineOf: parsed.lineOf } as LoadedEntry);
    }
  }
  problems.push(...attachTranslations(content, translationFiles));
  return { content, problems: sortProblems(problems), profileFrontmatter, fileHashes };
}

/** A body that is not valid MDX, at the line of the file the error is on. */
function mdxSyntaxProblem(file: string, error: MdxSyntaxError, bodyLine: number): Problem {
  return { file, line: bodyLine + error.line - 1, field: 'body', message: `the text is not valid MDX: ${error.message}`, hint: 'close the tag, or write < and { as &lt; and &#123; (or put them in `code`)' };
}

/** A body's links that would run code or embed data instead of opening a page: one problem each, with its line. */
function unsafeLinkProblems(file: string, links: readonly UnsafeLink[], bodyLine: number): Problem[] {
  return links.map((link) => ({
    file,
    line: bodyLine + link.line - 1,
    field: 'body',
    message: `the ${link.kind === 'image' ? 'image' : 'link'} address "${link.url.length > 60 ? `${link.url.slice(0, 59)}…` : link.url}" is not a web, mail or phone address: a browser would run or embed it rather than open a page`,
    hint: link.kind === 'image' ? 'put the picture in public/ and use its path, e.g. ![…](/pictures/diagram.png)' : 'link to an https:// address (or mailto:, tel:), or remove the link',
  }));
}

/**
 * Names, components, imports and pictures a body refers to that would not be there when its page
 * is built: one problem each. Only the bodies the website compiles as MDX; letters are printed
 * from their text, without their import lines.
 */
function referenceProblems(collection: CollectionName, file: string, absolute: string, body: string, bodyLine: number): Problem[] {
  if (!CONTENT_TYPES[collection].collection) return [];
  return findMdxReferenceProblems(body, bodyLine, absolute).map((problem) => ({ file, line: problem.line, field: 'body', message: problem.message, hint: problem.hint }));
}

/** Files and folders at the top of content/ that no collection reads: usually a typo or a misplaced file. */
function strayItems(contentDir: string): Problem[] {
  const folders = COLLECTION_NAMES.map((name) => CONTENT_TYPES[name].folder).filter((folder) => folder !== '.');
  const known = new Set<string>([...folders, CONTENT_TYPES.profile.pattern]);
  const profileTranslation = (name: string) => translationFileParts(path.basename(name, '.mdx'))?.id === path.basename(CONTENT_TYPES.profile.pattern, '.mdx') && name.endsWith('.mdx');
  return readdirSync(contentDir, { withFileTypes: true })
    .filter((item) => !item.name.startsWith('.') && !/^readme(\.|$)/i.test(item.name) && !known.has(item.name) && !(item.isFile() && profileTranslation(item.name)))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((item) => {
      const file = displayPath(path.join(contentDir, item.name));
      const suggestion = closestMatch(item.name, item.isDirectory() ? folders : [...folders, CONTENT_TYPES.profile.pattern]);
      return {
        file,
        message: item.isDirectory() ? 'is not a content folder, so nothing in it is read' : 'is not read: entries go in one of the content folders',
        hint: suggestion ? `did you mean ${suggestion}?` : `content folders are: ${folders.join(', ')}`,
      };
    });
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The file's text, or undefined when it is not valid UTF-8 (a Latin-1 export, a binary file). */
function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return undefined;
  }
}
