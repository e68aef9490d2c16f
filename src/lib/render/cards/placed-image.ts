import type { LaidOutBox } from './draw.ts';
import type { ImageElement } from './element.ts';
import { fitText, glyphProblems, guessedSizes, linesByBlock, startingSizes, type Measure } from './fit.ts';
import type { FontSet } from './fonts.ts';
import type { Paragraph } from './glyph-text.ts';
import { groundOfText, layeredRunsPng } from './layers.ts';
import { fitsIn, linesOf, type ImageLayout } from './layout.ts';
import type { PlacedText } from './og-text-placement.ts';
import { shaperFor, type Shaper } from './shaping.ts';
import { runsOf, textPieces, type TextPiece } from './text-pieces.ts';

/**
 * Page images drawn without satori: the template places its own text (ImageLayout.placeText) and
 * the glyphs go over a ground satori drew once. A ground is used only after satori drew an image
 * on it and placed every piece of text exactly where the template did; until then, and for good
 * when the two differ, that ground's images are satori's. Satori was two thirds of a page image's
 * CPU (bench/results.md).
 */

/** Grounds learnt from satori, by what they depend on: the ground's SVG, or null when satori's text differed from the placement. */
const grounds = new Map<string, string | null>();

export type PlacedAttempt =
  | { drawn: { png: Buffer; draw: number; sizes: Map<string, number>; tree: ImageElement; boxes: Map<string, LaidOutBox> } }
  /** Satori draws this image; `learn` says whether its drawing should teach the ground. */
  | { drawn?: undefined; learn: boolean };

/**
 * Draws an image from its own placement, its text fitted as satori would fit it, when its ground
 * is known; otherwise says so, and whether satori's drawing should be checked against the placement.
 */
export async function drawPlaced(
  layout: ImageLayout,
  fonts: FontSet,
  dpi: number,
  paragraphsOf: (sizes: ReadonlyMap<string, number>, boxes: ReadonlyMap<string, LaidOutBox>, tree: ImageElement) => Paragraph[],
  clock: () => number,
): Promise<PlacedAttempt> {
  if (!layout.placeText || !layout.textOnTop || glyphProblems(layout, fonts).length > 0) return { learn: false };
  const start = await startingSizes(layout, fonts);
  if (start.problems.length > 0) return { learn: false };
  const drawStart = clock();
  const shaper = await shaperFor(fonts.fonts);
  const guesses = guessedSizes(layout, fonts, start.sizes);
  let sizes = start.sizes;
  if (guesses.size > 0) {
    // Text guessed too long is fitted as drawFitted fits it, measured by the placement's own flow.
    const fitted = await fitWithoutSatori(layout, fonts, start, guesses, shaper);
    if (!fitted || fitted.problems.length > 0) return { learn: false };
    sizes = fitted.sizes;
  }
  const placed = layout.placeText(sizes, shaper);
  if (!placed) return { learn: false };
  const lines = linesByBlock(layout, sizes, placed.boxes);
  if (!layout.blocks.every((block) => fitsIn(block, sizes.get(block.key)!, lines.get(block.key)!))) return { learn: false };
  const ground = grounds.get(placed.ground);
  if (ground === undefined) return { learn: true };
  if (ground === null) return { learn: false };
  const tree = layout.draw(sizes);
  const layered = await layeredRunsPng(ground, runsOf(placed.pieces), layout.canvas, dpi, { fonts: fonts.fonts, paragraphs: paragraphsOf(sizes, placed.boxes, tree) }, clock, drawStart);
  return layered ? { drawn: { ...layered, sizes, tree, boxes: placed.boxes } } : { learn: false };
}

const UNPLACEABLE = Symbol('unplaceable');

/** fitText with the layout's own measure; undefined when some text can only be measured by satori. */
async function fitWithoutSatori(layout: ImageLayout, fonts: FontSet, start: Awaited<ReturnType<typeof startingSizes>>, guesses: ReadonlyMap<string, number>, shaper: Shaper): Promise<Awaited<ReturnType<typeof fitText>> | undefined> {
  const textHeight = layout.textHeight;
  if (!textHeight) return undefined;
  const measure: Measure = async (items) =>
    items.map(({ block, size, text }) => {
      const height = textHeight(block, size, text ?? block.text, shaper);
      if (height === undefined) throw UNPLACEABLE;
      return linesOf(block, size, height);
    });
  try {
    return await fitText(layout, fonts, new Map(), measure, start, guesses);
  } catch (error) {
    if (error === UNPLACEABLE) return undefined;
    throw error;
  }
}

/**
 * Checks satori's drawing of an image (`embedFont: false`) against the template's placement at the
 * same sizes, and keeps the ground for the images after it: as satori drew it when every piece and
 * box is the same, and never when one differs.
 */
export async function learnGround(layout: ImageLayout, fonts: FontSet, drawn: { sizes: ReadonlyMap<string, number>; svg: string; boxes: ReadonlyMap<string, LaidOutBox> }): Promise<void> {
  const placed = layout.placeText?.(drawn.sizes, await shaperFor(fonts.fonts));
  if (!placed || grounds.has(placed.ground)) return;
  const read = textPieces(drawn.svg);
  if (!read) return;
  grounds.set(placed.ground, samePlacement(placed, read.pieces, drawn.boxes) ? groundOfText(read.rest) : null);
}

function samePiece(a: TextPiece, b: TextPiece): boolean {
  return a.x === b.x && a.y === b.y && a.text === b.text && a.size === b.size && a.weight === b.weight && a.family === b.family && a.letterSpacing === b.letterSpacing && a.colour === b.colour;
}

export function samePlacement(placed: PlacedText, pieces: readonly TextPiece[], boxes: ReadonlyMap<string, LaidOutBox>): boolean {
  if (placed.pieces.length !== pieces.length || !placed.pieces.every((piece, index) => samePiece(piece, pieces[index]!))) return false;
  for (const [key, box] of placed.boxes) {
    const other = boxes.get(key);
    if (!other || other.left !== box.left || other.top !== box.top || other.width !== box.width || other.height !== box.height) return false;
  }
  return true;
}

/** Forgets the learnt grounds: for tests that draw a ground's first image again. */
export function forgetGrounds(): void {
  grounds.clear();
}
