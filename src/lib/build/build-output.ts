import path from 'node:path';

/**
 * What `npm run build` shows of Astro's output. A person wants the warnings, Cairn's stage lines
 * and the result; Astro's progress lines (one per page: hundreds at a thousand accomplishments)
 * bury them, and the staging folders it names are not where anything ends up.
 */

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

/** Astro's progress lines, matched after the time stamp; anything else (warnings, errors, Cairn's lines) is shown. */
const PROGRESS = [
  /^\[content\] (?:data store cleared \(force\)|Syncing content|Synced content|Astro config changed|Clearing content store)/,
  /^\[types\] Generated/,
  /^\[build\] (?:output:|mode:|directory:|Collecting build info|✓ Completed in|Building static entrypoints|Rearranging server assets|Building \w+ entrypoints|Waiting for integration )/,
  /^\[vite\] (?:✓ built in|Re-optimizing dependencies because)/,
  /^\[@astrojs\/sitemap\] `[^`]+` created at/,
  /^generating static routes$/,
  /^└─ /,
  /^✓ Completed in [\d.]+m?s\.$/,
];

/**
 * Astro's line per page, in pieces: it prints `├─ /x/index.html` before a page's render and
 * ` (+3ms)` after it, ending the line (` (restored)` at once for a page copied from its cache).
 * With several pages at a time other output lands between the halves, so a page's half is taken
 * out wherever it is, with the times that follow it, and a time alone is taken out at the start of
 * a line; whatever else the line holds is kept.
 */
const TIME = String.raw`\((?:\+[\d.]+m?s|restored|cached)\)(?: \(file not created, response body was empty\))?`;
const PAGE_PROGRESS = new RegExp(String.raw`(?:\d{2}:\d{2}:\d{2} +)?[├└]─ \S+?(?=\d{2}:\d{2}:\d{2} |\s|$)(?: +${TIME})*|^ *${TIME}(?: +${TIME})*`, 'g');

export interface BuildOutputFilter {
  /** The line as it should be shown, or undefined to leave it out. */
  (line: string): string | undefined;
}

/**
 * A filter for Astro's output lines: with `verbose` every line is shown; otherwise progress lines
 * and runs of blank lines are left out. In both, staging folder paths are shown as the folders they
 * become (`.dist-building` → `dist`).
 */
export function buildOutputFilter(options: { verbose: boolean; renames: ReadonlyMap<string, string> }): BuildOutputFilter {
  let lastWasBlank = true;
  return (line) => {
    let shown = line;
    // Full paths first, then the bare folder names Astro prints relative to its root.
    for (const [staged, final] of options.renames) shown = shown.split(staged).join(final);
    for (const [staged, final] of options.renames) shown = shown.split(path.basename(staged)).join(path.basename(final));
    if (options.verbose) return shown;
    const uncoloured = shown.replace(ANSI, '');
    const rest = uncoloured.replace(PAGE_PROGRESS, '');
    // A line that held page progress is shown without its colours: they cannot be told apart from the pieces'.
    if (rest !== uncoloured) {
      if (rest.trim() === '') return undefined;
      shown = rest.trim();
    }
    const plain = rest.trim().replace(/^\d{2}:\d{2}:\d{2}\s+/, '').replace(/^\[WARN\] /, '').trim();
    if (plain === '') {
      if (lastWasBlank) return undefined;
      lastWasBlank = true;
      return shown;
    }
    if (PROGRESS.some((pattern) => pattern.test(plain))) return undefined;
    lastWasBlank = false;
    return shown;
  };
}

/**
 * Collects the warnings among the lines a build shows: a line with `[WARN]` and the lines after it
 * that carry no time stamp of their own (the rest of a warning written over several lines).
 */
export function warningCollector(): { observe(shown: string): void; readonly warnings: string[] } {
  const warnings: string[] = [];
  let inWarning = false;
  return {
    observe(shown) {
      const plain = shown.replace(ANSI, '');
      if (/\[WARN\]/.test(plain)) {
        inWarning = true;
        warnings.push(shown);
      } else if (inWarning && plain.trim() !== '' && !/^\d{2}:\d{2}:\d{2}\s/.test(plain) && !/^build: /.test(plain)) {
        warnings.push(shown);
      } else {
        inWarning = false;
      }
    },
    warnings,
  };
}

/**
 * The wrapper's last line when Astro's process did not succeed: stopped (Ctrl+C), killed (as the
 * system does to the largest process when memory runs out, though a person or a CI time limit may
 * have; Astro leaves no line of its own then), ended by another signal, or failed with its own
 * error above.
 */
export function failedBuildLine(ended: { status: number | null; signal: NodeJS.Signals | null }, kept: string): string {
  if (ended.signal === 'SIGINT' || ended.status === 130) return `build: stopped; nothing was replaced.${kept}`;
  if (ended.signal === 'SIGKILL') return `build: failed: Astro's process was killed (SIGKILL), as happens when memory runs out; nothing was replaced.${kept} If it did, close other programs or build on a machine with more memory; then build again.`;
  if (ended.signal) return `build: failed: Astro's process was ended by ${ended.signal}; nothing was replaced.${kept}`;
  return `build: failed; nothing was replaced.${kept}`;
}
