/**
 * The pure parts of timing Astro's live preview for the benchmark: which accomplishments to edit,
 * how an edit changes a file so the served page visibly differs, and whether another `astro dev`
 * already holds the project (Astro 7 allows one per project and the second exits at once).
 */

/** Up to `count` distinct items spread evenly through `items`, in their order: edits land across the whole log, not at one end. */
export function spreadPick<T>(items: readonly T[], count: number): T[] {
  const wanted = Math.min(count, items.length);
  const positions = new Set<number>();
  for (let index = 1; index <= wanted; index++) positions.add(Math.floor((items.length * index) / (wanted + 1)));
  return [...positions].map((position) => items[position]!);
}

const TITLE_LINE = /^title: (.*?)(?: \(edit [^)]*\))?$/m;

/**
 * The file with `(edit <marker>)` at the end of its frontmatter title, replacing an earlier
 * marker, so the page shows a title that no earlier version of the file had.
 */
export function markTitle(text: string, marker: string): string {
  if (!TITLE_LINE.test(text)) throw new Error('markTitle: the file has no "title:" line to edit');
  return text.replace(TITLE_LINE, (_line, title: string) => `title: ${title} (edit ${marker})`);
}

export interface DevServerLock {
  pid: number;
  url: string;
}

/**
 * The dev server named in Astro's lock file (`.astro/dev.json`) when its process is still alive;
 * undefined for no file, a file Astro would not accept, or a server that has gone (a stale lock).
 */
export function runningDevServer(lockText: string | undefined, isAlive: (pid: number) => boolean): DevServerLock | undefined {
  if (lockText === undefined) return undefined;
  let data: unknown;
  try {
    data = JSON.parse(lockText);
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null) return undefined;
  const { pid, url } = data as { pid?: unknown; url?: unknown };
  if (typeof pid !== 'number' || typeof url !== 'string') return undefined;
  return isAlive(pid) ? { pid, url } : undefined;
}
