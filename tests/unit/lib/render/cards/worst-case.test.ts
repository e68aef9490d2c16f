import { describe, expect, it } from 'vitest';
import type { BusinessCard } from '../../../../../src/lib/render/cards/business-cards.ts';
import { backInput, cardBack, cardFront, frontInput } from '../../../../../src/lib/render/cards/card-template.ts';
import { drawSvg } from '../../../../../src/lib/render/cards/draw.ts';
import { fitText } from '../../../../../src/lib/render/cards/fit.ts';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import { linesOf, type ImageLayout, type TextOrigin } from '../../../../../src/lib/render/cards/layout.ts';
import type { OgSpec } from '../../../../../src/lib/render/cards/og-images.ts';
import { ogImage } from '../../../../../src/lib/render/cards/og-template.ts';
import { renderImage } from '../../../../../src/lib/render/cards/render.ts';
import { cardCanvas } from '../../../../../src/lib/render/cards/sizes.ts';

/**
 * Every block at its most lines at once: the templates' geometry must still keep all of it inside
 * the image (renderImage refuses a drawing where text left its room or the image).
 */
const fonts = loadFonts();
const origin: TextOrigin = { kind: 'content', collection: 'profile', id: 'profile', field: ['name'] };
const text = (value: string) => ({ text: value, origin, hint: '' });

async function linesByBlock(layout: ImageLayout): Promise<Record<string, number>> {
  const { sizes, problems } = await fitText(layout, fonts);
  expect(problems).toEqual([]);
  const { boxes } = await drawSvg(layout.draw(sizes), layout.canvas, fonts);
  return Object.fromEntries(layout.blocks.map((block) => [block.key, linesOf(block, sizes.get(block.key)!, boxes.get(block.key)!.height)]));
}

const card: BusinessCard = {
  id: 'longest',
  audience: 'Everyone',
  name: text('Maria Fernanda de los Santos Rodríguez-Villanueva y Castellanos de la Frontera'),
  headline: text('Principal platform and reliability engineer for payments, developer platforms and on-call'),
  tagline: text(
    'I make production systems fast, affordable and quiet, and I build the platforms, the runbooks and the on-call habits that keep them that way, year after year, for the engineers who depend on them every day.',
  ),
  contact: ['maria.fernanda.santos@rodriguez-villanueva.example', 'rodriguez-villanueva.example', 'Greater Manchester, England, United Kingdom', 'linkedin.example/in/maria-fernanda-santos'].map((value, index) => ({
    ...text(value),
    label: ['Email', 'Web', 'Based in', 'LinkedIn'][index]!,
    labelOrigin: origin,
  })),
  qr: { url: 'https://rodriguez-villanueva.example/c/platform-lead/', label: 'rodriguez-villanueva.example/c/platform-lead', slug: 'platform-lead', target: 'https://rodriguez-villanueva.example/resume/platform-lead/', sitePath: 'resume/platform-lead/', origin },
  brand: { primary: '#1d3557', accent: '#b4461b' },
  size: 'us',
  bleed: true,
};

describe('the fullest card', () => {
  it.each([
    ['us', false],
    ['eu', false],
    ['us', true],
    ['eu', true],
  ] as const)('fits on the front of a %s card (bleed: %s), every block at its most lines', async (size, bleed) => {
    const layout = cardFront(frontInput({ ...card, size }), cardCanvas(size, bleed), fonts);
    const lines = await linesByBlock(layout);
    expect(lines).toMatchObject({ name: 2, headline: 2, 'contact-0': 1, 'contact-3': 1 });
    await expect(renderImage(layout, fonts, { title: 't', dpi: 300 })).resolves.toBeDefined();
  });

  it.each([['us'], ['eu']] as const)('fits on the back of a %s card, its tagline at six lines', async (size) => {
    const layout = cardBack(backInput({ ...card, size }), cardCanvas(size, true), fonts);
    expect((await linesByBlock(layout))['tagline']).toBe(6);
    await expect(renderImage(layout, fonts, { title: 't', dpi: 300 })).resolves.toBeDefined();
  });
});

describe('the fullest Open Graph images', () => {
  const base: OgSpec = {
    page: 'work/x/',
    layout: 'page',
    eyebrow: text('Case study · Jun 2022 · The International Consolidated Card Payments and Settlement Services Company of Greater Manchester'),
    title: text('Cut card-authorization p99 latency from 820 to 95 ms by removing lock contention and moving fraud checks off the hot path'),
    person: { name: text('Maria Fernanda de los Santos Rodríguez-Villanueva y Castellanos de la Frontera'), site: text('rodriguez-villanueva.example') },
    brand: { primary: '#1d3557', accent: '#b4461b' },
  };

  it('fits a case study with its figure, every block at its most lines', async () => {
    const layout = ogImage({ ...base, stat: { figure: text('−88%'), label: text('p99 card-authorization latency at the busiest hour of the busiest day of the year, from 820,000 µs to 95,000 µs') } }, fonts);
    expect(await linesByBlock(layout)).toMatchObject({ eyebrow: 2, title: 3, 'figure-label': 2 });
    await expect(renderImage(layout, fonts, { title: 't', dpi: 72 })).resolves.toBeDefined();
  });

  it('fits a page with a three-line description', async () => {
    const layout = ogImage({ ...base, description: text('Cut card-authorization p99 latency from 820 to 95 ms by taking a row lock out of the hot path, caching compiled schemas and agreeing with the fraud team to run most of their own checks asynchronously, after the response.') }, fonts);
    expect(await linesByBlock(layout)).toMatchObject({ eyebrow: 2, title: 3, description: 3 });
    await expect(renderImage(layout, fonts, { title: 't', dpi: 72 })).resolves.toBeDefined();
  });

  it('fits the home page with a two-line name and headline', async () => {
    const layout = ogImage({ ...base, page: '', layout: 'home', title: base.person.name, subtitle: card.headline, description: card.tagline }, fonts);
    expect(await linesByBlock(layout)).toMatchObject({ title: 2, subtitle: 2, description: 3 });
    await expect(renderImage(layout, fonts, { title: 't', dpi: 72 })).resolves.toBeDefined();
  });
});
