import type { CollectionName } from '../../../schemas/index.ts';
import { h, type ImageElement, type Style } from './element.ts';
import type { Family, FontSet, Weight } from './fonts.ts';
import type { PlacedText } from './og-text-placement.ts';
import type { Shaper } from './shaping.ts';
import type { Canvas } from './sizes.ts';

/** Where a piece of text on an image comes from, so a problem names the place to fix it. */
export type TextOrigin =
  | { kind: 'content'; collection: CollectionName; id: string; field: (string | number)[] }
  | { kind: 'page'; page: string; field: string };

/** Text that cannot be put on an image as asked, with where it comes from and what to do. */
export interface ImageProblem {
  /** The image, e.g. `the front of business card "default"`. */
  image: string;
  origin: TextOrigin;
  message: string;
  hint: string;
}

/** Text for an image with where it comes from, and how to make it shorter if it does not fit. */
export interface SourcedText {
  text: string;
  origin: TextOrigin;
  hint: string;
}

/** A piece of text on an image, with the room it has and how far it may shrink to fit it. */
export interface TextBlock {
  /** Unique within the image; also the key of its element, to find it in satori's layout. */
  key: string;
  text: string;
  family: Family;
  weight: Weight;
  /** The exact width of its box, in pixels: text wraps inside it. */
  width: number;
  maxLines: number;
  /** The most height its lines may take, in pixels, when less than `maxLines` at the largest size. Lets short text be set large and long text smaller. */
  maxHeight?: number;
  /** Font sizes in pixels: it starts at `max` and shrinks, a pixel at a time, no lower than `min`. */
  size: { max: number; min: number };
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Letter spacing in em. Default: 0. */
  tracking?: number;
  /** Set in capitals (an eyebrow): measured so, as capitals are wider. Default: false. */
  uppercase?: boolean;
  /** Keep lines of similar length (headings). Default: false. */
  balance?: boolean;
  /**
   * Break lines only at spaces, never at a compound's hyphen (`on-call`) or inside a word: a word
   * wider than the line is a fit problem. Default: false (a word may break anywhere, as link
   * previews allow).
   */
  wholeWords?: boolean;
  origin: TextOrigin;
  /** How to fix it when it does not fit, e.g. "write a shorter card.headline for this pitch". */
  hint?: string;
}

/**
 * An image before its text sizes are chosen: the blocks of text with their room, and a pure
 * function that draws the element tree once each block has its size.
 */
export interface ImageLayout {
  /** What the image is, for messages: `the front of business card "default"`. */
  name: string;
  canvas: Canvas;
  blocks: TextBlock[];
  draw(sizes: ReadonlyMap<string, number>): ImageElement;
  /** What the image says that is not text in the tree, e.g. the address in its QR code. */
  unwrittenText?: string[];
  /**
   * Whether text is drawn over everything else (no shape covers any text): the image is then drawn
   * as a ground rasterised once and reused, with the text filled over it (layers.ts).
   */
  textOnTop?: boolean;
  /**
   * The text placed without satori, as satori would place it (og-text-placement.ts), for a
   * layout whose text is on top; undefined when some text needs satori. The renderer holds it
   * to satori's own layout on the first image of each ground before relying on it.
   */
  placeText?(sizes: ReadonlyMap<string, number>, shaper: Shaper): PlacedText | undefined;
  /** The height of a block's text (or of shorter text) at a size, as placeText lays it out: for fitting without satori. */
  textHeight?(block: TextBlock, size: number, text: string, shaper: Shaper): number | undefined;
  /** What the template left out, and why: told in the build's output, never silently. */
  warnings?: ImageProblem[];
  /**
   * The area, `inset` pixels inside the trimmed edge, that the text blocks and the keyed elements
   * named here (the QR code) must stay inside, clear of where a cut may wander.
   */
  safeArea?: { inset: number; elements: { key: string; what: string; origin: TextOrigin; hint: string }[] };
}

/** A hyphen between two characters, as in `on-call` or `555-0100`. */
const COMPOUND_HYPHEN = /(?<=\S)-(?=\S)/gu;

/**
 * The text as a whole-words block draws it: each compound's hyphen is held between word joiners
 * (U+2060, invisible and zero-wide), so the line breaker sees one word. Soft hyphens are dropped:
 * satori would break a line at one without drawing its hyphen. (The non-breaking hyphen U+2011
 * would keep compounds whole too, but the bundled font subsets have no glyph for it.)
 */
export function unbreakableCompounds(text: string): string {
  return text.replaceAll('\u00AD', '').replace(COMPOUND_HYPHEN, '\u2060-\u2060');
}

/** The pieces of a text no line may split: its words, compounds whole. */
export function unbreakablePieces(text: string): string[] {
  return text
    .replaceAll('\u00AD', '')
    .split(/\s+/u)
    .filter((piece) => piece.length > 0);
}

/**
 * The element of a text block at a given size. Measuring and drawing both use it, so the text
 * wraps the same way in both: same width, font, size, spacing and wrapping rules.
 */
export function textElement(fonts: FontSet, block: TextBlock, size: number, style: Style = {}): ImageElement {
  return h(
    'div',
    {
      key: block.key,
      style: {
        display: 'block',
        flexShrink: 0,
        width: block.width,
        fontFamily: fonts.stacks[block.family],
        fontWeight: block.weight,
        fontSize: size,
        lineHeight: block.lineHeight,
        letterSpacing: (block.tracking ?? 0) * size,
        wordBreak: block.wholeWords ? 'normal' : 'break-word',
        ...(block.balance ? { textWrap: 'balance' } : {}),
        ...(block.uppercase ? { textTransform: 'uppercase' } : {}),
        ...style,
      },
    },
    block.wholeWords ? unbreakableCompounds(block.text) : block.text,
  );
}

/** Lines a block of a given laid-out height holds at a font size. */
export function linesOf(block: TextBlock, size: number, height: number): number {
  return Math.round(height / (size * block.lineHeight));
}

/** Whether a block set in `lines` lines at `size` stays within its room. */
export function fitsIn(block: TextBlock, size: number, lines: number): boolean {
  return lines <= block.maxLines && (block.maxHeight === undefined || lines * size * block.lineHeight <= block.maxHeight + 0.5);
}
