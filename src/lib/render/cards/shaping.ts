import { createRequire } from 'node:module';
import type { HarfBuzz, HbFont } from 'harfbuzzjs';
import { graphemesOf } from './emoji.ts';
import type { SatoriFont } from './fonts.ts';
import { woffToSfnt } from './sfnt.ts';

/**
 * Text shaped as satori shapes it, to draw its glyphs without satori writing them out as path
 * text: each grapheme goes to the first font of its family list that has it (a space stays with
 * the font before it), and each run of one font is shaped by HarfBuzz, the shaper satori itself
 * uses, so glyphs, kerning and ligatures are the same. Shaped words and glyph outlines are kept
 * for the process: a site's images share most of their words and every glyph.
 */

/** One font of the set, as HarfBuzz reads it. */
export class Face {
  readonly upem: number;
  /** The hhea table's ascender and descender (negative below the baseline), in font units: satori's line metrics. */
  readonly ascender: number;
  readonly descender: number;
  private readonly font: HbFont;
  private readonly characters: Set<number>;
  private readonly outlines = new Map<number, Float64Array>();

  constructor(hb: HarfBuzz, font: SatoriFont) {
    const sfnt = woffToSfnt(font.data);
    ({ ascender: this.ascender, descender: this.descender } = verticalMetrics(sfnt));
    const blob = hb.createBlob(sfnt);
    const face = hb.createFace(blob, 0);
    this.upem = face.upem;
    this.characters = new Set(face.collectUnicodes());
    this.font = hb.createFont(face);
    // Advances and outlines in font units, as satori asks for them.
    this.font.setScale(this.upem, this.upem);
    // The font keeps the face, and the face the blob.
    face.destroy();
    blob.destroy();
  }

  has(codePoint: number): boolean {
    return this.characters.has(codePoint);
  }

  /** The HarfBuzz font, for shaping. */
  get hbFont(): HbFont {
    return this.font;
  }

  /** A glyph's outline in font units (y up), as commands: see OUTLINE. */
  outline(glyph: number): Float64Array {
    let outline = this.outlines.get(glyph);
    if (!outline) this.outlines.set(glyph, (outline = compileOutline(this.font.glyphToPath(glyph))));
    return outline;
  }
}

/** The ascender and descender of a plain font's hhea table. */
function verticalMetrics(sfnt: Uint8Array): { ascender: number; descender: number } {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tables = view.getUint16(4);
  for (let table = 0; table < tables; table++) {
    const record = 12 + table * 16;
    if (view.getUint32(record) === HHEA) {
      const offset = view.getUint32(record + 8);
      return { ascender: view.getInt16(offset + 4), descender: view.getInt16(offset + 6) };
    }
  }
  throw new Error('a font without an hhea table');
}
const HHEA = 0x68686561;

/** Command codes of a compiled outline, each followed by its points' coordinates. */
export const OUTLINE = { move: 0, line: 1, quadratic: 2, cubic: 3, close: 4 } as const;
const COMMANDS: Record<string, { code: number; numbers: number }> = {
  M: { code: OUTLINE.move, numbers: 2 },
  L: { code: OUTLINE.line, numbers: 2 },
  Q: { code: OUTLINE.quadratic, numbers: 4 },
  C: { code: OUTLINE.cubic, numbers: 6 },
  Z: { code: OUTLINE.close, numbers: 0 },
};

/** HarfBuzz's path text of a glyph (`M10,20L30,40Q…Z`) as a flat array of command codes and numbers. */
function compileOutline(path: string): Float64Array {
  const out: number[] = [];
  for (const [, letter, numbers] of path.matchAll(/([MLQCZ])([^MLQCZ]*)/g)) {
    const command = COMMANDS[letter!]!;
    const values = numbers!.split(/[ ,]/).filter((value) => value !== '').map(Number);
    if (values.length !== command.numbers || values.some((value) => !Number.isFinite(value))) throw new Error(`unreadable glyph outline: ${path.slice(0, 80)}`);
    out.push(command.code, ...values);
  }
  return Float64Array.from(out);
}

/** A shaped glyph, in font units. */
export interface ShapedGlyph {
  glyph: number;
  /** The index in the run's text of the character it draws: glyphs of one character share it. */
  cluster: number;
  advance: number;
  dx: number;
  dy: number;
}

export interface ShapedRun {
  face: Face;
  glyphs: ShapedGlyph[];
}

/** HarfBuzz's features for letter-spaced text, as satori writes them. */
const NO_OPTIONAL_LIGATURES = '-liga,-clig';

/** Shaped words kept for each family list, weight and spacing. */
const SHAPED_KEPT = 50_000;

export class Shaper {
  private readonly hb: HarfBuzz;
  private readonly fonts: readonly SatoriFont[];
  private readonly faces = new Map<string, Face | undefined>();
  private readonly shaped = new Map<string, Map<string, ShapedRun[] | undefined>>();

  constructor(hb: HarfBuzz, fonts: readonly SatoriFont[]) {
    this.hb = hb;
    this.fonts = fonts;
  }

  /** The font of a name and weight, read on first use; undefined when the set has none. */
  face(name: string, weight: number): Face | undefined {
    const key = `${name} ${weight}`;
    if (!this.faces.has(key)) {
      const font = this.fonts.find((candidate) => candidate.name === name && candidate.weight === weight);
      this.faces.set(key, font && new Face(this.hb, font));
    }
    return this.faces.get(key);
  }

  /**
   * A word shaped in the fonts of a family list (satori's `font-family`, names lowercased) at a
   * weight, as runs of one font each; undefined when a character is in none of them (satori would
   * then look in fonts outside the list, which is left to satori). Letter-spaced text is shaped
   * without optional ligatures, as satori (and CSS) shape it.
   */
  shape(text: string, family: string, weight: number, letterSpaced: boolean): ShapedRun[] | undefined {
    return this.words(family, weight, letterSpaced)(text);
  }

  /** Shapes words of one family list, weight and spacing: a run of text's words, looked up without building a key for each. */
  words(family: string, weight: number, letterSpaced: boolean): (text: string) => ShapedRun[] | undefined {
    const style = `${weight} ${letterSpaced} ${family}`;
    let words = this.shaped.get(style);
    if (!words) this.shaped.set(style, (words = new Map()));
    const list = family.split(',');
    const features = letterSpaced ? NO_OPTIONAL_LIGATURES : undefined;
    const shaped = words;
    return (text) => {
      if (shaped.has(text)) return shaped.get(text);
      // A site's words are far fewer; past this many, the words are shaped again.
      if (shaped.size >= SHAPED_KEPT) shaped.clear();
      const runs = this.shapeUncached(text, list, weight, features);
      shaped.set(text, runs);
      return runs;
    };
  }

  private shapeUncached(text: string, family: readonly string[], weight: number, features: string | undefined): ShapedRun[] | undefined {
    const faces = family.map((name) => this.face(name.trim(), weight)).filter((face): face is Face => face !== undefined);
    const pieces: { text: string; face: Face }[] = [];
    for (const grapheme of graphemesOf(text)) {
      const last = pieces.at(-1);
      const codePoints = Array.from(grapheme, (character) => character.codePointAt(0)!);
      // Satori keeps a space with the font before it when that font has one.
      const face = last && /^\s$/u.test(grapheme) && last.face.has(codePoints[0]!) ? last.face : faces.find((candidate) => candidate.has(codePoints[0]!));
      if (!face || !codePoints.every((codePoint) => face.has(codePoint))) return undefined;
      if (last?.face === face) last.text += grapheme;
      else pieces.push({ text: grapheme, face });
    }
    return pieces.map(({ text: run, face }) => ({ face, glyphs: this.shapeRun(face, run, features) }));
  }

  private shapeRun(face: Face, text: string, features: string | undefined): ShapedGlyph[] {
    const buffer = this.hb.createBuffer();
    try {
      buffer.addText(text);
      buffer.guessSegmentProperties();
      this.hb.shape(face.hbFont, buffer, features);
      const positions = buffer.getGlyphPositions();
      return buffer.getGlyphInfos().map((info, index) => ({ glyph: info.codepoint, cluster: info.cluster, advance: positions[index]!.x_advance, dx: positions[index]!.x_offset, dy: positions[index]!.y_offset }));
    } finally {
      buffer.destroy();
    }
  }
}

/** One shaper per font set, HarfBuzz's WebAssembly loaded once. */
const shapers = new WeakMap<readonly SatoriFont[], Promise<Shaper>>();

export function shaperFor(fonts: readonly SatoriFont[]): Promise<Shaper> {
  let shaper = shapers.get(fonts);
  if (!shaper) {
    // Required when first needed, not imported: the package starts compiling its WebAssembly as it loads, and exports that promise as a CommonJS module.
    const harfbuzz = createRequire(import.meta.url)('harfbuzzjs') as Promise<HarfBuzz>;
    shapers.set(fonts, (shaper = harfbuzz.then((hb) => new Shaper(hb, fonts))));
  }
  return shaper;
}
