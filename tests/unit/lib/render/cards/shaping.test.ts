import { create as readFont } from 'fontkitten';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { woffToSfnt } from '../../../../../src/lib/render/cards/sfnt.ts';
import { OUTLINE, shaperFor } from '../../../../../src/lib/render/cards/shaping.ts';

const fonts = loadFonts();
const shaper = await shaperFor(fonts.fonts);
const glyphsOf = (text: string, family: string, weight: 400 | 600, spaced = false) => shaper.shape(text, family, weight, spaced)!.flatMap((run) => run.glyphs);

describe('a WOFF font unwrapped for HarfBuzz', () => {
  it('holds the same font: its glyphs, character map and metrics', () => {
    const woff = fonts.fonts.find((font) => font.name === 'source-serif-4-latin' && font.weight === 600)!.data;
    const [wrapped, plain] = [readFont(woff), readFont(Buffer.from(woffToSfnt(woff)))];
    if (!('numGlyphs' in wrapped) || !('numGlyphs' in plain)) throw new Error('a collection');
    expect(plain.numGlyphs).toBe(wrapped.numGlyphs);
    expect(plain.unitsPerEm).toBe(wrapped.unitsPerEm);
    expect(plain.glyphForCodePoint(0x66).advanceWidth).toBe(wrapped.glyphForCodePoint(0x66).advanceWidth);
    expect(plain.characterSet).toEqual(wrapped.characterSet);
  });
});

describe('shaping as satori shapes', () => {
  it('joins ligatures, and leaves them apart in letter-spaced text', () => {
    expect(glyphsOf('fit', fonts.stacks.serif, 600)).toHaveLength(2);
    expect(glyphsOf('fit', fonts.stacks.serif, 600, true)).toHaveLength(3);
  });

  it('kerns pairs, and keeps the glyphs of one character on one cluster', () => {
    const advances = (text: string) => glyphsOf(text, fonts.stacks.serif, 600).reduce((sum, glyph) => sum + glyph.advance, 0);
    expect(advances('AV')).toBeLessThan(advances('A') + advances('V'));
    expect(glyphsOf('café', fonts.stacks.sans, 400).map((glyph) => glyph.cluster)).toEqual([0, 1, 2, 3]);
  });

  it('takes each character from the first font of the list that has it, a space staying with the font before it', () => {
    const runs = shaper.shape('Ω ab', fonts.stacks.sans, 400, false)!;
    expect(runs.map((run) => run.glyphs.length)).toEqual([2, 2]);
    expect(runs[0]!.face).toBe(shaper.face('inter-greek', 400));
    expect(runs[1]!.face).toBe(shaper.face('inter-latin', 400));
  });

  it('gives up on a character none of the list’s fonts has', () => {
    expect(shaper.shape('Tokyo 東京', fonts.stacks.sans, 400, false)).toBeUndefined();
  });

  it('gives glyph outlines as closed contours in font units', () => {
    const face = shaper.face('inter-latin', 400)!;
    const outline = face.outline(glyphsOf('o', fonts.stacks.sans, 400)[0]!.glyph);
    const numbers: Record<number, number> = { [OUTLINE.move]: 2, [OUTLINE.line]: 2, [OUTLINE.quadratic]: 4, [OUTLINE.cubic]: 6, [OUTLINE.close]: 0 };
    const commands: number[] = [];
    for (let at = 0; at < outline.length; at += 1 + numbers[outline[at]!]!) commands.push(outline[at]!);
    // An o is two contours, its outside and its counter, each moved to and closed.
    expect(commands.filter((command) => command === OUTLINE.move)).toHaveLength(2);
    expect(commands.filter((command) => command === OUTLINE.close)).toHaveLength(2);
    expect(commands[0]).toBe(OUTLINE.move);
    expect(commands.at(-1)).toBe(OUTLINE.close);
  });
});
