import type { CoverageBox } from './path-fill.ts';

/**
 * Where coverage is painted: palette indices row after row, each pixel's coverage made one of
 * `shades` steps of a colour over the index under it, through a table of mixes (index under ×
 * (shades + 1) + shade → index of the mix, -1 until first needed).
 */
export interface ShadeTarget {
  readonly rows: Uint8Array;
  /** Bytes a row, with the filter byte that starts it. */
  readonly stride: number;
  readonly shades: number;
  readonly mixes: Int16Array;
  /** The index of a mix not yet in the table, entered in it; -1 when the palette has no room. */
  mixOf(under: number, shade: number): number;
}

/**
 * A picture's worth of signed coverage that glyphs are added to one by one and then painted:
 * where two glyphs share a pixel their coverage is summed before it is painted, as when the text
 * is filled as one outline, so letters that touch join without a seam. Only the rows of coverage
 * added are painted and cleared, so a page of text costs its glyphs' area, not the picture's.
 */
export class CoverageCanvas {
  readonly width: number;
  readonly height: number;
  private readonly sums: Float32Array;
  /** What was added since the last painting: each box, and where its origin went. */
  private boxes: CoverageBox[] = [];
  private places = new Int32Array(1024);

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.sums = new Float32Array(width * height);
  }

  /** Adds a coverage box with its origin at pixel (x, y). */
  add(box: CoverageBox, x: number, y: number): void {
    const { sums, width, height } = this;
    const { coverage, spans } = box;
    const left = x + box.left;
    const top = y + box.top;
    for (let row = Math.max(0, -top), rows = Math.min(box.height, height - top); row < rows; row++) {
      const from = Math.max(spans[row * 2]!, -left);
      const to = Math.min(spans[row * 2 + 1]!, width - left);
      for (let column = from, at = (top + row) * width + left + from, source = row * box.width + from; column < to; column++, at++, source++) sums[at]! += coverage[source]!;
    }
    const index = this.boxes.push(box) - 1;
    if (index * 2 + 2 > this.places.length) {
      const grown = new Int32Array(this.places.length * 2);
      grown.set(this.places);
      this.places = grown;
    }
    this.places[index * 2] = left;
    this.places[index * 2 + 1] = top;
  }

  /**
   * Paints every pixel the added boxes touch, once each, as its coverage's shade (at most 1), and
   * clears them. False when the palette ran out of room for a mix (the pixel is left as it was).
   */
  paint(target: ShadeTarget): boolean {
    const { sums, width, height, boxes, places } = this;
    const { rows, stride, shades, mixes } = target;
    let full = false;
    for (let index = 0; index < boxes.length; index++) {
      const { spans } = boxes[index]!;
      const left = places[index * 2]!;
      const top = places[index * 2 + 1]!;
      for (let row = Math.max(0, -top), last = Math.min(boxes[index]!.height, height - top); row < last; row++) {
        const y = top + row;
        const to = Math.min(left + spans[row * 2 + 1]!, width);
        // The row's pixels in the target start after its filter byte.
        for (let x = Math.max(left + spans[row * 2]!, 0), at = y * width + x, pixel = y * stride + 1 + x; x < to; x++, at++, pixel++) {
          const sum = sums[at]!;
          if (sum === 0) continue;
          // Cleared as it is painted, so a pixel of two boxes is painted once.
          sums[at] = 0;
          const coverage = sum < 0 ? -sum : sum;
          // Math.round, for a number at least 0.
          const shade = ((coverage > 1 ? 1 : coverage) * shades + 0.5) | 0;
          if (shade === 0) continue;
          const under = rows[pixel]!;
          let mix = mixes[under * (shades + 1) + shade]!;
          if (mix < 0 && (mix = target.mixOf(under, shade)) < 0) {
            full = true;
            continue;
          }
          rows[pixel] = mix;
        }
      }
    }
    boxes.length = 0;
    return !full;
  }
}
