import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import { createRequire } from 'node:module';
import { create as readFont } from 'fontkitten';
import type { CardSettings } from '../../../schemas/profile.ts';
import { drawnTextsOf } from './element.ts';
import { drawFitted, ImageProblemsError } from './fit.ts';
import type { FontSet, SatoriFont } from './fonts.ts';
import type { ImageLayout } from './layout.ts';
import { isWoff, woffToSfnt } from './sfnt.ts';
import { cardPrintGeometry, cardSizeLabel, PRINT_DPI } from './sizes.ts';

/**
 * The print file of a card: two pages, front then back, drawn as vectors from satori's SVG by
 * PDFKit (shapes, the QR code and emoji through svg-to-pdfkit, text set in the cards' own fonts, embedded
 * as subsets), so the text is real text: sharp at any size, found by a PDF's search and copy. Each
 * page holds the card with its 1/8 in bleed, crop marks outside the bleed, and the TrimBox and
 * BleedBox a print shop's software reads. No dates and no random names, so the same card gives
 * the same bytes.
 */

/** One side: satori's SVG of the card with its bleed, drawn with `embedFont: false`, and the fonts it names. */
export interface CardSideSvg {
  svg: string;
  fonts: readonly SatoriFont[];
}

/** A side fitted and drawn for print: the same sizes and line breaks as its PNG, text kept as text. */
export async function cardSideSvg(layout: ImageLayout, fonts: FontSet): Promise<CardSideSvg> {
  const drawn = await drawFitted(layout, fonts, { embedFont: false });
  if (drawn.problems.length > 0) throw new ImageProblemsError(drawn.problems);
  return { svg: drawn.svg, fonts: fonts.forTexts(drawnTextsOf(drawn.tree)).fonts };
}

interface TextRun {
  x: number;
  y: number;
  size: number;
  weight: number;
  families: string[];
  spacing: number;
  fill: string;
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

function attributesOf(tag: string): Record<string, string> {
  return Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((match) => [match[1]!, unescapeXml(match[2]!)]));
}

const TEXT_ELEMENT = /<text\b([^>]*)>([^<]*)<\/text>/g;

/** Satori's text elements, each a word (or a space) at its baseline, in the order drawn. */
export function textRuns(svg: string): TextRun[] {
  return [...svg.matchAll(TEXT_ELEMENT)].map((match) => {
    const attributes = attributesOf(match[1]!);
    return {
      x: Number(attributes['x'] ?? 0),
      y: Number(attributes['y'] ?? 0),
      size: Number(attributes['font-size'] ?? 16),
      weight: Number(attributes['font-weight'] ?? 400),
      families: (attributes['font-family'] ?? '').split(',').map((name) => name.trim()),
      spacing: Number(attributes['letter-spacing'] ?? 0),
      fill: attributes['fill'] ?? '#000000',
      // What the reader sees: neither the word joiners that keep a compound whole nor a soft hyphen.
      text: unescapeXml(match[2]!).replaceAll('\u2060', '').replaceAll('\u00AD', ''),
    };
  });
}

const SVG_PICTURE = /<image\b([^>]*?)href="data:image\/svg\+xml;(base64|utf8),([^"]*)"([^>]*)\/?>(?:<\/image>)?/g;

/**
 * Satori draws an SVG inside the card (the QR code, an emoji's picture) as an image of it; each
 * is put back as the nested SVG it is, so the print file holds it as vectors too.
 */
export function inlineSvgPictures(svg: string): string {
  return svg.replace(SVG_PICTURE, (_whole, before: string, encoding: string, data: string, after: string) => {
    const picture = encoding === 'base64' ? Buffer.from(data, 'base64').toString('utf8') : decodeURIComponent(data);
    const open = /<svg\b([^>]*)>/.exec(picture);
    if (!open) return '';
    const inner = attributesOf(open[1]!);
    const place = attributesOf(`${before} ${after}`);
    const viewBox = inner['viewBox'] ?? `0 0 ${inner['width'] ?? 0} ${inner['height'] ?? 0}`;
    const body = picture.slice(open.index + open[0].length).replace(/<\/svg>\s*$/, '');
    return `<svg x="${place['x'] ?? 0}" y="${place['y'] ?? 0}" width="${place['width'] ?? 0}" height="${place['height'] ?? 0}" viewBox="${viewBox}">${body}</svg>`;
  });
}

type Face = { hasGlyphForCodePoint(codePoint: number): boolean };
const faces = new WeakMap<SatoriFont, Face | undefined>();

function faceOf(font: SatoriFont): Face | undefined {
  if (!faces.has(font)) {
    const face = readFont(font.data);
    faces.set(font, 'hasGlyphForCodePoint' in face ? face : undefined);
  }
  return faces.get(font);
}

/**
 * Splits a word into pieces that one font each can draw, choosing per character as satori (and a
 * browser) does: the first font of the run's family list that has it, in the run's weight.
 */
function pieces(run: TextRun, fonts: readonly SatoriFont[]): { font: SatoriFont; text: string }[] {
  const candidates = run.families.flatMap((name) => {
    const named = fonts.filter((font) => font.name === name);
    const exact = named.filter((font) => font.weight === run.weight);
    return exact.length > 0 ? exact : named.slice(0, 1);
  });
  const result: { font: SatoriFont; text: string }[] = [];
  for (const { segment } of new Intl.Segmenter('en', { granularity: 'grapheme' }).segment(run.text)) {
    const codePoint = segment.codePointAt(0)!;
    const font = candidates.find((candidate) => faceOf(candidate)?.hasGlyphForCodePoint(codePoint)) ?? candidates[0];
    if (!font) continue;
    const last = result.at(-1);
    if (last && last.font === font) last.text += segment;
    else result.push({ font, text: segment });
  }
  return result;
}

type Fontkit = { create(data: Uint8Array): object };
/** Loaded at the first card PDF: a build with every card cached never needs it. */
let fontkit: Fontkit | undefined;
const parsedFonts = new WeakMap<SatoriFont, object>();

/**
 * The font parsed once per process: given bytes, PDFKit parses them anew for every document and
 * reads again every table and glyph a card's text needs; given a parsed font (anything that lays
 * out text), it takes it as it is. Parsed by fontkit as found from PDFKit's own folder, so it is
 * the version PDFKit depends on. Each document still embeds its own subset.
 */
function parsedFont(font: SatoriFont): object {
  let parsed = parsedFonts.get(font);
  if (!parsed) {
    fontkit ??= createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as Fontkit;
    // Unwrapped from WOFF first, as PDFKit was given it before: the subsets it embeds stay the same.
    parsed = fontkit.create(isWoff(font.data) ? woffToSfnt(font.data) : font.data);
    parsedFonts.set(font, parsed);
  }
  return parsed;
}

function fontName(font: SatoriFont): string {
  return `${font.name}-${font.weight}`;
}

/** Draws the text runs in the canvas's pixel space (the caller has scaled to points). */
function drawText(document: PDFKit.PDFDocument, runs: readonly TextRun[], fonts: readonly SatoriFont[], registered: Set<string>): void {
  for (const run of runs) {
    let x = run.x;
    for (const piece of pieces(run, fonts)) {
      const name = fontName(piece.font);
      if (!registered.has(name)) {
        // PDFKit's types list only file names and bytes; it takes a parsed font as well (PDFFontFactory.open).
        document.registerFont(name, parsedFont(piece.font) as Uint8Array);
        registered.add(name);
      }
      document.font(name).fontSize(run.size).fillColor(run.fill);
      document.text(piece.text, x, run.y, { lineBreak: false, baseline: 'alphabetic', characterSpacing: run.spacing });
      x += document.widthOfString(piece.text, { characterSpacing: run.spacing }) + run.spacing;
    }
  }
}

/** Crop marks at the four corners: 5 mm lines in registration black, starting a bleed's width outside the cut. */
function drawCropMarks(document: PDFKit.PDFDocument, geometry: ReturnType<typeof cardPrintGeometry>): void {
  const { trim, marks } = geometry;
  document.save().lineWidth(marks.lineWidth).strokeColor('All');
  for (const x of [trim.x, trim.x + trim.width]) {
    for (const y of [trim.y, trim.y + trim.height]) {
      const outwardX = x === trim.x ? -1 : 1;
      const outwardY = y === trim.y ? -1 : 1;
      document.moveTo(x + outwardX * marks.offset, y).lineTo(x + outwardX * (marks.offset + marks.length), y).stroke();
      document.moveTo(x, y + outwardY * marks.offset).lineTo(x, y + outwardY * (marks.offset + marks.length)).stroke();
    }
  }
  document.restore();
}

export async function cardPdf(sides: { front: CardSideSvg; back: CardSideSvg }, options: { size: CardSettings['size']; title: string; author: string }): Promise<Uint8Array> {
  const geometry = cardPrintGeometry(options.size);
  const info = { Title: options.title, Author: options.author, Subject: `Business card, front and back, ${cardSizeLabel(options.size)}, with 1/8 in bleed and crop marks`, Creator: 'Cairn', Producer: 'Cairn with PDFKit' };
  // PDF 1.3, as PDF/X-1a print files are: it has trim and bleed boxes and separations, and PDFKit
  // writes no XMP metadata (with its dates) for it. The file identifier is a hash of the info,
  // dates included: a fixed date makes it the same every build, and hidden from the info
  // dictionary (PDFKit writes its enumerable keys) it leaves the file with no date at all.
  const document = new PDFDocument({ autoFirstPage: false, info: { ...info, CreationDate: new Date(0) }, pdfVersion: '1.3' });
  Object.defineProperty(document.info, 'CreationDate', { value: new Date(0), enumerable: false });
  // Registration black: the separation every plate prints, as crop marks should be.
  (document as PDFKit.PDFDocument & { addSpotColor(name: string, c: number, m: number, y: number, k: number): unknown }).addSpotColor('All', 100, 100, 100, 100);
  const chunks: Buffer[] = [];
  document.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve) => document.on('end', () => resolve()));
  const registered = new Set<string>();
  const scale = 72 / PRINT_DPI;
  for (const side of [sides.front, sides.back]) {
    document.addPage({ size: [geometry.width, geometry.height], margin: 0 });
    const { bleed, trim } = geometry;
    // PDF boxes count from the bottom left; the page is symmetric, so the numbers are the same either way.
    Object.assign(document.page.dictionary.data, {
      TrimBox: [trim.x, trim.y, trim.x + trim.width, trim.y + trim.height],
      BleedBox: [bleed.x, bleed.y, bleed.x + bleed.width, bleed.y + bleed.height],
    });
    const shapes = inlineSvgPictures(side.svg).replace(TEXT_ELEMENT, '');
    SVGtoPDF(document, shapes, bleed.x, bleed.y, { width: bleed.width, height: bleed.height, preserveAspectRatio: 'none' });
    document.save().translate(bleed.x, bleed.y).scale(scale);
    drawText(document, textRuns(side.svg), side.fonts, registered);
    document.restore();
    drawCropMarks(document, geometry);
  }
  document.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}
