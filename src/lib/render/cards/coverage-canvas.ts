import type { CoverageBox, CoveragePainter } from './path-fill.ts';

/**
 * A picture's worth of signed coverage that glyphs are added to one by one and then painted:
 * where two glyphs share a pixel their coverage is summed before it is painted, as when the text
 * is filled as one outline, so letters that touch join without a seam. Only the boxes added are
 * painted and cleared, so a page of text costs its glyphs' area, not the picture's.
 */
export class CoverageCanvas {
  readonly width: number;
  readonly height: number;
  private readonly sums: Float32Array;
  /** The boxes added since the last painting, clipped to the picture: left, top, right, bottom each. */
  private boxes = new Int32Array(1024);
  private count = 0;

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.sums = new Float32Array(width * height);
  }

  /** Adds a coverage box with its origin at pixel (x, y). */
  add(box: CoverageBox, x: number, y: number): void {
    const left = Math.max(0, x + box.left);
    const top = Math.max(0, y + box.top);
    const right = Math.min(this.width, x + box.left + box.width);
    const bottom = Math.min(this.height, y + box.top + box.height);
    if (right <= left || bottom <= top) return;
    const { sums, width } = this;
    const coverage = box.coverage;
    for (let row = top; row < bottom; row++) {
      let from = (row - y - box.top) * box.width + (left - x - box.left);
      for (let at = row * width + left, end = row * width + right; at < end; at++, from++) sums[at]! += coverage[from]!;
    }
    if (this.count + 4 > this.boxes.length) {
      const grown = new Int32Array(this.boxes.length * 2);
      grown.set(this.boxes);
      this.boxes = grown;
    }
    this.boxes[this.count++] = left;
    this.boxes[this.count++] = top;
    this.boxes[this.count++] = right;
    this.boxes[this.count++] = bottom;
  }

  /** Tells the painter the coverage (above 0, at most 1) of every pixel the added boxes touch, once each, and clears them. */
  paint(painter: CoveragePainter): void {
    const { sums, width, boxes } = this;
    for (let index = 0; index < this.count; index += 4) {
      const left = boxes[index]!;
      const right = boxes[index + 2]!;
      for (let row = boxes[index + 1]!, bottom = boxes[index + 3]!; row < bottom; row++) {
        for (let at = row * width + left, end = row * width + right; at < end; at++) {
          const sum = sums[at]!;
          if (sum === 0) continue;
          // Cleared as it is painted, so a pixel of two boxes is painted once.
          sums[at] = 0;
          const coverage = sum < 0 ? -sum : sum;
          if (coverage >= 1 / 512) painter.paint(at - row * width, row, coverage > 1 ? 1 : coverage);
        }
      }
    }
    this.count = 0;
  }
}
