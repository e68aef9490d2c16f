import { describe, expect, it } from 'vitest';
import { loadFonts, missingGlyphs } from '../../../../src/lib/cards/fonts.ts';

describe('image fonts', () => {
  it('load every subset of Inter and Source Serif 4 as WOFF from node_modules', () => {
    const fonts = loadFonts();
    expect(fonts.fonts.length).toBeGreaterThanOrEqual(20);
    for (const font of fonts.fonts) expect(font.data.subarray(0, 4).toString('latin1')).toBe('wOFF');
    expect(fonts.stacks.sans.split(', ')[0]).toBe('inter-latin');
    expect(fonts.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('know which characters no font can draw', () => {
    const fonts = loadFonts();
    expect(missingGlyphs(fonts, 'sans', 'Łódź, Ωmega, Яков – “quoted” −5 €')).toEqual([]);
    expect(missingGlyphs(fonts, 'serif', 'ἀλήθεια')).toEqual([]);
    expect(missingGlyphs(fonts, 'sans', '800 → 90 ms 漢字 →')).toEqual(['→', '漢', '字']);
    // In the Latin subset's published Unicode range, but not in the font: the character map decides.
    expect(missingGlyphs(fonts, 'sans', 'on\u2011call')).toEqual(['\u2011']);
  });
});
