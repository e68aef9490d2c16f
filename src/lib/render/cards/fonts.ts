import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create as readFont } from 'fontkitten';
import { graphemesOf, isEmoji, loadEmojiImages } from './emoji.ts';
import { loadScriptFonts } from './script-fonts.ts';

/**
 * The fonts every image is drawn with, read from the @fontsource packages in node_modules: the
 * same faces as the website, nothing fetched and no system font needed. Satori reads WOFF (not
 * WOFF2), and Fontsource ships each face split by script, so each subset is loaded under its own
 * name and a family is the list of them: a glyph missing from Latin is found in Latin Extended,
 * Greek or Cyrillic. Which characters a family can draw is read from the fonts' own character maps
 * (with fontkitten, a fontkit by the Astro team), so nothing is drawn as an empty box. Text in
 * other scripts (Arabic, Hebrew, CJK) is drawn with Noto Sans fonts read only when an image shows
 * such text (script-fonts.ts), and emoji as Twemoji pictures (emoji.ts).
 */
export type Family = 'sans' | 'serif';
export type Weight = 400 | 600;

interface FontPackage {
  /** The npm package, e.g. `@fontsource/inter`. */
  name: string;
  /** Its files' prefix, e.g. `inter`. */
  prefix: string;
  weights: readonly Weight[];
}

const PACKAGES: Record<Family, FontPackage> = {
  sans: { name: '@fontsource/inter', prefix: 'inter', weights: [400, 600] },
  serif: { name: '@fontsource/source-serif-4', prefix: 'source-serif-4', weights: [400, 600] },
};

/** Latin first: most text is found in the first font tried. */
const SUBSET_ORDER = ['latin', 'latin-ext', 'vietnamese', 'greek', 'greek-ext', 'cyrillic', 'cyrillic-ext'];

export interface SatoriFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

export interface FontSet {
  /** Every main font (both families, every subset, both weights), the same buffers every time, so satori parses each font once. */
  fonts: SatoriFont[];
  /** The CSS font-family list of each family. */
  stacks: Record<Family, string>;
  /** Whether some font of the family, or of the other scripts, has a glyph for a code point. */
  covers(family: Family, codePoint: number): boolean;
  /** Whether a grapheme is drawn as an emoji picture rather than with a font. */
  drawnAsPicture(grapheme: string): boolean;
  /** Whether there is a picture to draw an emoji grapheme with. */
  hasPicture(grapheme: string): boolean;
  /**
   * What satori needs to draw these texts: the main fonts their characters are taken from (each
   * family's Latin font at least), the script fonts they need, and the emoji pictures. The same
   * font array comes back for the same fonts, so satori keeps its parsed fonts.
   */
  forTexts(texts: readonly string[]): { fonts: SatoriFont[]; graphemeImages: Record<string, string> };
  /**
   * The advance width of a character in ems, from the first main font of the family and weight
   * that has it (undefined when none does). Kerning and shaping are left out: it is for estimates.
   */
  advance(family: Family, weight: Weight, codePoint: number): number | undefined;
  /** The scripts a family covers, in words, for error messages. */
  coverage: Record<Family, string>;
  /** SHA-256 of every main font file's bytes and the script font and emoji packages' versions: part of every image's cache key. */
  hash: string;
}

const SUBSET_NAMES: Record<string, string> = {
  latin: 'Latin',
  'latin-ext': 'Latin Extended',
  vietnamese: 'Vietnamese',
  greek: 'Greek',
  'greek-ext': 'Greek Extended',
  cyrillic: 'Cyrillic',
  'cyrillic-ext': 'Cyrillic Extended',
};

/** What is read of a font file here: its character map and advance widths. */
interface Face {
  unitsPerEm: number;
  hasGlyphForCodePoint(codePoint: number): boolean;
  glyphForCodePoint(codePoint: number): { advanceWidth: number };
}

let loaded: FontSet | undefined;

/** Loads the fonts once per process. */
export function loadFonts(): FontSet {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const hash = createHash('sha256');
  const fonts: SatoriFont[] = [];
  const names: Record<Family, string[]> = { sans: [], serif: [] };
  const faces: Record<Family, Face[]> = { sans: [], serif: [] };
  const facesByWeight = new Map<string, Face[]>();
  const scriptNames: Record<Family, string[]> = { sans: [], serif: [] };

  for (const family of ['sans', 'serif'] as const) {
    const pkg = PACKAGES[family];
    // The package's list of the subsets it ships.
    const unicode = JSON.parse(readFileSync(require.resolve(`${pkg.name}/unicode.json`), 'utf8')) as Record<string, string>;
    for (const subset of SUBSET_ORDER.filter((name) => name in unicode)) {
      const name = `${pkg.prefix}-${subset}`;
      names[family].push(name);
      scriptNames[family].push(SUBSET_NAMES[subset] ?? subset);
      for (const weight of pkg.weights) {
        const data = readFileSync(require.resolve(`${pkg.name}/files/${pkg.prefix}-${subset}-${weight}-normal.woff`));
        hash.update(data);
        fonts.push({ name, data, weight, style: 'normal' });
        const face = readFont(data);
        // A WOFF holds one font; only .ttc/.dfont files are collections.
        if ('hasGlyphForCodePoint' in face) {
          faces[family].push(face);
          facesByWeight.set(`${family} ${weight}`, [...(facesByWeight.get(`${family} ${weight}`) ?? []), face]);
        }
      }
    }
  }
  // A serif heading borrows from the sans family for scripts the serif lacks (Greek Extended).
  const serifFallback = [...names.serif, ...names.sans];
  const lookup: Record<Family, typeof faces.sans> = { sans: faces.sans, serif: [...faces.serif, ...faces.sans] };
  const mainCovers = (family: Family, codePoint: number) => lookup[family].some((face) => face.hasGlyphForCodePoint(codePoint));
  const scriptFonts = loadScriptFonts();
  const emoji = loadEmojiImages();
  hash.update(`${scriptFonts.versions} ${emoji.version}`);

  const fontCovers = (family: Family, codePoint: number) => mainCovers(family, codePoint) || scriptFonts.subsetFor(codePoint) !== undefined;
  // An emoji, or a lone pictograph no font has (a bare "❤"), is drawn as its picture.
  const drawnAsPicture = (grapheme: string) =>
    isEmoji(grapheme) || (/^\p{Extended_Pictographic}$/u.test(grapheme) && !fontCovers('sans', grapheme.codePointAt(0)!) && emoji.pictureOf(grapheme) !== undefined);

  // The subset each family's list takes a code point from, in either weight: satori takes the first font of the list that has it.
  const subsetsByCodePoint = new Map<number, string[]>();
  const mainSubsetsOf = (codePoint: number): string[] => {
    let found = subsetsByCodePoint.get(codePoint);
    if (!found) {
      const list = new Set<string>();
      for (const [key, weighted] of facesByWeight) {
        const family = key.split(' ')[0] as Family;
        const index = weighted.findIndex((face) => face.hasGlyphForCodePoint(codePoint));
        // A serif list goes on to the sans fonts, whose own first is then taken.
        if (index >= 0) list.add(names[family][index]!);
      }
      subsetsByCodePoint.set(codePoint, (found = [...list]));
    }
    return found;
  };
  const latin = new Set([names.sans[0]!, names.serif[0]!]);
  // Printable ASCII, which most text is, is all in each family's first (Latin) font: no character of it needs another.
  const asciiInLatin = Array.from({ length: 0x7f - 0x20 }, (_unused, index) => index + 0x20).every((codePoint) => mainSubsetsOf(codePoint).every((name) => latin.has(name)));
  const ASCII = /^[\x20-\x7e]*$/;

  const fontArrays = new Map<string, SatoriFont[]>();
  const latinFonts = fonts.filter((font) => latin.has(font.name));
  fontArrays.set(`${[...latin].sort().join(' ')} | `, latinFonts);
  const forTexts = (texts: readonly string[]) => {
    if (asciiInLatin && texts.every((text) => ASCII.test(text))) return { fonts: latinFonts, graphemeImages: {} };
    const subsets = new Set<string>();
    const main = new Set(latin);
    const graphemeImages: Record<string, string> = {};
    // What satori draws may be in either case (textTransform), and a letter's other case can be in another font.
    for (const text of texts.flatMap((each) => [...new Set([each, each.toUpperCase(), each.toLowerCase()])])) {
      if (asciiInLatin && ASCII.test(text)) continue;
      for (const grapheme of graphemesOf(text)) {
        if (drawnAsPicture(grapheme)) {
          const picture = emoji.pictureOf(grapheme);
          if (picture) graphemeImages[grapheme] = picture;
          continue;
        }
        for (const character of grapheme) {
          const codePoint = character.codePointAt(0)!;
          const own = mainSubsetsOf(codePoint);
          for (const name of own) main.add(name);
          if (own.length > 0) continue;
          const subset = codePoint < 0x0370 ? undefined : scriptFonts.subsetFor(codePoint);
          if (subset) subsets.add(subset);
          // A character no font has (a word joiner) is drawn with the last font satori is given: all of them, as before.
          else for (const name of [...names.sans, ...names.serif]) main.add(name);
        }
      }
    }
    // Only the fonts the text takes a character from: satori looks through every font it is given, for every run of text.
    const key = `${[...main].sort().join(' ')} | ${[...subsets].sort().join(' ')}`;
    if (!fontArrays.has(key)) fontArrays.set(key, [...fonts.filter((font) => main.has(font.name)), ...scriptFonts.fontsOf([...subsets].sort())]);
    return { fonts: fontArrays.get(key)!, graphemeImages };
  };

  const advances = new Map<number, number | undefined>();
  const advance = (family: Family, weight: Weight, codePoint: number): number | undefined => {
    // A number, not a string, for every character of every text guessed at.
    const key = ((family === 'sans' ? 0 : 2) + (weight === 400 ? 0 : 1)) * 0x110000 + codePoint;
    if (!advances.has(key)) {
      const face = facesByWeight.get(`${family} ${weight}`)?.find((candidate) => candidate.hasGlyphForCodePoint(codePoint));
      advances.set(key, face ? face.glyphForCodePoint(codePoint).advanceWidth / face.unitsPerEm : undefined);
    }
    return advances.get(key);
  };

  const scripts = (family: Family) => [...new Set(scriptNames[family])].join(', ');
  loaded = {
    fonts,
    stacks: { sans: names.sans.join(', '), serif: serifFallback.join(', ') },
    covers: fontCovers,
    drawnAsPicture,
    hasPicture: (grapheme) => emoji.pictureOf(grapheme) !== undefined,
    forTexts,
    advance,
    coverage: { sans: `${scripts('sans')}, ${scriptFonts.scripts} and emoji`, serif: `${scripts('serif')}, ${scriptFonts.scripts} and emoji` },
    hash: hash.digest('hex'),
  };
  return loaded;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const asciiCoverage = new WeakMap<FontSet, Partial<Record<Family, boolean>>>();

/** Whether a family draws every printable ASCII character, as the bundled ones do: most text is only those, and need not be looked at closer. */
function coversPrintableAscii(fonts: FontSet, family: Family): boolean {
  let known = asciiCoverage.get(fonts);
  if (!known) asciiCoverage.set(fonts, (known = {}));
  known[family] ??= Array.from({ length: 0x7f - 0x21 }, (_unused, index) => index + 0x21).every((codePoint) => fonts.covers(family, codePoint));
  return known[family];
}

/**
 * Characters of a text that no font can draw and emoji with no picture, each once. Spaces and
 * invisible format characters (joiners, variation selectors) draw nothing and are not asked about.
 */
export function missingGlyphs(fonts: FontSet, family: Family, text: string): string[] {
  if (PRINTABLE_ASCII.test(text) && coversPrintableAscii(fonts, family)) return [];
  const missing = new Set<string>();
  for (const grapheme of graphemesOf(text)) {
    if (fonts.drawnAsPicture(grapheme)) {
      if (!fonts.hasPicture(grapheme)) missing.add(grapheme);
      continue;
    }
    for (const character of grapheme) {
      if (/[\s\p{Cf}\u{FE00}-\u{FE0F}]/u.test(character)) continue;
      if (!fonts.covers(family, character.codePointAt(0)!)) missing.add(character);
    }
  }
  return [...missing];
}
