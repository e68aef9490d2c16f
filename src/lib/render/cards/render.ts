import sharp from 'sharp';
import type { LaidOutBox } from './draw.ts';
import { textsOf } from './element.ts';
import { drawFitted, ImageProblemsError, linesByBlock } from './fit.ts';
import type { FontSet } from './fonts.ts';
import { layeredPng } from './layers.ts';
import { fitsIn, type ImageLayout } from './layout.ts';
import { withPngText } from './png-text.ts';

// Every SVG is drawn once, so libvips' operation cache (up to 50 MB) never has a hit, only holds memory.
sharp.cache(false);

export interface RenderedImage {
  png: Buffer;
  /** Every word the image shows, one piece a line: written into the PNG as its Description. */
  text: string;
  /** Milliseconds spent in satori (measuring and drawing) and in encoding the PNG. */
  timings: { satori: number; encode: number };
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
 * Template → satori (SVG) → PNG. Text starts at its largest size, or at the size its advance
 * widths say it fits, so most images take one satori pass. A page image is its site's shared
 * ground with the text filled over it, as an indexed PNG (layers.ts); a card is drawn by librsvg
 * and written by sharp as RGB. Every PNG has its resolution (300 dpi for print) written into it and
 * the image's words in its text chunks.
 */
export async function renderImage(layout: ImageLayout, fonts: FontSet, options: { title: string; dpi: number }): Promise<RenderedImage> {
  const startSatori = performance.now();
  const drawn = await drawFitted(layout, fonts);
  if (drawn.problems.length > 0) throw new ImageProblemsError(drawn.problems);
  const { sizes, tree } = drawn;
  assertDrawnInside(layout, sizes, drawn.boxes);
  const satoriTime = performance.now() - startSatori;

  const startEncode = performance.now();
  const text = [...textsOf(tree), ...(layout.unwrittenText ?? [])].join('\n');
  // A card, or a page image of more than 256 colours, goes to librsvg and sharp. withDensity, not
  // withMetadata: withMetadata also attaches an sRGB ICC profile and converts every pixel through
  // it, which leaves the pixels byte for byte the same at a third of sharp's work. zlib level 4,
  // not sharp's 6: much less encoding time for files a little larger (bench/results.md).
  const layered = layout.textOnTop ? await layeredPng(drawn.svg, layout.canvas, options.dpi) : undefined;
  const encoded = layered ?? (await sharp(Buffer.from(drawn.svg)).removeAlpha().withDensity(options.dpi).png({ compressionLevel: 4 }).toBuffer());
  const png = withPngText(encoded, { Title: options.title, Description: text, Software: 'Cairn' });
  return { png, text, timings: { satori: satoriTime, encode: performance.now() - startEncode } };
}
