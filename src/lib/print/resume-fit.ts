import type { ResumeView } from '../model/resume/selection.ts';

/**
 * Fitting a resume to its page limit. Printing is the only exact measure of pages (break rules,
 * fonts and line breaks all play), so the search counts printed pages: dropping bullets never adds
 * a page, which makes "how many of the lowest-ranked bullets must go" a binary search — a handful
 * of measurements even for a long resume. The finished PDF is printed once, after the search.
 */

export interface Print {
  pages: number;
  pdf: Uint8Array;
}

/** How many pages the resume prints on without the given bullets. */
export type PagesWithout = (drop: readonly string[]) => Promise<number>;

export type FitResult =
  | { fits: true; drop: string[]; pages: number }
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
export async function fitToPages(view: ResumeView, pagesWithout: PagesWithout): Promise<FitResult> {
  const limit = view.variant.pages;
  const counted = new Map<number, number>();
  const pagesDropping = async (count: number) => {
    const known = counted.get(count);
    if (known !== undefined) return known;
    const pages = await pagesWithout(view.dropOrder.slice(0, count));
    counted.set(count, pages);
    return pages;
  };

  const full = await pagesDropping(0);
  if (full <= limit) return { fits: true, drop: [], pages: full };
  const all = view.dropOrder.length;
  if (all === 0 || (await pagesDropping(all)) > limit) return { fits: false, pages: full, wouldFitWithout: undefined };

  // Invariant: dropping `over` bullets is still too long; dropping `enough` fits.
  let over = 0;
  let enough = all;
  while (enough - over > 1) {
    const middle = Math.floor((over + enough) / 2);
    if ((await pagesDropping(middle)) <= limit) enough = middle;
    else over = middle;
  }
  const drop = view.dropOrder.slice(0, enough);
  if (view.variant.fit === 'strict') return { fits: false, pages: full, wouldFitWithout: drop };
  return { fits: true, drop, pages: await pagesDropping(enough) };
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * The build error for a resume over its limit: what happened (variant, pages, limit), why, and
 * what to do, naming the bullets that would have to go.
 */
/** `a, b or c`. */
function either(options: readonly string[]): string {
  return options.length < 2 ? (options[0] ?? '') : `${options.slice(0, -1).join(', ')} or ${options.at(-1)}`;
}

/** What to change when a variant does not fit: only settings that would change something, never one already set. */
export function overflowError(view: ResumeView, file: string, result: Extract<FitResult, { fits: false }>): { message: string; hint: string } {
  const { pages, fit, limits, pinned } = view.variant;
  const over = result.pages - pages;
  const message = `Resume "${view.id}" (${file}) prints on ${plural(result.pages, 'page')}, ${plural(over, 'page')} over its limit of ${pages} (fit: ${fit}).`;
  const morePages = pages < 2 ? ['set pages: 2'] : [];
  if (result.wouldFitWithout) {
    const ids = result.wouldFitWithout.join(', ');
    const options = ['lower limits.bulletsPerRole', 'add them to exclude.accomplishments', ...morePages, ...(fit === 'auto' ? [] : ['set fit: auto to let the build leave them out'])];
    return { message, hint: `Leaving out its ${plural(result.wouldFitWithout.length, 'lowest-ranked bullet')} would make it fit: ${ids}. To do so, ${either(options)}.` };
  }
  const roles = view.roles.length;
  const options = [
    'shorten the summary',
    ...(pinned.length > 0 ? ['unpin some accomplishments'] : []),
    'leave sections out (sections: [...])',
    roles > 1 ? `show fewer roles (limits.roles: ${Math.max(1, Math.ceil(roles / 2))}, now ${limits.roles ?? 'all'} of ${roles}) or fewer years (limits.years)` : 'show fewer skills (limits.skills)',
    ...morePages,
  ];
  return { message: `${message.slice(0, -1)}, even with every bullet that is not pinned left out.`, hint: `${either(options).replace(/^./, (first) => first.toUpperCase())}.` };
}
