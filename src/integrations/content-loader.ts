import type { Loader, LoaderContext } from 'astro/loaders';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isPlainMarkdown } from '../lib/content/plain-mdx.ts';
import type { LoadedEntry } from '../lib/content/load-content.ts';
import { buildSession } from '../lib/stages/build-session.ts';
import { publishedContent } from '../lib/stages/published-content.ts';
import { CONTENT_TYPES, type CollectionName } from '../schemas/index.ts';
import { rendererFingerprintFor } from './renderer-fingerprint.ts';

/**
 * Astro's content collections, filled from Cairn's one read of the content instead of a second
 * reader of their own: the build session's entries, already validated, go into Astro's store, so
 * Astro only renders their bodies. Bodies that use nothing of MDX are rendered as Markdown here
 * (plain-mdx.ts); the others are left to the MDX integration, which compiles their files.
 * Only what the website may show is stored: the MDX integration compiles every stored body, and
 * would emit the images of a private one to dist/ even though no page shows it.
 */

interface StoredBody {
  id: string;
  data: Record<string, unknown>;
  body: string;
  /** The file the body is in. */
  absolute: string;
}

type StoredEntry = Parameters<LoaderContext['store']['set']>[0];

/**
 * What the store keeps of one body before it is rendered: its path and digest, and no data or
 * text. The pages take an entry's fields and text from Cairn's model and ask Astro only to render
 * its body, from the file (MDX) or the HTML stored here (Markdown); Astro writes the whole store
 * to disk on every build, and the fields and text were half of what it wrote.
 */
function unrendered(context: LoaderContext, item: StoredBody) {
  const root = fileURLToPath(context.config.root);
  const filePath = path.relative(root, item.absolute).split(path.sep).join('/');
  // The renderer's fingerprint too: the same body rendered by other code must not keep its old HTML.
  const renderer = rendererFingerprintFor(buildSession(), root, context.config.srcDir ? fileURLToPath(context.config.srcDir) : path.join(root, 'src'));
  const digest = context.generateDigest({ data: item.data, body: item.body, filePath, renderer });
  return { id: item.id, data: {}, filePath, digest };
}

/** The store entry for one body: rendered now when it is plain Markdown, else compiled by MDX on use. */
async function storedEntry(context: LoaderContext, item: StoredBody, entry: ReturnType<typeof unrendered>): Promise<StoredEntry> {
  if (item.absolute.endsWith('.mdx') && !isPlainMarkdown(item.body)) return { ...entry, deferredRender: true };
  try {
    const rendered = await context.renderMarkdown(item.body, { fileURL: pathToFileURL(item.absolute) });
    // The MDX compiler ends a body without the Markdown renderer's closing newline: the same page, byte for byte.
    return { ...entry, rendered: { ...rendered, html: rendered.html.trimEnd() } };
  } catch {
    // Left to Astro's MDX compiler, which reports the problem with its file and line.
    return { ...entry, deferredRender: true };
  }
}

/** Puts `items` in the store: unchanged ones are kept as they are, gone ones removed. */
async function sync(context: LoaderContext, items: readonly StoredBody[]): Promise<void> {
  const ids = new Set(items.map((item) => item.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  const changed: Promise<StoredEntry>[] = [];
  for (const item of items) {
    const entry = unrendered(context, item);
    const existing = context.store.get(entry.id);
    if (existing?.digest === entry.digest) {
      // The store keeps an unchanged entry (not rendered again), but the MDX module list is made anew on each sync.
      if (existing?.deferredRender && existing.filePath) context.store.addModuleImport(existing.filePath);
      continue;
    }
    changed.push(storedEntry(context, item, entry));
  }
  for (const entry of await Promise.all(changed)) context.store.set(entry);
}

/**
 * Fills the collection, then keeps it in step with the content folder while `astro dev` runs.
 * Refills run one after another, so a file saved twice in quick succession ends as last saved.
 */
async function fillAndWatch(context: LoaderContext, refill: () => Promise<void>): Promise<void> {
  await refill();
  const { watcher } = context;
  if (!watcher) return;
  const session = buildSession();
  let queue = Promise.resolve();
  watcher.add(session.options.contentDir);
  watcher.on('all', (_event, file) => {
    const absolute = path.resolve(file);
    if (!absolute.startsWith(session.options.contentDir + path.sep)) return;
    session.contentChanged(absolute);
    queue = queue.then(refill).catch((error: unknown) => context.logger.error(error instanceof Error ? error.message : String(error)));
  });
}

const entryBody = (entry: LoadedEntry): StoredBody => ({ id: entry.id, data: entry.raw as Record<string, unknown>, body: entry.body, absolute: entry.absolute });

/** A collection of one content type, from the build session. */
export function cairnLoader(collection: CollectionName): Loader {
  const refill = (context: LoaderContext) => sync(context, (publishedContent(buildSession().context().load.content)[collection] as readonly LoadedEntry[]).map(entryBody));
  return {
    name: `cairn:${collection}`,
    load: (context) => fillAndWatch(context, () => refill(context)),
  };
}

/**
 * Translated bodies (`<folder>/<id>.<lang>.mdx`), with ids such as `accomplishments/2024-03-01-x.de`
 * and `profile.de`: the pages render an entry's body in their language from these.
 */
export function translationsLoader(): Loader {
  const refill = (context: LoaderContext) => {
    const content = publishedContent(buildSession().context().load.content);
    const items = (Object.keys(content) as CollectionName[]).flatMap((collection) => {
      const folder = CONTENT_TYPES[collection].folder;
      return (content[collection] as readonly LoadedEntry[]).flatMap((entry) =>
        Object.entries(entry.bodyFiles).map(([language, absolute]) => ({
          id: folder === '.' ? `${entry.id}.${language}` : `${folder}/${entry.id}.${language}`,
          data: {},
          body: entry.bodies[language]!,
          absolute,
        })),
      );
    });
    return sync(context, items);
  };
  return {
    name: 'cairn:translations',
    load: (context) => fillAndWatch(context, () => refill(context)),
  };
}
