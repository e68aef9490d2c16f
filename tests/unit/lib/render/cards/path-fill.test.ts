import { describe, expect, it } from 'vitest';
import { fillPath } from '../../../../../src/lib/render/cards/path-fill.ts';

/** The coverage the filler gives each pixel of a width × height picture, row after row. */
function coverage(d: string, width: number, height: number): { filled: boolean; pixels: Float64Array } {
  const pixels = new Float64Array(width * height);
  const filled = fillPath(d, width, height, {
    paint(x, y, amount) {
      pixels[y * width + x] = amount;
    },
  });
  return { filled, pixels };
}

const sum = (values: Float64Array) => values.reduce((total, value) => total + value, 0);

/** How much of pixel (x, y)'s square lies inside the rectangle [left, right] × [top, bottom]. */
function overlap(x: number, y: number, rect: { left: number; top: number; right: number; bottom: number }): number {
  const across = Math.max(0, Math.min(x + 1, rect.right) - Math.max(x, rect.left));
  const down = Math.max(0, Math.min(y + 1, rect.bottom) - Math.max(y, rect.top));
  return across * down;
}

/** A circle as eight quadratic arcs (the way a TrueType glyph is drawn), clockwise or not. */
function circle(cx: number, cy: number, r: number, reverse = false): string {
  const points = Array.from({ length: 8 }, (_unused, index) => (index * Math.PI) / 4 * (reverse ? -1 : 1));
  const at = (angle: number, radius = r) => `${(cx + radius * Math.cos(angle)).toFixed(3)} ${(cy + radius * Math.sin(angle)).toFixed(3)}`;
  const control = r / Math.cos(Math.PI / 8);
  return `M${at(0)}${points.map((angle) => `Q${at(angle + (reverse ? -1 : 1) * (Math.PI / 8), control)} ${at(angle + (reverse ? -1 : 1) * (Math.PI / 4))}`).join('')}Z`;
}

describe('filling an outline', () => {
  it('gives each pixel the share of its square inside the outline', () => {
    const rect = { left: 1.25, top: 0.5, right: 3.75, bottom: 2.5 };
    const { filled, pixels } = coverage(`M${rect.left} ${rect.top}L${rect.right} ${rect.top}L${rect.right} ${rect.bottom}L${rect.left} ${rect.bottom}Z`, 6, 4);
    expect(filled).toBe(true);
    for (let y = 0; y < 4; y++) for (let x = 0; x < 6; x++) expect(pixels[y * 6 + x], `pixel ${x}, ${y}`).toBeCloseTo(overlap(x, y, rect), 5);
  });

  it('covers as much as a curved shape’s area, and nothing outside it', () => {
    const { pixels } = coverage(circle(20, 20, 12), 40, 40);
    // Curves are drawn as lines a twentieth of a pixel inside them at most: within a percent of the circle.
    expect(sum(pixels) / (Math.PI * 12 * 12)).toBeGreaterThan(0.99);
    expect(sum(pixels) / (Math.PI * 12 * 12)).toBeLessThan(1.01);
    expect(pixels[20 * 40 + 20]).toBe(1);
    expect(pixels[2 * 40 + 2]).toBe(0);
  });

  it('leaves a counter open where a contour runs the other way, and never covers a pixel more than once', () => {
    const ring = coverage(`${circle(20, 20, 12)}${circle(20, 20, 6, true)}`, 40, 40).pixels;
    expect(ring[20 * 40 + 20]).toBe(0);
    expect(sum(ring) / (Math.PI * (144 - 36))).toBeGreaterThan(0.99);
    expect(sum(ring) / (Math.PI * (144 - 36))).toBeLessThan(1.01);
    const twice = coverage('M2 2L8 2L8 8L2 8ZM4 4L10 4L10 10L4 10Z', 12, 12).pixels;
    expect(Math.max(...twice)).toBe(1);
    expect(sum(twice)).toBeCloseTo(36 + 36 - 16, 5);
  });

  it('reads numbers as satori and SVG write them: signs, fractions without a leading zero, exponents, implied lines', () => {
    const spelled = coverage('M1 1L5 1L5 5L1 5Z', 8, 8).pixels;
    expect([...coverage('M1,1 5,1 5,5 1,5Z', 8, 8).pixels]).toEqual([...spelled]);
    expect([...coverage('M+1 1L5e0 1L5 .5e1L1 5Z', 8, 8).pixels]).toEqual([...spelled]);
    expect(sum(coverage('M-2 -2L3 -2L3 3L-2 3Z', 8, 8).pixels)).toBeCloseTo(9, 5);
  });

  it('paints nothing and says so for commands it does not read (arcs, relative moves)', () => {
    for (const d of ['M1 1A3 3 0 0 1 5 5Z', 'M1 1l4 0l0 4Z', 'M1 1L4 x']) {
      const { filled, pixels } = coverage(d, 8, 8);
      expect(filled, d).toBe(false);
      expect(sum(pixels), d).toBe(0);
    }
  });
});
