import sharp from 'sharp';
import { IndexedImage } from './indexed-image.ts';

/**
 * An image drawn in two layers: the ground (colours, rules, the monogram's ring: everything but
 * text), which is the same on every page of a site and so is rasterised by librsvg once, and the
 * text outlines, filled over a copy of it in this process (path-fill.ts) and written as an
 * indexed PNG (indexed-image.ts).
 */

/** A text run as satori writes it with glyph outlines: a group holding one filled path. */
const TEXT_RUN = /<g><path fill="(#[0-9a-fA-F]{6})" d="([^"]*)"\/><\/g>/g;
const MASK = /<mask id="([^"]+)">.*?<\/mask>/g;

export interface SplitSvg {
  /** The SVG without its text runs and without the masks nothing uses (satori writes one per box, at that box's place). */
  ground: string;
  /** The text runs in drawing order. */
  texts: { colour: string; d: string }[];
}

export function splitText(svg: string): SplitSvg {
  const texts: SplitSvg['texts'] = [];
  const withoutText = svg.replace(TEXT_RUN, (_run, colour: string, d: string) => {
    texts.push({ colour: colour.toLowerCase(), d });
    return '';
  });
  const used = new Set(Array.from(withoutText.matchAll(/url\(#([^)]+)\)/g), (match) => match[1]));
  return { ground: withoutText.replace(MASK, (mask, id: string) => (used.has(id) ? mask : '')), texts };
}

/** A ground's pixels as palette indices, or undefined when it has more than 256 colours (a photo, an emoji). */
async function groundOf(svg: string): Promise<IndexedImage | undefined> {
  const { data, info } = await sharp(Buffer.from(svg)).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return IndexedImage.fromRgb(data, info.width, info.height);
}

/** The pixels of the image being painted. */
let scratch: Uint8Array | undefined;

/**
 * Grounds by their SVG, the most recently used last: a site's pages share one or two, and a page
 * with an emoji (a picture in its ground) has its own, which must not push the shared one out.
 */
const grounds = new Map<string, Promise<IndexedImage | undefined>>();
const GROUNDS_KEPT = 8;

function cachedGround(svg: string): Promise<IndexedImage | undefined> {
  const ground = grounds.get(svg) ?? groundOf(svg);
  grounds.delete(svg);
  grounds.set(svg, ground);
  if (grounds.size > GROUNDS_KEPT) grounds.delete(grounds.keys().next().value!);
  return ground;
}

/**
 * The PNG of satori's SVG of a layout whose text is drawn over everything else (no shape covers
 * text), or undefined when it cannot be drawn this way (more than 256 colours, a path the filler
 * does not read): the caller then has librsvg draw the whole SVG.
 */
export async function layeredPng(svg: string, size: { width: number; height: number }, dpi: number): Promise<Buffer | undefined> {
  const { ground, texts } = splitText(svg);
  const base = await cachedGround(ground);
  if (!base || base.width !== size.width || base.height !== size.height) return undefined;
  // Painted and encoded without a pause, so one buffer serves every image, however many are drawn at once.
  const image = base.copy(scratch);
  scratch = image.rows;
  return image.paintTexts(texts) ? image.png(dpi) : undefined;
}
