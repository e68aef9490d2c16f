import sharp from 'sharp';
import { drawSvg, type LaidOutBox } from './draw.ts';
import { elementWithKey, textsOf, type ImageElement } from './element.ts';
import { drawFitted, ImageProblemsError, linesByBlock } from './fit.ts';
import type { FontSet } from './fonts.ts';
import type { Paragraph } from './glyph-text.ts';
import { layeredPng, layeredTextPng } from './layers.ts';
import { fitsIn, type ImageLayout } from './layout.ts';
import { drawPlaced, learnGround } from './placed-image.ts';
import { withPngText } from './png-text.ts';

// Every SVG is drawn once, so libvips' operation cache (up to 50 MB) never has a hit, only holds memory.
sharp.cache(false);

export interface RenderedImage {
  png: Buffer;
  /** Every word the image shows, one piece a line: written into the PNG as its Description. */
  text: string;
  /**
   * Milliseconds spent in satori (measuring and drawing) and in encoding the PNG; of the encoding,
   * `draw` went to drawing a page image's text over its ground (0 for an image librsvg draws).
   */
  timings: { satori: number; encode: number; draw: number };
}

/**
 * Refuses a drawing in which text left its room or the image: the template's geometry is meant to
 * make that impossible, so this is a bug in Cairn, never a silently clipped line.
 */
function assertDrawnInside(layout: ImageLayout, sizes: ReadonlyMap<string, number>, boxes: ReadonlyMap<string, LaidOutBox>): void {
  const lines = linesByBlock(layout, sizes, boxes);
  for (const block of layout.blocks) {
    const box = boxes.get(block.key);
    const inside = box && box.left >= 0 && box.top >= 0 && box.left + box.width <= layout.canvas.width + 0.5 && box.top + box.height <= layout.canvas.height + 0.5;
    if (!inside || !fitsIn(block, sizes.get(block.key)!, lines.get(block.key)!)) {
      throw new Error(`${layout.name}: text block "${block.key}" was drawn outside its room (${JSON.stringify(box)}, ${lines.get(block.key)} of ${block.maxLines} lines)`);
    }
  }
}

/**
 * Where satori sets each text block's lines, for drawing its glyphs as satori would: a paragraph
 * of several lines, or one aligned right or centred, starts its words on whole pixels.
 */
export function paragraphsOf(layout: ImageLayout, sizes: ReadonlyMap<string, number>, boxes: ReadonlyMap<string, LaidOutBox>, tree: ImageElement): Paragraph[] {
  const lines = linesByBlock(layout, sizes, boxes);
  return layout.blocks.flatMap((block) => {
    const box = boxes.get(block.key);
    if (!box) return [];
    const style = elementWithKey(tree, block.key)?.props.style ?? {};
    const aligned = style['display'] === 'block' && (style['textAlign'] === 'right' || style['textAlign'] === 'center');
    return [{ left: box.left, top: box.top, right: box.left + box.width, bottom: box.top + box.height, wholePixels: lines.get(block.key)! > 1 || aligned }];
  });
}

/**
 * Styles that change how satori draws glyphs (features, slants, strokes, shadows, decorations,
 * clips, opacity, direction): a tree with any of them has satori write its outlines.
 */
const GLYPH_STYLES = /^(font(Kerning|Variant|FeatureSettings|Style|Synthesis)|text(Decoration|Shadow|Overflow|Indent)|WebkitText|backgroundClip|lineClamp|direction|unicodeBidi|writingMode|filter|opacity|mixBlendMode|clipPath|mask|overflow|transform)/;

function drawsGlyphsPlainly(node: ImageElement | string): boolean {
  if (typeof node === 'string') return true;
  if (Object.keys(node.props.style ?? {}).some((name) => GLYPH_STYLES.test(name))) return false;
  const { children } = node.props;
  return children === undefined || (Array.isArray(children) ? children : [children]).every(drawsGlyphsPlainly);
}

/** Every word the image shows, one piece a line: what its PNG's Description says. */
function imageText(layout: ImageLayout, tree: ImageElement): string {
  return [...textsOf(tree), ...(layout.unwrittenText ?? [])].join('\n');
}

/**
 * Template → satori (SVG) → PNG. Text starts at its largest size, or at the size its advance
 * widths say it fits, so most images take one satori pass. A page image whose template places
 * its own text takes none once satori has drawn its ground (placed-image.ts). A page image is its site's shared
 * ground with the text drawn over it, as an indexed PNG (layers.ts): satori lays the text out
 * without writing glyph outlines, and the glyphs are drawn here as it would have drawn them,
 * unless the text needs what only satori draws (other scripts' fonts, emoji), when satori writes
 * the outlines. A card is drawn by librsvg and written by sharp as RGB. Every PNG has its
 * resolution (300 dpi for print) written into it and the image's words in its text chunks.
 * `clock` (milliseconds) times the steps: wall time unless a benchmark asks for CPU time.
 */
export async function renderImage(layout: ImageLayout, fonts: FontSet, options: { title: string; dpi: number; clock?: () => number }): Promise<RenderedImage> {
  const clock = options.clock ?? (() => performance.now());
  const startPlaced = clock();
  const attempt = await drawPlaced(layout, fonts, options.dpi, (sizes, boxes, tree) => paragraphsOf(layout, sizes, boxes, tree), clock);
  if (attempt.drawn) {
    const { png: layered, draw, sizes, tree, boxes } = attempt.drawn;
    assertDrawnInside(layout, sizes, boxes);
    const text = imageText(layout, tree);
    return { png: withPngText(layered, { Title: options.title, Description: text, Software: 'Cairn' }), text, timings: { satori: 0, encode: clock() - startPlaced, draw } };
  }
  const startSatori = clock();
  const drawn = await drawFitted(layout, fonts, { embedFont: !layout.textOnTop });
  if (drawn.problems.length > 0) throw new ImageProblemsError(drawn.problems);
  const { sizes, tree } = drawn;
  assertDrawnInside(layout, sizes, drawn.boxes);
  let satoriTime = clock() - startSatori;

  const startEncode = clock();
  const text = imageText(layout, tree);
  let svg = drawn.svg;
  let layered: Buffer | undefined;
  let draw = 0;
  if (layout.textOnTop) {
    const glyphs = drawsGlyphsPlainly(tree) ? await layeredTextPng(svg, layout.canvas, options.dpi, { fonts: fonts.fonts, paragraphs: paragraphsOf(layout, sizes, drawn.boxes, tree) }, clock) : undefined;
    if (glyphs) {
      ({ png: layered, draw } = glyphs);
      if (attempt.learn) await learnGround(layout, fonts, drawn);
    } else {
      // Text the glyphs are not drawn here for: satori writes its outlines, filled as before.
      const startOutlines = clock();
      svg = (await drawSvg(tree, layout.canvas, fonts)).svg;
      satoriTime += clock() - startOutlines;
      layered = await layeredPng(svg, layout.canvas, options.dpi);
    }
  }
  // A card, or a page image of more than 256 colours, goes to librsvg and sharp. withDensity, not
  // withMetadata: withMetadata also attaches an sRGB ICC profile and converts every pixel through
  // it, which leaves the pixels byte for byte the same at a third of sharp's work. zlib level 4,
  // not sharp's 6: much less encoding time for files a little larger (bench/results.md).
  const encoded = layered ?? (await sharp(Buffer.from(svg)).removeAlpha().withDensity(options.dpi).png({ compressionLevel: 4 }).toBuffer());
  const png = withPngText(encoded, { Title: options.title, Description: text, Software: 'Cairn' });
  return { png, text, timings: { satori: satoriTime, encode: clock() - startEncode, draw } };
}
