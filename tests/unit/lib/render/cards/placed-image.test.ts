import { beforeEach, describe, expect, it } from 'vitest';
import { loadFonts } from '../../../../../src/lib/render/cards/fonts.ts';
import type { ImageLayout } from '../../../../../src/lib/render/cards/layout.ts';
import type { OgSpec } from '../../../../../src/lib/render/cards/og-images.ts';
import { ogImage } from '../../../../../src/lib/render/cards/og-template.ts';
import { forgetGrounds } from '../../../../../src/lib/render/cards/placed-image.ts';
import { renderImage } from '../../../../../src/lib/render/cards/render.ts';

const fonts = loadFonts();
const text = (value: string) => ({ text: value, origin: { kind: 'page' as const, page: 'test', field: 'title' }, hint: '' });
const person = { name: text('Zoë Łukasiewicz'), site: text('zoe.example') };
const brand = { primary: '#1f5f4f', accent: '#b45309' };
const caseStudy = (title: string, description?: string): OgSpec => ({ page: `work/${title.length}/`, layout: 'page', eyebrow: text('Case study · March 2019 · Example Systems'), title: text(title), description: description === undefined ? undefined : text(description), person, brand });

/** The layout as satori alone draws it. */
const bySatori = (layout: ImageLayout): ImageLayout => {
  const { placeText: _placed, textHeight: _measured, ...rest } = layout;
  return rest;
};
const render = (layout: ImageLayout) => renderImage(layout, fonts, { title: 'test', dpi: 72 });

describe('page images drawn from their own placement', () => {
  beforeEach(() => forgetGrounds());

  it('are drawn without satori once satori has drawn their ground, byte for byte as satori draws them', async () => {
    const first = await render(ogImage(caseStudy('Cut checkout latency by moving pricing to the edge'), fonts));
    expect(first.timings.satori).toBeGreaterThan(0);
    for (const spec of [caseStudy('Rebuilt onboarding with the support team', 'Moved the slowest requests onto a cache each region keeps warm.'), caseStudy('Снизили задержку платежей на 40%'), caseStudy('Tăng tốc độ thanh toán')]) {
      const placed = await render(ogImage(spec, fonts));
      expect(placed.timings.satori).toBe(0);
      expect(placed.png.equals((await render(bySatori(ogImage(spec, fonts)))).png)).toBe(true);
      expect(placed.text).toContain(spec.title.text);
    }
  });

  it('stay with satori on a ground whose first image satori placed differently', async () => {
    const misplaced = (layout: ImageLayout): ImageLayout => ({
      ...layout,
      placeText: (sizes, shaper) => {
        const placed = layout.placeText!(sizes, shaper);
        return placed && { ...placed, pieces: placed.pieces.map((piece) => ({ ...piece, x: piece.x + 1 })) };
      },
    });
    await render(misplaced(ogImage(caseStudy('Cut checkout latency'), fonts)));
    const next = await render(misplaced(ogImage(caseStudy('Rebuilt onboarding'), fonts)));
    expect(next.timings.satori).toBeGreaterThan(0);
    expect(next.png.equals((await render(bySatori(ogImage(caseStudy('Rebuilt onboarding'), fonts)))).png)).toBe(true);
  });

  it('fit text that must shrink to the size satori would choose, without satori', async () => {
    await render(ogImage(caseStudy('Cut checkout latency'), fonts));
    const long = caseStudy('Led the migration of billing to the new ledger service, region by region, and retired the old one without a minute of downtime');
    const image = await render(ogImage(long, fonts));
    expect(image.timings.satori).toBe(0);
    expect(image.png.equals((await render(bySatori(ogImage(long, fonts)))).png)).toBe(true);
  });

  it('leave text with a character only satori’s other fonts have to satori', async () => {
    await render(ogImage(caseStudy('Cut checkout latency'), fonts));
    const spec = caseStudy('Led the migration of billing from 12 → 3 regions, and retired the old ledger service without a minute of downtime');
    const image = await render(ogImage(spec, fonts));
    expect(image.timings.satori).toBeGreaterThan(0);
    expect(image.png.equals((await render(bySatori(ogImage(spec, fonts)))).png)).toBe(true);
  });
});
