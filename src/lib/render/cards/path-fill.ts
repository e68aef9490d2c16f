/**
 * Fills satori's glyph outlines in this process, anti-aliased by the exact area each pixel's
 * square has inside the outline (the signed-area accumulation of font-rs). Text is most of an
 * image's drawing, and this is several times cheaper than handing the outlines to librsvg as SVG,
 * which parses the path text again and paints a whole canvas per image.
 */

/** Told the coverage, above 0 and at most 1, of each pixel the outline touches. */
export interface CoveragePainter {
  paint(x: number, y: number, coverage: number): void;
}

/**
 * An outline being drawn, kept as the lines it flattens to (four numbers each: x0, y0, x1, y1) with
 * their bounds. Contours are closed as a fill closes them: by a new move, a close, or the fill.
 */
export class Outline {
  values = new Float64Array(4096);
  length = 0;
  minX = Infinity;
  minY = Infinity;
  maxX = -Infinity;
  maxY = -Infinity;
  private x = 0;
  private y = 0;
  private startX = 0;
  private startY = 0;

  reset(): void {
    this.length = 0;
    this.minX = this.minY = Infinity;
    this.maxX = this.maxY = -Infinity;
    this.x = this.y = this.startX = this.startY = 0;
  }

  moveTo(x: number, y: number): void {
    this.line(this.x, this.y, this.startX, this.startY);
    this.x = this.startX = x;
    this.y = this.startY = y;
  }

  lineTo(x: number, y: number): void {
    this.line(this.x, this.y, x, y);
    this.x = x;
    this.y = y;
  }

  quadraticTo(cx: number, cy: number, x: number, y: number): void {
    quadratic(this, this.x, this.y, cx, cy, x, y);
    this.x = x;
    this.y = y;
  }

  cubicTo(c1x: number, c1y: number, c2x: number, c2y: number, x: number, y: number): void {
    cubic(this, this.x, this.y, c1x, c1y, c2x, c2y, x, y);
    this.x = x;
    this.y = y;
  }

  close(): void {
    this.lineTo(this.startX, this.startY);
  }

  /** Where the pen is. */
  pen(): { x: number; y: number } {
    return { x: this.x, y: this.y };
  }

  line(x0: number, y0: number, x1: number, y1: number): void {
    if (y0 === y1) return;
    if (this.length + 4 > this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = x0;
    this.values[this.length++] = y0;
    this.values[this.length++] = x1;
    this.values[this.length++] = y1;
    if (x0 < this.minX) this.minX = x0;
    if (x1 < this.minX) this.minX = x1;
    if (x0 > this.maxX) this.maxX = x0;
    if (x1 > this.maxX) this.maxX = x1;
    if (y0 < this.minY) this.minY = y0;
    if (y1 < this.minY) this.minY = y1;
    if (y0 > this.maxY) this.maxY = y0;
    if (y1 > this.maxY) this.maxY = y1;
  }
}

/** A quadratic curve as lines, as many as its bend needs for a deviation well under a pixel. */
function quadratic(out: Outline, x0: number, y0: number, x1: number, y1: number, x2: number, y2: number): void {
  const ddx = x0 - 2 * x1 + x2;
  const ddy = y0 - 2 * y1 + y2;
  const deviation = ddx * ddx + ddy * ddy;
  const steps = deviation < 0.333 ? 1 : 1 + Math.floor(Math.sqrt(Math.sqrt(3 * deviation)));
  let px = x0;
  let py = y0;
  for (let step = 1; step <= steps; step++) {
    const t = step / steps;
    const u = 1 - t;
    const x = u * u * x0 + 2 * u * t * x1 + t * t * x2;
    const y = u * u * y0 + 2 * u * t * y1 + t * t * y2;
    out.line(px, py, x, y);
    px = x;
    py = y;
  }
}

function cubic(out: Outline, x0: number, y0: number, x1: number, y1: number, x2: number, y2: number, x3: number, y3: number): void {
  const deviation = Math.max((x0 - 2 * x1 + x2) ** 2 + (y0 - 2 * y1 + y2) ** 2, (x1 - 2 * x2 + x3) ** 2 + (y1 - 2 * y2 + y3) ** 2);
  const steps = deviation < 0.333 ? 1 : 1 + Math.floor(Math.sqrt(Math.sqrt(6 * deviation)));
  let px = x0;
  let py = y0;
  for (let step = 1; step <= steps; step++) {
    const t = step / steps;
    const u = 1 - t;
    const x = u * u * u * x0 + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3;
    const y = u * u * u * y0 + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3;
    out.line(px, py, x, y);
    px = x;
    py = y;
  }
}

/**
 * Draws an SVG path in absolute commands (M, L, H, V, Q, C, Z: what satori writes for glyphs)
 * into an outline, or gives false for anything else, which the caller then draws another way.
 */
export function outlinePath(d: string, out: Outline): boolean {
  out.reset();
  let index = 0;
  const skip = () => {
    while (index < d.length) {
      const code = d.charCodeAt(index);
      if (code === 32 || code === 44 || code === 10 || code === 13 || code === 9) index++;
      else break;
    }
  };
  // Read by hand rather than with a regular expression: a page's text has thousands of numbers.
  const number = (): number => {
    skip();
    let sign = 1;
    let code = d.charCodeAt(index);
    if (code === 45 || code === 43) {
      if (code === 45) sign = -1;
      code = d.charCodeAt(++index);
    }
    let value = 0;
    let digits = 0;
    while (code >= 48 && code <= 57) {
      value = value * 10 + (code - 48);
      digits++;
      code = d.charCodeAt(++index);
    }
    if (code === 46) {
      let scale = 1;
      code = d.charCodeAt(++index);
      while (code >= 48 && code <= 57) {
        value = value * 10 + (code - 48);
        scale *= 10;
        digits++;
        code = d.charCodeAt(++index);
      }
      value /= scale;
    }
    if (digits === 0) throw new SyntaxError(`no number at ${index}`);
    if (code === 101 || code === 69) {
      const start = ++index;
      if (d.charCodeAt(index) === 45 || d.charCodeAt(index) === 43) index++;
      while (d.charCodeAt(index) >= 48 && d.charCodeAt(index) <= 57) index++;
      value *= 10 ** Number(d.slice(start, index));
    }
    return sign * value;
  };
  // The pen, for H and V, which keep one of its coordinates.
  let x = 0;
  let y = 0;
  let command = '';
  try {
    for (skip(); index < d.length; skip()) {
      const code = d.charCodeAt(index);
      // A letter starts a command; numbers without one repeat the last (after M, as L).
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) command = d[index++]!;
      else if (command === 'M') command = 'L';
      switch (command) {
        case 'M':
          x = number();
          y = number();
          out.moveTo(x, y);
          break;
        case 'L':
          x = number();
          y = number();
          out.lineTo(x, y);
          break;
        case 'H':
          x = number();
          out.lineTo(x, y);
          break;
        case 'V':
          y = number();
          out.lineTo(x, y);
          break;
        case 'Q': {
          const cx = number();
          const cy = number();
          x = number();
          y = number();
          out.quadraticTo(cx, cy, x, y);
          break;
        }
        case 'C': {
          const c1x = number();
          const c1y = number();
          const c2x = number();
          const c2y = number();
          x = number();
          y = number();
          out.cubicTo(c1x, c1y, c2x, c2y, x, y);
          break;
        }
        case 'Z':
          out.close();
          ({ x, y } = out.pen());
          // The next command must name itself.
          command = '';
          break;
        default:
          return false;
      }
    }
  } catch (error) {
    if (error instanceof SyntaxError) return false;
    throw error;
  }
  return true;
}

/** Adds one line's signed coverage to the accumulation rows (font-rs's draw_line). */
function accumulate(area: Float32Array, stride: number, rows: number, x0: number, y0: number, x1: number, y1: number): void {
  let direction = 1;
  if (y0 > y1) {
    direction = -1;
    const swapX = x0;
    const swapY = y0;
    x0 = x1;
    y0 = y1;
    x1 = swapX;
    y1 = swapY;
  }
  const dxdy = (x1 - x0) / (y1 - y0);
  // A line starting above the first row enters it further along.
  let x = y0 < 0 ? x0 - y0 * dxdy : x0;
  const last = Math.min(rows, Math.ceil(y1));
  for (let row = Math.max(0, Math.floor(y0)); row < last; row++) {
    const start = row * stride;
    const dy = Math.min(row + 1, y1) - Math.max(row, y0);
    const xNext = x + dxdy * dy;
    const d = dy * direction;
    const left = x < xNext ? x : xNext;
    const right = x < xNext ? xNext : x;
    const leftFloor = Math.floor(left);
    const rightCeil = Math.ceil(right);
    if (rightCeil <= leftFloor + 1) {
      const middle = 0.5 * (x + xNext) - leftFloor;
      area[start + leftFloor]! += d - d * middle;
      area[start + leftFloor + 1]! += d * middle;
    } else {
      const s = 1 / (right - left);
      const leftFraction = left - leftFloor;
      const a0 = 0.5 * s * (1 - leftFraction) * (1 - leftFraction);
      const rightFraction = right - rightCeil + 1;
      const am = 0.5 * s * rightFraction * rightFraction;
      area[start + leftFloor]! += d * a0;
      if (rightCeil === leftFloor + 2) {
        area[start + leftFloor + 1]! += d * (1 - a0 - am);
      } else {
        const a1 = s * (1.5 - leftFraction);
        area[start + leftFloor + 1]! += d * (a1 - a0);
        for (let column = leftFloor + 2; column < rightCeil - 1; column++) area[start + column]! += d * s;
        const a2 = a1 + (rightCeil - leftFloor - 3) * s;
        area[start + rightCeil - 1]! += d * (1 - a2 - am);
      }
      area[start + rightCeil]! += d * am;
    }
    x = xNext;
  }
}

const parsed = new Outline();
let area = new Float32Array(1 << 16);

/**
 * Fills the outline `d` (nonzero, as glyphs are drawn) over a `width` × `height` picture, telling
 * the painter each touched pixel's coverage. False, and nothing painted, when the path uses a
 * command other than absolute M, L, H, V, Q, C and Z.
 */
export function fillPath(d: string, width: number, height: number, painter: CoveragePainter): boolean {
  if (!outlinePath(d, parsed)) return false;
  fillOutline(parsed, width, height, painter);
  return true;
}

/** Fills an outline (nonzero) over a `width` × `height` picture, telling the painter each touched pixel's coverage. */
export function fillOutline(outline: Outline, width: number, height: number, painter: CoveragePainter): void {
  // An outline left open is closed, as a fill closes it.
  outline.close();
  if (outline.length === 0) return;
  const left = Math.max(0, Math.floor(outline.minX));
  const top = Math.max(0, Math.floor(outline.minY));
  const right = Math.min(width, Math.ceil(outline.maxX));
  const bottom = Math.min(height, Math.ceil(outline.maxY));
  if (right <= left || bottom <= top) return;
  // The outline's box, two cells wider for the coverage that spills past its last edge.
  const originX = Math.floor(outline.minX);
  const stride = Math.ceil(outline.maxX) - originX + 2;
  const rows = bottom - top;
  if (area.length < stride * rows) area = new Float32Array(stride * rows * 2);
  const values = outline.values;
  for (let index = 0; index < outline.length; index += 4) {
    accumulate(area, stride, rows, values[index]! - originX, values[index + 1]! - top, values[index + 2]! - originX, values[index + 3]! - top);
  }
  // Columns of the accumulation rows that are pixels of the picture (all of them, unless the text leaves it).
  const first = left - originX;
  const end = right - originX;
  for (let row = 0; row < rows; row++) {
    const start = row * stride;
    let sum = 0;
    for (let column = 0; column < first; column++) sum += area[start + column]!;
    for (let column = first; column < end; column++) {
      sum += area[start + column]!;
      const coverage = sum < 0 ? -sum : sum;
      if (coverage >= 1 / 512) painter.paint(originX + column, top + row, coverage > 1 ? 1 : coverage);
    }
    area.fill(0, start, start + stride);
  }
}

/** An outline's signed coverage (area summed along each row, before its sign is dropped) over its box. */
export interface CoverageBox {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Row after row; adding boxes of several outlines sums their coverage, as filling them as one outline would. */
  coverage: Float32Array;
  /** Where each row's coverage is, as the first column and the one after the last (0, 0 for an empty row): nothing outside it counts. */
  spans: Int16Array;
  /** The box's cells that have coverage: first column, the one after the last, first row, the one after the last (all 0 when none). */
  inked: { left: number; right: number; top: number; bottom: number };
  /** Each cell's coverage as one of `count` shades, worked out when the box is first painted on its own and kept: a glyph's box is painted thousands of times. */
  shades?: { count: number; values: Uint8Array };
}

/** Coverage this small (a sum's rounding left over past an edge) is left out of a row's span. */
const NEGLIGIBLE = 1 / 4096;

/** The signed coverage of an outline over its own box, for drawing it many times (a glyph). */
export function coverageOf(outline: Outline): CoverageBox {
  outline.close();
  if (outline.length === 0) return { left: 0, top: 0, width: 0, height: 0, coverage: new Float32Array(0), spans: new Int16Array(0), inked: { left: 0, right: 0, top: 0, bottom: 0 } };
  const left = Math.floor(outline.minX);
  const top = Math.floor(outline.minY);
  // One cell wider for the coverage that spills past the last edge; the sum is back to 0 after it.
  const width = Math.ceil(outline.maxX) - left + 1;
  const height = Math.ceil(outline.maxY) - top;
  const coverage = new Float32Array(width * height);
  const spans = new Int16Array(height * 2);
  const inked = { left: width, right: 0, top: height, bottom: 0 };
  const values = outline.values;
  for (let index = 0; index < outline.length; index += 4) {
    accumulate(coverage, width, height, values[index]! - left, values[index + 1]! - top, values[index + 2]! - left, values[index + 3]! - top);
  }
  for (let row = 0; row < height; row++) {
    const start = row * width;
    let sum = 0;
    let first = width;
    let end = 0;
    for (let column = 0; column < width; column++) {
      sum += coverage[start + column]!;
      const value = Math.abs(sum) < NEGLIGIBLE ? 0 : sum;
      coverage[start + column] = value;
      if (value !== 0) {
        if (first === width) first = column;
        end = column + 1;
      }
    }
    spans[row * 2] = first < end ? first : 0;
    spans[row * 2 + 1] = end;
    if (first < end) {
      inked.left = Math.min(inked.left, first);
      inked.right = Math.max(inked.right, end);
      inked.top = Math.min(inked.top, row);
      inked.bottom = row + 1;
    }
  }
  if (inked.right === 0) inked.left = inked.top = 0;
  return { left, top, width, height, coverage, spans, inked };
}
