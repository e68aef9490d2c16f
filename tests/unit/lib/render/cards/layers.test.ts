import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { drawFitted } from '../../../../../src/lib/render/cards/fit.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { IndexedImage } from '../../../../../src/lib/render/cards/indexed-image.ts';
import { layeredPng, layeredTextPng, splitText } from '../../../../../src/lib/render/cards/layers.ts';
import { ogSpecs } from '../../../../../src/lib/render/cards/og-images.ts';
import { ogImage } from '../../../../../src/lib/render/cards/og-template.ts';
import { paragraphsOf } from '../../../../../src/lib/render/cards/render.ts';
import { OG_CANVAS } from '../../../../../src/lib/render/cards/sizes.ts';
import { fixture, SITE } from './fixture.ts';

const fonts = loadFonts();
const { model } = fixture();

async function pixelsOf(png: Buffer): Promise<Buffer> {
  return sharp(png).removeAlpha().raw().toBuffer();
}

/** How two pictures of the same size differ: the mean difference of a channel, and the share of channels more than 24 levels apart. */
function difference(ours: Buffer, theirs: Buffer): { mean: number; far: number } {
  let total = 0;
  let far = 0;
  for (let index = 0; index < ours.length; index++) {
    const by = Math.abs(ours[index]! - theirs[index]!);
    total += by;
    if (by > 24) far++;
  }
  return { mean: total / ours.length, far: far / ours.length };
}

/** A page's image drawn as the renderer draws it: text pieces from satori, glyphs drawn here. */
async function glyphDrawn(spec: Parameters<typeof ogImage>[0]) {
  const layout = ogImage(spec, fonts);
  const drawn = await drawFitted(layout, fonts, { embedFont: false });
  const paragraphs = paragraphsOf(layout, drawn.sizes, drawn.boxes, drawn.tree);
  return { drawn, layered: await layeredTextPng(drawn.svg, OG_CANVAS, 72, { fonts: fonts.fonts, paragraphs }) };
}

describe('indexed images', () => {
  it('keep every pixel of a picture of few colours, with the resolution asked for', async () => {
    const width = 7;
    const height = 5;
    const rgb = Buffer.alloc(width * height * 3);
    for (let pixel = 0; pixel < width * height; pixel++) rgb.set(pixel % 3 === 0 ? [31, 95, 79] : pixel % 3 === 1 ? [255, 255, 255] : [180, 83, 9], pixel * 3);
    const png = IndexedImage.fromRgb(rgb, width, height)!.png(300);
    expect(await sharp(png).metadata()).toMatchObject({ format: 'png', width, height, density: 300, isPalette: true });
    expect((await pixelsOf(png)).equals(rgb)).toBe(true);
  });

  it('are refused for a picture of more than 256 colours', () => {
    const rgb = Buffer.alloc(300 * 3);
    for (let pixel = 0; pixel < 300; pixel++) rgb.set([pixel & 255, pixel >> 8, 0], pixel * 3);
    expect(IndexedImage.fromRgb(rgb, 300, 1)).toBeUndefined();
    expect(IndexedImage.fromRgb(rgb.subarray(0, 256 * 3), 256, 1)).toBeDefined();
  });
});

describe('a page image drawn in layers', () => {
  it('looks as librsvg draws the same SVG, in under 60 % of the bytes of an RGB PNG', async () => {
    for (const spec of [...ogSpecs(model, SITE).values()].slice(0, 3)) {
      const { svg } = await drawFitted(ogImage(spec, fonts), fonts);
      const layered = (await layeredPng(svg, OG_CANVAS, 72))!;
      const whole = await sharp(Buffer.from(svg)).removeAlpha().png({ compressionLevel: 4 }).toBuffer();
      const [ours, theirs] = [await pixelsOf(layered), await pixelsOf(whole)];
      expect(ours.length).toBe(theirs.length);
      let total = 0;
      let far = 0;
      for (let index = 0; index < ours.length; index++) {
        const difference = Math.abs(ours[index]! - theirs[index]!);
        total += difference;
        if (difference > 24) far++;
      }
      // Only the shading of letters' edges differs: on average under a quarter of a level a channel, and hardly ever by much.
      expect(total / ours.length, spec.page).toBeLessThan(0.25);
      expect(far / ours.length, spec.page).toBeLessThan(0.001);
      expect(layered.length, spec.page).toBeLessThan(0.6 * whole.length);
    }
  });

  it('takes the ground without the text, and the text runs in drawing order with their colours', async () => {
    const spec = [...ogSpecs(model, SITE).values()][0]!;
    const { svg } = await drawFitted(ogImage(spec, fonts), fonts);
    const { ground, texts } = splitText(svg);
    expect(ground).not.toMatch(/<g><path fill="#[0-9a-f]{6}" d="M/);
    expect(texts.length).toBeGreaterThanOrEqual(4);
    expect(texts.every((text) => /^#[0-9a-f]{6}$/.test(text.colour) && text.d.startsWith('M'))).toBe(true);
    // Every page of a site has the same ground, so it is drawn once.
    const other = [...ogSpecs(model, SITE).values()][1]!;
    expect(splitText((await drawFitted(ogImage(other, fonts), fonts)).svg).ground).toBe(ground);
  });

  it('draws the glyphs of satori’s text pieces as satori writes them as outlines, in as few bytes', async () => {
    for (const spec of [...ogSpecs(model, SITE).values()].slice(0, 3)) {
      const { layered } = await glyphDrawn(spec);
      const outlined = (await layeredPng((await drawFitted(ogImage(spec, fonts), fonts)).svg, OG_CANVAS, 72))!;
      expect(layered, spec.page).toBeDefined();
      // Glyphs sit on the tenth-of-a-pixel grid satori rounds to, whole rather than point by point: edges
      // differ by a shade or two, and hardly any by more (a word put 0.4 px off by twice as many).
      const { mean, far } = difference(await pixelsOf(layered!.png), await pixelsOf(outlined));
      expect(mean, spec.page).toBeLessThan(0.05);
      expect(far, spec.page).toBeLessThan(0.00004);
      expect(Math.abs(layered!.png.length - outlined.length) / outlined.length, spec.page).toBeLessThan(0.01);
    }
  });

  it('leaves to satori’s outlines text in fonts outside a block’s list, and pictures (emoji)', async () => {
    const home = [...ogSpecs(model, SITE).values()][0]!;
    for (const eyebrow of ['東京', 'Lisbon 🌍']) {
      const { drawn, layered } = await glyphDrawn({ ...home, eyebrow: { ...home.eyebrow, text: eyebrow } });
      expect(drawn.problems, eyebrow).toEqual([]);
      expect(layered, eyebrow).toBeUndefined();
    }
    expect((await glyphDrawn({ ...home, eyebrow: { ...home.eyebrow, text: 'Lisbon' } })).layered).toBeDefined();
  });

  it('is given up for librsvg when its text cannot be read or needs too many colours', async () => {
    const spec = [...ogSpecs(model, SITE).values()][0]!;
    const { svg } = await drawFitted(ogImage(spec, fonts), fonts);
    expect(await layeredPng(svg.replace(/d="M/, 'd="m'), OG_CANVAS, 72)).toBeUndefined();
    // Twelve more text colours, each with its own shades, would not fit a palette beside the ground's.
    const manyColours = svg.replace('</svg>', `${Array.from({ length: 12 }, (_unused, index) => `<g><path fill="#${(index * 0x151515).toString(16).padStart(6, '0')}" d="M${index * 10} 600L${index * 10 + 8} 600L${index * 10 + 8} 608Z"/></g>`).join('')}</svg>`);
    expect(await layeredPng(manyColours, OG_CANVAS, 72)).toBeUndefined();
  });
});
