import { describe, expect, it } from 'vitest';
import { businessCards } from '../../../../src/lib/cards/business-cards.ts';
import { backInput, frontInput } from '../../../../src/lib/cards/card-template.ts';
import { ImageProblemsError } from '../../../../src/lib/cards/fit.ts';
import { loadFonts } from '../../../../src/lib/cards/fonts.ts';
import { layoutOf, type ImageInputs } from '../../../../src/lib/cards/image-inputs.ts';
import { ogSpecs } from '../../../../src/lib/cards/og-images.ts';
import { renderImage } from '../../../../src/lib/cards/render.ts';
import { RenderPool } from '../../../../src/lib/cards/render-pool.ts';
import { cardCanvas } from '../../../../src/lib/cards/sizes.ts';
import { fixture, pitchWithCard, SITE } from './fixture.ts';

const { model } = fixture(pitchWithCard('  headline: Platform engineer for payments 🚀\n  qr: /work/'));
const card = businessCards(model, SITE).cards.find((candidate) => candidate.id === 'recruiters')!;
const og = ogSpecs(model, SITE).get('')!;
const inputs: ImageInputs[] = [
  { template: 'card-front', input: frontInput(card), canvas: cardCanvas('us', false) },
  { template: 'card-back', input: backInput(card), canvas: cardCanvas('us', true) },
  { template: 'og', spec: { ...og, eyebrow: { ...og.eyebrow!, text: '東京 · תל אביב · القاهرة' } } },
];

describe('the render pool', () => {
  it('draws on worker threads exactly the bytes drawn on the build’s own thread', async () => {
    const fonts = loadFonts();
    const pool = new RenderPool(2);
    try {
      const pooled = await Promise.all(inputs.map((input) => pool.render(input, { title: 'same', dpi: 300 })));
      for (const [index, input] of inputs.entries()) {
        const local = await renderImage(layoutOf(input, fonts), fonts, { title: 'same', dpi: 300 });
        expect(Buffer.compare(pooled[index]!.png, local.png), input.template).toBe(0);
        expect(pooled[index]!.text).toBe(local.text);
      }
    } finally {
      await pool.close();
    }
  });

  it('hands back an image’s problems as the same error the build reports', async () => {
    const pool = new RenderPool(1);
    try {
      const tooLong = { ...og, title: { ...og.title, text: 'word '.repeat(400).trim() } };
      const error = await pool.render({ template: 'og', spec: tooLong }, { title: 't', dpi: 72 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ImageProblemsError);
      expect((error as ImageProblemsError).problems[0]!.message).toMatch(/does not fit on the Open Graph image of \/, even at the smallest size/);
    } finally {
      await pool.close();
    }
  });
});
