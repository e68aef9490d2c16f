import { describe, expect, it } from 'vitest';
import { continuationPoints, copyStartUrl, markUrl, readCopyStart, readMark, type PageMark } from '../../../../../src/lib/render/resume/page-marks.ts';

/** Marks for one employer's pieces, `[unit, page]` in reading order; a line of text is 13 pt high. */
function block(org: number, pieces: [string, number][]): PageMark[] {
  return pieces.map(([unit, page], seq) => ({ org, seq, unit, page, height: 13 }));
}

describe('page marks', () => {
  it('reads back the employer, the order and the piece a mark was made for, and nothing from other links', () => {
    expect(readMark(markUrl(3, 7, 'bullet:2020-01-02-a/b c'), 2, 13)).toEqual({ org: 3, seq: 7, unit: 'bullet:2020-01-02-a/b c', page: 2, height: 13 });
    expect(readMark('https://github.example/ada', 1, 13)).toBeUndefined();
    expect(readMark('mailto:ada@ada.example', 1, 13)).toBeUndefined();
  });

  it('reads back which copy a start mark opens, apart from the piece marks', () => {
    expect(readCopyStart(copyStartUrl(0))).toBe(0);
    expect(readCopyStart(copyStartUrl(12))).toBe(12);
    expect(readMark(copyStartUrl(1), 1, 13)).toBeUndefined();
    expect(readCopyStart(markUrl(0, 0, 'org'))).toBeUndefined();
    expect(readCopyStart(`${copyStartUrl(1)}/x`)).toBeUndefined();
  });
});

describe('where "Employer (continued)" goes', () => {
  it('goes nowhere when every employer stays on one page, or starts on the next one with its heading', () => {
    expect(continuationPoints([...block(0, [['org', 1], ['role:a', 1], ['bullet:1', 1]]), ...block(1, [['org', 2], ['role:b', 2], ['bullet:2', 2]])])).toEqual([]);
  });

  it('goes before the first bullet on the next page when a role breaks between its bullets', () => {
    const marks = block(0, [['org', 1], ['role:a', 1], ['bullet:1', 1], ['bullet:2', 1], ['bullet:3', 2], ['bullet:4', 2]]);
    expect(continuationPoints(marks)).toEqual(['bullet:3']);
  });

  it('goes before a role head when the break falls between two roles at one employer', () => {
    const marks = block(4, [['org', 1], ['role:senior', 1], ['bullet:1', 1], ['bullet:2', 1], ['role:junior', 2], ['bullet:3', 2]]);
    expect(continuationPoints(marks)).toEqual(['role:junior']);
  });

  it('places a bullet by the page holding most of it, not by a sliver the page edge cut off the page before', () => {
    const marks = block(0, [['org', 1], ['role:a', 1], ['bullet:1', 1], ['bullet:2', 1], ['bullet:3', 2]]);
    // Two lines of bullet 3 on page 2, and 0.75 pt of its first line's box on page 1.
    marks.push({ org: 0, seq: 4, unit: 'bullet:3', page: 1, height: 0.75 }, { org: 0, seq: 4, unit: 'bullet:3', page: 2, height: 13 });
    expect(continuationPoints(marks)).toEqual(['bullet:3']);
  });

  it('finds every break, in reading order, whatever order the PDF lists its links in', () => {
    const marks = [...block(1, [['org', 2], ['role:b', 2], ['bullet:5', 2], ['bullet:6', 3]]), ...block(0, [['org', 1], ['role:a', 1], ['bullet:1', 2]])].reverse();
    expect(continuationPoints(marks)).toEqual(['bullet:1', 'bullet:6']);
  });
});
