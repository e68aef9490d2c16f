import { describe, expect, it } from 'vitest';
import { CoverageCanvas, type ShadeTarget } from '../../../../../src/lib/render/cards/coverage-canvas.ts';
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

/**
 * A picture whose pixels count the shades painted on them (255 a full pixel): a pixel painted
 * twice would show the sum. Nothing enters the table of mixes, so every pixel asks for its mix.
 */
function counting(width: number, height: number): ShadeTarget & { shadeAt(x: number, y: number): number } {
  const rows = new Uint8Array((width + 1) * height);
  return {
    rows,
    stride: width + 1,
    shades: 255,
    mixes: new Int16Array(256 * 256).fill(-1),
    mixOf: (under, shade) => Math.min(255, under + shade),
    shadeAt: (x, y) => rows[y * (width + 1) + 1 + x]!,
  };
}

describe('a coverage canvas', () => {
  it('sums the coverage of shapes that share a pixel, as one outline would, and paints each pixel once', () => {
    const canvas = new CoverageCanvas(10, 4);
    const picture = counting(10, 4);
    // Two halves of one pixel column, from two glyphs.
    canvas.add(rectangle(0.5, 0, 2.5, 2), 0, 0);
    canvas.add(rectangle(2.5, 0, 4.5, 2), 0, 0);
    expect(canvas.paint(picture)).toBe(true);
    expect([0, 1, 2, 3, 4, 5].map((x) => picture.shadeAt(x, 1))).toEqual([128, 255, 255, 255, 128, 0]);
    expect(picture.shadeAt(2, 2)).toBe(0);
  });

  it('places a shape at a pixel, clips it to the picture and is empty again once painted', () => {
    const canvas = new CoverageCanvas(6, 6);
    const picture = counting(6, 6);
    canvas.add(rectangle(0, 0, 3, 3), 4, 4);
    canvas.paint(picture);
    const painted = (target: ReturnType<typeof counting>) => [0, 1, 2, 3, 4, 5].flatMap((y) => [0, 1, 2, 3, 4, 5].filter((x) => target.shadeAt(x, y) > 0).map((x) => `${x},${y}`));
    expect(painted(picture)).toEqual(['4,4', '5,4', '4,5', '5,5']);
    canvas.paint(picture);
    expect(picture.shadeAt(4, 4)).toBe(255);
    const corner = counting(6, 6);
    canvas.add(rectangle(0, 0, 3, 3), -2, -2);
    canvas.paint(corner);
    expect(painted(corner)).toEqual(['0,0']);
  });

  it('says so when the palette has no room for a mix', () => {
    const canvas = new CoverageCanvas(4, 4);
    canvas.add(rectangle(0, 0, 2, 2), 0, 0);
    expect(canvas.paint({ ...counting(4, 4), mixOf: () => -1 })).toBe(false);
  });
});
