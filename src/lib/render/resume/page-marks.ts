/**
 * Where an employer's block breaks across pages. Chromium has no CSS to repeat a heading on the
 * page a block continues on, and its screen layout does not say where pages break, so a
 * measuring print wraps each employer's heading, role head and bullet in a link to an address
 * of this form; the PDF's link annotations then say on which page each one landed. Links wrap
 * inline text only, so the measuring print breaks exactly where the real one does.
 */

const ORIGIN = 'https://cairn.invalid/page-mark/';

/** One measured piece of an employer's block: `org` counts the blocks, `seq` orders the pieces in one. */
export interface PageMark {
  org: number;
  seq: number;
  /** `org` for the heading, `role:<id>` for a role's head, `bullet:<id>` for a bullet. */
  unit: string;
  page: number;
  /** How much of it the page holds, in points: a link cut by the page edge leaves a sliver on the page before. */
  height: number;
}

const COPY_START = `${ORIGIN}start/`;

/**
 * The address of the link around the name at the top of a measured copy, the `copy`-th of a print
 * of several (0 when it prints alone). Each copy of such a print begins on a page of its own, and
 * this link says which.
 */
export function copyStartUrl(copy: number): string {
  return `${COPY_START}${copy}`;
}

/** The copy a start mark's address stands for, or undefined for any other link. */
export function readCopyStart(url: string): number | undefined {
  const copy = url.startsWith(COPY_START) ? url.slice(COPY_START.length) : '';
  return /^\d+$/.test(copy) ? Number(copy) : undefined;
}

export function markUrl(org: number, seq: number, unit: string): string {
  return `${ORIGIN}${org}/${seq}/${encodeURIComponent(unit)}`;
}

/** The mark a link address stands for, or undefined for any other link (an email, a profile). */
export function readMark(url: string, page: number, height: number): PageMark | undefined {
  if (!url.startsWith(ORIGIN)) return undefined;
  const [org, seq, unit] = url.slice(ORIGIN.length).split('/');
  if (org === undefined || seq === undefined || unit === undefined || !/^\d+$/.test(org) || !/^\d+$/.test(seq)) return undefined;
  return { org: Number(org), seq: Number(seq), unit: decodeURIComponent(unit), page, height };
}

/**
 * The role heads and bullets that open a page inside their employer's block, in order: each is
 * where "Employer (continued)" goes. A piece is on the page that holds most of its height (a link
 * that wraps over two lines is one annotation per line).
 */
export function continuationPoints(marks: readonly PageMark[]): string[] {
  const heights = new Map<string, { mark: PageMark; byPage: Map<number, number> }>();
  for (const mark of marks) {
    const key = `${mark.org}/${mark.seq}`;
    const known = heights.get(key) ?? { mark, byPage: new Map<number, number>() };
    known.byPage.set(mark.page, (known.byPage.get(mark.page) ?? 0) + mark.height);
    heights.set(key, known);
  }
  const placed = [...heights.values()].map(({ mark, byPage }) => ({ ...mark, page: [...byPage].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0] }));
  const points: string[] = [];
  const byOrg = Map.groupBy(placed, (mark) => mark.org);
  for (const org of [...byOrg.keys()].sort((a, b) => a - b)) {
    const pieces = byOrg.get(org)!.sort((a, b) => a.seq - b.seq);
    for (let index = 1; index < pieces.length; index++) {
      const piece = pieces[index]!;
      if (piece.page > pieces[index - 1]!.page && piece.unit !== 'org') points.push(piece.unit);
    }
  }
  return points;
}
