import { describe, expect, it } from 'vitest';
import { loadFonts, missingGlyphs } from '../../../../../src/lib/render/cards/fonts.ts';

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
    expect(missingGlyphs(fonts, 'sans', '800 → 90 ms 漢字 → नमस्ते → வணக்கம்')).toEqual(['வ', 'ண', 'க', '்', 'ம']);
    // In the Latin subset's published Unicode range, but in no font: the character maps decide.
    expect(missingGlyphs(fonts, 'sans', 'a\u2017b')).toEqual(['\u2017']);
  });

  it('draw Arabic, Hebrew, Devanagari, Thai, CJK and Korean with the Noto Sans fonts, reading only the slices the text needs', () => {
    const fonts = loadFonts();
    for (const family of ['sans', 'serif'] as const) expect(missingGlyphs(fonts, family, 'أبني أنظمة سريعة · שלום עולם · नमस्ते दुनिया · สวัสดีครับ · 東京 日本語です · 简体中文 · 한국어')).toEqual([]);
    const latin = fonts.forTexts(['Plain Latin text']).fonts;
    expect(latin.map((font) => `${font.name} ${font.weight}`)).toEqual(['inter-latin 400', 'inter-latin 600', 'source-serif-4-latin 400', 'source-serif-4-latin 600']);
    const tokyo = fonts.forTexts(['東京']).fonts;
    expect(tokyo.slice(0, latin.length)).toEqual(latin);
    expect(tokyo.length - latin.length).toBeLessThanOrEqual(4);
    // The same fonts give the same array, so satori keeps the fonts it parsed.
    expect(fonts.forTexts(['京東']).fonts).toBe(tokyo);
    expect(fonts.forTexts(['Plain', 'text']).fonts).toBe(latin);
  });

  it('give satori the fonts each family’s list takes a character from, and no others', () => {
    const fonts = loadFonts();
    const names = (text: string) => [...new Set(fonts.forTexts([text]).fonts.map((font) => font.name))];
    // Ω is in both families' Greek fonts, ő in their Latin Extended ones.
    expect(names('Ω')).toEqual(['inter-latin', 'inter-greek', 'source-serif-4-latin', 'source-serif-4-greek']);
    expect(names('Erdős')).toEqual(['inter-latin', 'inter-latin-ext', 'source-serif-4-latin', 'source-serif-4-latin-ext']);
    // A text set in capitals is drawn with the capitals' fonts: ÿ is Latin, Ÿ Latin Extended.
    expect(names('ÿ')).toEqual(['inter-latin', 'inter-latin-ext', 'source-serif-4-latin', 'source-serif-4-latin-ext']);
    // No font has a word joiner: satori draws it with the last font it is given, so it is given them all, as ever.
    expect(fonts.forTexts(['on\u2060-\u2060call']).fonts).toEqual(fonts.fonts);
  });

  it('draw emoji as Twemoji pictures, with skin tones, flags, keycaps and joined sequences', () => {
    const fonts = loadFonts();
    const emoji = ['👋', '👋🏽', '👩🏽‍💻', '🇩🇪', '❤️', '❤', '1️⃣', '🏳️‍🌈'];
    expect(missingGlyphs(fonts, 'sans', emoji.join(' '))).toEqual([]);
    const { graphemeImages } = fonts.forTexts([`Ship it ${emoji.join('')} © ™`]);
    expect(Object.keys(graphemeImages).sort()).toEqual([...emoji].sort());
    for (const picture of Object.values(graphemeImages)) expect(Buffer.from(picture.split(',')[1]!, 'base64').toString('utf8')).toMatch(/^<svg/);
  });
});
