import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { parsedFileCacheOf, type CairnOptions } from '../build/options.ts';
import { loadContent, type LoadResult } from '../content/load-content.ts';
import { createBuildContext, type BuildContext } from '../model/build-context.ts';

/**
 * The bridge between the `cairn()` integration and everything Astro loads on its own: the
 * content collections (src/content.config.ts) and the pages. Astro loads astro.config.mjs, the
 * content config and the pages as separate module graphs in one process, so a variable of this
 * module set by the integration is not the one a page sees; the session therefore lives on
 * `globalThis` under one registered symbol (as do the content config's loaders and schemas,
 * src/integrations/content-collection-parts.ts).
 */
export interface BuildSession {
  readonly options: CairnOptions;
  /** The context of the content as it is now: read on first use, and again after a change. */
  context(): BuildContext;
  /**
   * Tells the session a file changed (`astro dev`). When it is under the content folder and not
   * reported before, the next `context()` reads the content again (once, however many of Astro's
   * collection loaders report the same change) and this returns true.
   */
  contentChanged(file: string): boolean;
  /** How often the content folder has been read in this session. */
  readonly reads: number;
}

const SESSION = Symbol.for('cairn.build-session');
const holder = globalThis as { [SESSION]?: BuildSession };

/** What a changed file looks like now, so one change reported by several watchers counts once. */
function signatureOf(file: string): string {
  if (!existsSync(file)) return 'gone';
  const stats = statSync(file);
  return `${stats.mtimeMs}:${stats.size}:${stats.isDirectory() ? 'folder' : 'file'}`;
}

const readWithCache = (options: CairnOptions) => (contentDir: string) => loadContent(contentDir, { parsedFileCache: parsedFileCacheOf(options) });

/** Starts this process's session (the integration does, as Astro sets up), replacing an earlier one. */
export function startBuildSession(options: CairnOptions, read: (contentDir: string) => LoadResult = readWithCache(options)): BuildSession {
  let current: BuildContext | undefined;
  let reads = 0;
  const seen = new Map<string, string>();
  const session: BuildSession = {
    options,
    context() {
      if (!current) {
        reads++;
        current = createBuildContext(read(options.contentDir), options);
      }
      return current;
    },
    contentChanged(file) {
      const absolute = path.resolve(file);
      if (absolute !== options.contentDir && !absolute.startsWith(options.contentDir + path.sep)) return false;
      const signature = signatureOf(absolute);
      if (seen.get(absolute) === signature) return false;
      seen.set(absolute, signature);
      current = undefined;
      return true;
    },
    get reads() {
      return reads;
    },
  };
  holder[SESSION] = session;
  return session;
}

/** The session the integration started; a clear error when Cairn's integration is not in the Astro config. */
export function buildSession(): BuildSession {
  const session = holder[SESSION];
  if (!session) throw new Error('Cairn has no build session: astro.config.mjs must list cairn() in its integrations (see CONTRIBUTING.md).');
  return session;
}
