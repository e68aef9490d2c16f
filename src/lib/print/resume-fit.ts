import type { ResumeView } from '../model/resume/selection.ts';

/**
 * Fitting a resume to its page limit. Printing is the only exact measure of pages (break rules,
 * fonts and line breaks all play), so the search prints: dropping bullets never adds a page, which
 * makes "how many of the lowest-ranked bullets must go" a binary search — a handful of prints
 * even for a long resume.
 */

export interface Print {
  pages: number;
  pdf: Uint8Array;
}

/** Prints the resume without the given bullets. */
export type PrintWithout = (drop: readonly string[]) => Promise<Print>;

export type FitResult =
  | { fits: true; drop: string[]; print: Print }
  | {
      fits: false;
      /** Pages printed with nothing dropped. */
      pages: number;
      /** The fewest lowest-ranked bullets whose removal would fit, or undefined when no number of them would. */
      wouldFitWithout: string[] | undefined;
    };

/**
 * Finds the fewest of `view.dropOrder` (lowest-ranked first) to leave out so the resume prints on
 * `view.variant.pages` pages. In `strict` mode nothing is dropped: the result says what would have
 * to go, for the error message.
 */
export async function fitToPages(view: ResumeView, printWithout: PrintWithout): Promise<FitResult> {
  const limit = view.variant.pages;
  const prints = new Map<number, Print>();
  const printDropping = async (count: number) => {
    const known = prints.get(count);
    if (known) return known;
    const print = await printWithout(view.dropOrder.slice(0, count));
    prints.set(count, print);
    return print;
  };

  const full = await printDropping(0);
  if (full.pages <= limit) return { fits: true, drop: [], print: full };
  const all = view.dropOrder.length;
  if (all === 0 || (await printDropping(all)).pages > limit) return { fits: false, pages: full.pages, wouldFitWithout: undefined };

  // Invariant: dropping `over` bullets is still too long; dropping `enough` fits.
  let over = 0;
  let enough = all;
  while (enough - over > 1) {
    const middle = Math.floor((over + enough) / 2);
    if ((await printDropping(middle)).pages <= limit) enough = middle;
    else over = middle;
  }
  const drop = view.dropOrder.slice(0, enough);
  if (view.variant.fit === 'strict') return { fits: false, pages: full.pages, wouldFitWithout: drop };
  return { fits: true, drop, print: await printDropping(enough) };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The build error for a resume over its limit: what happened (variant, pages, limit), why, and
 * what to do, naming the bullets that would have to go.
 */
export function overflowError(view: ResumeView, file: string, result: Extract<FitResult, { fits: false }>): { message: string; hint: string } {
  const { pages, fit } = view.variant;
  const over = result.pages - pages;
  const message = `Resume "${view.id}" (${file}) prints on ${plural(result.pages, 'page')}, ${plural(over, 'page')} over its limit of ${pages} (fit: ${fit}).`;
  if (result.wouldFitWithout) {
    const ids = result.wouldFitWithout.join(', ');
    return {
      message,
      hint: `Leaving out its ${plural(result.wouldFitWithout.length, 'lowest-ranked bullet')} would make it fit: ${ids}. Lower limits.bulletsPerRole, add them to exclude.accomplishments, set pages: ${Math.min(2, pages + 1)}, or set fit: auto to let the build leave them out.`,
    };
  }
  return {
    message: `${message.slice(0, -1)}, even with every bullet that is not pinned left out.`,
    hint: `Shorten the summary, unpin some accomplishments, leave sections out (sections: [...]), lower limits.roles or limits.skills, or set pages: 2.`,
  };
}
