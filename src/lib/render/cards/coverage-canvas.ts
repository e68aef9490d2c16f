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
 * A picture's worth of signed coverage that glyphs are added to and then painted: where two
 * glyphs share a pixel their coverage is summed before it is painted, as when the text is filled
 * as one outline, so letters that touch join without a seam. A glyph that shares no pixel with
 * another is painted straight from its own coverage; only the rows of coverage of the others are
 * summed, painted and cleared, so a page of text costs its glyphs' area, not the picture's.
 */
export class CoverageCanvas {
  readonly width: number;
  readonly height: number;
  private readonly sums: Float32Array;
  /** What was added since the last painting: each box, and where its origin went. */
  private boxes: CoverageBox[] = [];
  private places = new Int32Array(1024);
  /** Of each box added, whether its inked cells meet another's. */
  private shared = new Uint8Array(512);
  private order: number[] = [];

  constructor(width: number, height: number) {
    this.width = width;
    this.height = height;
    this.sums = new Float32Array(width * height);
  }

  /** Adds a coverage box with its origin at pixel (x, y). */
  add(box: CoverageBox, x: number, y: number): void {
    const index = this.boxes.push(box) - 1;
    if (index * 2 + 2 > this.places.length) {
      const grown = new Int32Array(this.places.length * 2);
      grown.set(this.places);
      this.places = grown;
    }
    this.places[index * 2] = x + box.left;
    this.places[index * 2 + 1] = y + box.top;
  }

  /**
   * Paints every pixel the added boxes touch, once each, as its coverage's shade (at most 1), and
   * clears them. False when the palette ran out of room for a mix (the pixel is left as it was).
   */
  paint(target: ShadeTarget): boolean {
    const { boxes, places } = this;
    this.findShared();
    let painted = true;
    for (let index = 0; index < boxes.length; index++) {
      if (this.shared[index]) this.sum(boxes[index]!, places[index * 2]!, places[index * 2 + 1]!);
      else painted = this.paintBox(target, boxes[index]!, places[index * 2]!, places[index * 2 + 1]!) && painted;
    }
    for (let index = 0; index < boxes.length; index++) {
      if (this.shared[index]) painted = this.paintSums(target, boxes[index]!, places[index * 2]!, places[index * 2 + 1]!) && painted;
    }
    boxes.length = 0;
    return painted;
  }

  /** Marks the boxes whose inked cells meet another box's: from left to right, each against those starting before it ends. */
  private findShared(): void {
    const { boxes, places } = this;
    if (this.shared.length < boxes.length) this.shared = new Uint8Array(boxes.length * 2);
    const shared = this.shared.fill(0, 0, boxes.length);
    const left = (index: number) => places[index * 2]! + boxes[index]!.inked.left;
    const order = this.order;
    order.length = 0;
    for (let index = 0; index < boxes.length; index++) order.push(index);
    order.sort((a, b) => left(a) - left(b));
    for (let at = 0; at < order.length; at++) {
      const a = order[at]!;
      const inkA = boxes[a]!.inked;
      const right = places[a * 2]! + inkA.right;
      const top = places[a * 2 + 1]! + inkA.top;
      const bottom = places[a * 2 + 1]! + inkA.bottom;
      for (let next = at + 1; next < order.length && left(order[next]!) < right; next++) {
        const b = order[next]!;
        const inkB = boxes[b]!.inked;
        if (places[b * 2 + 1]! + inkB.top < bottom && places[b * 2 + 1]! + inkB.bottom > top) shared[a] = shared[b] = 1;
      }
    }
  }

  /** Adds a box's coverage to the sums. */
  private sum(box: CoverageBox, left: number, top: number): void {
    const { sums, width, height } = this;
    const { coverage, spans } = box;
    for (let row = Math.max(0, -top), rows = Math.min(box.height, height - top); row < rows; row++) {
      const from = Math.max(spans[row * 2]!, -left);
      const to = Math.min(spans[row * 2 + 1]!, width - left);
      for (let column = from, at = (top + row) * width + left + from, source = row * box.width + from; column < to; column++, at++, source++) sums[at]! += coverage[source]!;
    }
  }

  /** Paints a box that shares no pixel straight from its shades. */
  private paintBox(target: ShadeTarget, box: CoverageBox, left: number, top: number): boolean {
    const { width, height } = this;
    const { rows, stride, shades, mixes } = target;
    const { spans } = box;
    const values = shadesOf(box, shades);
    let painted = true;
    for (let row = Math.max(0, -top), last = Math.min(box.height, height - top); row < last; row++) {
      const from = Math.max(spans[row * 2]!, -left);
      const to = Math.min(spans[row * 2 + 1]!, width - left);
      for (let column = from, source = row * box.width + from, pixel = (top + row) * stride + 1 + left + from; column < to; column++, source++, pixel++) {
        const shade = values[source]!;
        if (shade === 0) continue;
        const under = rows[pixel]!;
        let mix = mixes[under * (shades + 1) + shade]!;
        if (mix < 0 && (mix = target.mixOf(under, shade)) < 0) {
          painted = false;
          continue;
        }
        rows[pixel] = mix;
      }
    }
    return painted;
  }

  /** Paints the sums over a box's rows of coverage, once each pixel, and clears them. */
  private paintSums(target: ShadeTarget, box: CoverageBox, left: number, top: number): boolean {
    const { sums, width, height } = this;
    const { rows, stride, shades, mixes } = target;
    const { spans } = box;
    let painted = true;
    for (let row = Math.max(0, -top), last = Math.min(box.height, height - top); row < last; row++) {
      const y = top + row;
      const to = Math.min(left + spans[row * 2 + 1]!, width);
      // The row's pixels in the target start after its filter byte.
      for (let x = Math.max(left + spans[row * 2]!, 0), at = y * width + x, pixel = y * stride + 1 + x; x < to; x++, at++, pixel++) {
        const sum = sums[at]!;
        if (sum === 0) continue;
        // Cleared as it is painted, so a pixel of two boxes is painted once.
        sums[at] = 0;
        const shade = shadeOf(sum, shades);
        if (shade === 0) continue;
        const under = rows[pixel]!;
        let mix = mixes[under * (shades + 1) + shade]!;
        if (mix < 0 && (mix = target.mixOf(under, shade)) < 0) {
          painted = false;
          continue;
        }
        rows[pixel] = mix;
      }
    }
    return painted;
  }
}

/** A box's coverage as shades (its size, at most 1, times `count`, rounded), kept on the box for the next time it is painted. */
function shadesOf(box: CoverageBox, count: number): Uint8Array {
  if (box.shades?.count === count) return box.shades.values;
  const { coverage } = box;
  const values = new Uint8Array(coverage.length);
  for (let cell = 0; cell < coverage.length; cell++) values[cell] = shadeOf(coverage[cell]!, count);
  box.shades = { count, values };
  return values;
}

/** Signed coverage as one of `count` shades: its size, at most 1, times `count`, rounded (Math.round, for a number at least 0). */
function shadeOf(coverage: number, count: number): number {
  const size = coverage < 0 ? -coverage : coverage;
  return ((size > 1 ? 1 : size) * count + 0.5) | 0;
}
