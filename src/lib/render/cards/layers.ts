import sharp from 'sharp';
import type { SatoriFont } from './fonts.ts';
import { drawRun, type Paragraph } from './glyph-text.ts';
import { IndexedImage } from './indexed-image.ts';
import { shaperFor } from './shaping.ts';
import { textRuns, type TextRun } from './text-pieces.ts';

/**
 * An image drawn in two layers: the ground (colours, rules, the monogram's ring: everything but
 * text), which is the same on every page of a site and so is rasterised by librsvg once, and the
 * text, filled over a copy of it in this process (path-fill.ts) and written as an indexed PNG
 * (indexed-image.ts). The text comes either as satori's glyph outlines (path text), or, cheaper,
 * as satori's text pieces whose glyphs are drawn here as satori would have drawn them
 * (glyph-text.ts).
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
  return { ground: withoutUnusedMasks(withoutText), texts };
}

function withoutUnusedMasks(svg: string): string {
  const used = new Set(Array.from(svg.matchAll(/url\(#([^)]+)\)/g), (match) => match[1]));
  return svg.replace(MASK, (mask, id: string) => (used.has(id) ? mask : ''));
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

/**
 * The PNG of satori's SVG drawn without glyph outlines (`embedFont: false`) of a layout whose text
 * is drawn over everything else, its glyphs drawn here; undefined when it cannot be drawn this
 * way (a character outside the fonts' lists, an emoji, more than 256 colours): the caller then
 * has satori write the outlines. `clock` times the drawing apart from the encoding.
 */
export async function layeredTextPng(
  svg: string,
  size: { width: number; height: number },
  dpi: number,
  text: { fonts: readonly SatoriFont[]; paragraphs: readonly Paragraph[] },
  clock: () => number = () => performance.now(),
): Promise<{ png: Buffer; draw: number } | undefined> {
  const start = clock();
  const read = textRuns(svg);
  if (!read) return undefined;
  return layeredRunsPng(groundOfText(read.rest), read.runs, size, dpi, text, clock, start);
}

/** The ground of an SVG whose text pieces are taken out: without the masks nothing uses. */
export function groundOfText(rest: string): string {
  return withoutUnusedMasks(rest);
}

/**
 * The PNG of a ground (an SVG without text) with text runs drawn over it, as layeredTextPng draws
 * satori's; undefined when it cannot be drawn this way.
 */
export async function layeredRunsPng(
  ground: string,
  runs: readonly TextRun[],
  size: { width: number; height: number },
  dpi: number,
  text: { fonts: readonly SatoriFont[]; paragraphs: readonly Paragraph[] },
  clock: () => number = () => performance.now(),
  start = clock(),
): Promise<{ png: Buffer; draw: number } | undefined> {
  const [base, shaper] = await Promise.all([cachedGround(ground), shaperFor(text.fonts)]);
  if (!base || base.width !== size.width || base.height !== size.height) return undefined;
  // Painted and encoded without a pause, so one buffer serves every image, however many are drawn at once.
  const image = base.copy(scratch);
  scratch = image.rows;
  if (!image.paintRuns(runs.map((run) => ({ colour: run.colour, draw: (canvas) => drawRun(run, canvas, shaper, text.paragraphs) })))) return undefined;
  const draw = clock() - start;
  return { png: image.png(dpi), draw };
}
