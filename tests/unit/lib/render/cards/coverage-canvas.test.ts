import { describe, expect, it } from 'vitest';
import { CoverageCanvas } from '../../../../../src/lib/render/cards/coverage-canvas.ts';
import { coverageOf, Outline } from '../../../../../src/lib/render/cards/path-fill.ts';

/** A rectangle's signed coverage, as a glyph's is kept. */
function rectangle(left: number, top: number, right: number, bottom: number) {
  const outline = new Outline();
  outline.moveTo(left, top);
  outline.lineTo(right, top);
  outline.lineTo(right, bottom);
  outline.lineTo(left, bottom);
  outline.close();
  return coverageOf(outline);
}

function painted(canvas: CoverageCanvas): Map<string, number[]> {
  const seen = new Map<string, number[]>();
  canvas.paint({ paint: (x, y, coverage) => seen.set(`${x},${y}`, [...(seen.get(`${x},${y}`) ?? []), coverage]) });
  return seen;
}

describe('a coverage canvas', () => {
  it('sums the coverage of shapes that share a pixel, as one outline would, and paints each pixel once', () => {
    const canvas = new CoverageCanvas(10, 4);
    // Two halves of one pixel column, from two glyphs.
    canvas.add(rectangle(0.5, 0, 2.5, 2), 0, 0);
    canvas.add(rectangle(2.5, 0, 4.5, 2), 0, 0);
    const seen = painted(canvas);
    expect(seen.get('2,0')).toEqual([1]);
    expect(seen.get('0,1')).toEqual([0.5]);
    expect(seen.get('4,1')).toEqual([0.5]);
    expect([...seen.values()].every((coverages) => coverages.length === 1)).toBe(true);
    expect(seen.has('5,0')).toBe(false);
  });

  it('places a shape at a pixel, clips it to the picture and is empty again once painted', () => {
    const canvas = new CoverageCanvas(6, 6);
    canvas.add(rectangle(0, 0, 3, 3), 4, 4);
    expect([...painted(canvas).keys()].sort()).toEqual(['4,4', '4,5', '5,4', '5,5']);
    expect(painted(canvas).size).toBe(0);
  });
});
