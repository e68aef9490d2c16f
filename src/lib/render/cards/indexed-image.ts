import { constants, crc32, deflateSync } from 'node:zlib';
import { CoverageCanvas, type ShadeTarget } from './coverage-canvas.ts';
import { fillPath, type CoveragePainter } from './path-fill.ts';

/**
 * A picture of at most 256 colours, kept as one palette index a pixel and written as an indexed
 * PNG. A page image has few colours: its ground, the brand's band and rule, and each text colour
 * shaded over the ground at the edges of the letters. Shading in 1/48 steps or finer, which the
 * eye cannot tell from 1/255, keeps it under 256, so the file deflates a third of the bytes of an
 * RGB one: half the size, at a third of the encoding time.
 */
const MAX_COLOURS = 256;
/** Fewer shades than this and letter edges could show steps: such an image is drawn in RGB instead. */
const MIN_SHADES = 48;
/** Rows carry PNG's filter byte (0, none: the usual choice for palette images) before their pixels. */
const FILTER_NONE = 0;
/**
 * Runs of one index, which is what a page image mostly is, found by zlib's run-length strategy: a
 * third of the time of level 4's match search for files 6 % larger (bench/results.md).
 */
const DEFLATE = { level: 4, strategy: constants.Z_RLE };

export class IndexedImage {
  readonly width: number;
  readonly height: number;
  /** PNG scanlines: a filter byte, then a palette index per pixel, row after row. */
  readonly rows: Uint8Array;
  /** Colours as 0xRRGGBB, by index. */
  readonly palette: number[];
  private readonly lookup: Map<number, number>;

  private constructor(width: number, height: number, rows: Uint8Array, palette: number[]) {
    this.width = width;
    this.height = height;
    this.rows = rows;
    this.palette = palette;
    this.lookup = new Map(palette.map((colour, index) => [colour, index]));
  }

  /** An RGB picture as indices, or undefined when it has more than 256 colours. */
  static fromRgb(rgb: Uint8Array, width: number, height: number): IndexedImage | undefined {
    const rows = new Uint8Array((width + 1) * height);
    const palette: number[] = [];
    const lookup = new Map<number, number>();
    let last = -1;
    let lastIndex = 0;
    for (let y = 0, from = 0; y < height; y++) {
      let to = y * (width + 1);
      rows[to++] = FILTER_NONE;
      for (let x = 0; x < width; x++, from += 3, to++) {
        const colour = (rgb[from]! << 16) | (rgb[from + 1]! << 8) | rgb[from + 2]!;
        if (colour !== last) {
          let index = lookup.get(colour);
          if (index === undefined) {
            if (palette.length === MAX_COLOURS) return undefined;
            index = palette.push(colour) - 1;
            lookup.set(colour, index);
          }
          last = colour;
          lastIndex = index;
        }
        rows[to] = lastIndex;
      }
    }
    return new IndexedImage(width, height, rows, palette);
  }

  /** A copy to paint on, its pixels in `into` when given (a buffer of the same length, reused from image to image). */
  copy(into?: Uint8Array): IndexedImage {
    const rows = into?.length === this.rows.length ? into : new Uint8Array(this.rows.length);
    rows.set(this.rows);
    return new IndexedImage(this.width, this.height, rows, [...this.palette]);
  }

  /** The index of a colour, added to the palette if new; -1 when the palette is full. */
  private indexOf(colour: number): number {
    let index = this.lookup.get(colour);
    if (index === undefined) {
      if (this.palette.length === MAX_COLOURS) return -1;
      index = this.palette.push(colour) - 1;
      this.lookup.set(colour, index);
    }
    return index;
  }

  /**
   * Fills text outlines over the picture, each in its colour (`#rrggbb`), in order. False when the
   * picture would need more than 256 colours, or a path is one the filler cannot read: the caller
   * then draws the image another way.
   */
  paintTexts(texts: readonly { colour: string; d: string }[]): boolean {
    const painters = this.paintersFor(texts.map((text) => text.colour));
    if (!painters) return false;
    for (const { colour, d } of texts) {
      const painter = painters.get(colour)!;
      if (!fillPath(d, this.width, this.height, painter) || painter.full) return false;
    }
    return true;
  }

  /**
   * Paints text runs over the picture, each in its colour (`#rrggbb`), in order: a run adds its
   * glyphs' coverage to the canvas, which is then painted. False when the picture would need more
   * than 256 colours or a run cannot be drawn (its `draw` gave false): the caller then draws the
   * image another way.
   */
  paintRuns(runs: readonly { colour: string; draw: (canvas: CoverageCanvas) => boolean }[]): boolean {
    const painters = this.paintersFor(runs.map((run) => run.colour));
    if (!painters) return false;
    if (canvas?.width !== this.width || canvas.height !== this.height) canvas = new CoverageCanvas(this.width, this.height);
    for (const { colour, draw } of runs) {
      const painter = painters.get(colour)!;
      const drawn = draw(canvas);
      // Painted even when the run failed, which clears the canvas for the next image.
      if (!canvas.paint(painter) || !drawn) return false;
    }
    return true;
  }

  /** A painter for each text colour, with as many shades each as the palette leaves room for; undefined when too few. */
  private paintersFor(colours: readonly string[]): Map<string, ShadePainter> | undefined {
    const distinct = [...new Set(colours)];
    const shades = Math.min(255, Math.floor((MAX_COLOURS - this.palette.length) / Math.max(1, distinct.length)));
    if (shades < MIN_SHADES) return undefined;
    return new Map(distinct.map((colour) => [colour, new ShadePainter(this, Number.parseInt(colour.slice(1), 16), shades, (value) => this.indexOf(value))]));
  }

  /** The PNG file: header, palette, resolution, pixels. */
  png(dpi: number): Buffer {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(this.width, 0);
    header.writeUInt32BE(this.height, 4);
    header.set([8, 3, 0, 0, 0], 8); // 8 bits an index, colour type 3 (palette), deflate, filters, no interlace
    const palette = Buffer.alloc(this.palette.length * 3);
    this.palette.forEach((colour, index) => palette.set([colour >> 16, (colour >> 8) & 255, colour & 255], index * 3));
    const resolution = Buffer.alloc(9);
    const perMetre = Math.round(dpi / 0.0254);
    resolution.writeUInt32BE(perMetre, 0);
    resolution.writeUInt32BE(perMetre, 4);
    resolution[8] = 1; // the unit is the metre
    const pixels = deflateSync(this.rows, DEFLATE);
    return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('pHYs', resolution), chunk('IDAT', pixels), chunk('IEND', Buffer.alloc(0))]);
  }
}

/** The coverage of the text being painted, reused from image to image (images are painted one at a time, without a pause). */
let canvas: CoverageCanvas | undefined;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/**
 * Paints one text colour: a pixel's coverage, in `shades` steps, mixes the colour over what is
 * there; each mix is looked up in the palette once.
 */
class ShadePainter implements CoveragePainter, ShadeTarget {
  full = false;
  private readonly image: IndexedImage;
  readonly rows: Uint8Array;
  readonly stride: number;
  private readonly colour: number;
  readonly shades: number;
  private readonly indexOf: (colour: number) => number;
  /** The palette index of (index underneath × (shades + 1) + shade), or -1 until first needed. */
  readonly mixes: Int16Array;

  constructor(image: IndexedImage, colour: number, shades: number, indexOf: (colour: number) => number) {
    this.image = image;
    this.rows = image.rows;
    this.stride = image.width + 1;
    this.colour = colour;
    this.shades = shades;
    this.indexOf = indexOf;
    this.mixes = mixTable(colour, MAX_COLOURS * (shades + 1));
  }

  mixOf(under: number, shade: number): number {
    const index = this.indexOf(mix(this.image.palette[under]!, this.colour, shade / this.shades));
    if (index < 0) this.full = true;
    else this.mixes[under * (this.shades + 1) + shade] = index;
    return index;
  }

  paint(x: number, y: number, coverage: number): void {
    // Math.round, for a number at least 0.
    const shade = (coverage * this.shades + 0.5) | 0;
    if (shade === 0) return;
    const at = y * this.stride + 1 + x;
    const under = this.rows[at]!;
    let index = this.mixes[under * (this.shades + 1) + shade]!;
    if (index < 0 && (index = this.mixOf(under, shade)) < 0) return;
    this.rows[at] = index;
  }
}

/**
 * A table of mixes, all -1, for a painter of a colour: one per colour kept from image to image, as
 * every page image of a site paints the same few colours (painting is synchronous, so no two images share one).
 */
const mixTables = new Map<number, Int16Array>();
function mixTable(colour: number, length: number): Int16Array {
  let table = mixTables.get(colour);
  if (table?.length !== length) {
    if (mixTables.size > 64) mixTables.clear();
    mixTables.set(colour, (table = new Int16Array(length)));
  }
  return table.fill(-1);
}

/** `amount` of the way from colour `from` to `to`, each channel rounded. */
function mix(from: number, to: number, amount: number): number {
  let out = 0;
  for (const shift of [16, 8, 0]) {
    const a = (from >> shift) & 255;
    const b = (to >> shift) & 255;
    out |= Math.round(a + (b - a) * amount) << shift;
  }
  return out;
}
