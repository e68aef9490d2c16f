/**
 * What `npm run upgrade` does to each file, decided file by file from three trees: the Cairn the
 * person last took (base), their repository now (mine) and the newer Cairn (theirs). Nothing is
 * merged line by line, so no merge conflict can arise: a file is taken whole, kept whole, or
 * reported when both sides changed it.
 */

/** A git tree as path → `mode blob-id`, so a changed file mode counts as a change. */
export type Tree = ReadonlyMap<string, string>;

export interface UpgradePlan {
  /** Files to write from the newer Cairn: new there, or changed there and untouched here. */
  take: string[];
  /** Files the newer Cairn deleted that were untouched here. */
  remove: string[];
  /** Files changed here and, differently, in the newer Cairn: taken only with --force. */
  conflicts: string[];
  /** The person's own files (content/, public/, declared paths) that the newer Cairn changed: kept, listed for comparison. */
  keptOwn: string[];
}

/** The folders that are the person's from the start: their content, their static files, and Cairn's record. */
export const DEFAULT_OWN_PATHS = ['content', 'public', '.cairn'] as const;

/**
 * Reads `.cairn/own-paths`: a path per line (a file or a folder, from the repository's top),
 * `#` starting a comment. Returns the paths and a problem per line that cannot be one.
 */
export function parseOwnPaths(text: string): { paths: string[]; problems: string[] } {
  const paths: string[] = [];
  const problems: string[] = [];
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.replace(/#.*$/, '').trim();
    if (!line) continue;
    const normalised = line.replace(/^\.\/+/, '').replace(/\/+$/, '');
    if (normalised === '' || normalised.startsWith('/') || normalised.split('/').includes('..') || /[*?[]/.test(normalised)) {
      problems.push(`.cairn/own-paths:${index + 1}  "${raw.trim()}" is not a path inside the repository: write a file or folder from its top, such as src/styles/brand.css or .github/workflows/ (no wildcards)`);
      continue;
    }
    paths.push(normalised);
  }
  return { paths, problems };
}

/** Whether `file` is one of `ownPaths` or inside one of them. */
export function isOwnPath(file: string, ownPaths: readonly string[]): boolean {
  return ownPaths.some((own) => file === own || file.startsWith(`${own}/`));
}

/**
 * The plan for each file in any of the three trees. Without a base (a repository made from a
 * copy of Cairn, with no history in common) nothing can be known to be untouched here: every file
 * of the newer Cairn is taken, and nothing is removed.
 */
export function planUpgrade(trees: { base: Tree | undefined; mine: Tree; theirs: Tree }, ownPaths: readonly string[]): UpgradePlan {
  const { base, mine, theirs } = trees;
  const plan: UpgradePlan = { take: [], remove: [], conflicts: [], keptOwn: [] };
  const paths = new Set([...(base?.keys() ?? []), ...mine.keys(), ...theirs.keys()]);
  for (const file of [...paths].sort()) {
    const [was, now, next] = [base?.get(file), mine.get(file), theirs.get(file)];
    if (isOwnPath(file, ownPaths)) {
      if (base && was !== next && now !== next) plan.keptOwn.push(file);
      continue;
    }
    if (now === next) continue;
    if (!base) {
      if (next !== undefined) plan.take.push(file);
      continue;
    }
    // Changed (or added) here and left alone there: the person's version stays, unlisted.
    if (next === was) continue;
    if (now === was) (next === undefined ? plan.remove : plan.take).push(file);
    else plan.conflicts.push(file);
  }
  return plan;
}
