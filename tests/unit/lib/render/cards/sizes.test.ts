import { describe, expect, it } from 'vitest';
import { cardCanvas, cardPrintGeometry, cardSizeLabel, OG_CANVAS } from '../../../../../src/lib/render/cards/sizes.ts';

describe('card sizes', () => {
  it('are 300 dpi pixels of the trimmed card, plus 1/8 in a side with bleed', () => {
    expect(cardCanvas('us', false)).toEqual({ width: 1050, height: 600, bleed: 0 });
    expect(cardCanvas('eu', false)).toEqual({ width: 1004, height: 650, bleed: 0 });
    expect(cardCanvas('us', true)).toEqual({ width: 1125, height: 675, bleed: 37.5 });
    expect(cardCanvas('eu', true)).toEqual({ width: 1079, height: 725, bleed: 37.5 });
  });

  it('print at the exact physical size in PDF points, the bleed 1/8 in past the trim and the crop marks past the bleed', () => {
    const us = cardPrintGeometry('us');
    expect(us.trim).toMatchObject({ width: 252, height: 144 });
    const eu = cardPrintGeometry('eu');
    expect(eu.trim.width).toBeCloseTo((85 / 25.4) * 72, 6);
    expect(eu.trim.height).toBeCloseTo((55 / 25.4) * 72, 6);
    for (const geometry of [us, eu]) {
      const { trim, bleed, marks } = geometry;
      expect(trim.x - bleed.x).toBe(9);
      expect(bleed.width).toBeCloseTo(trim.width + 18, 6);
      // A mark starts no nearer the card than the bleed ends, is 3–5 mm long, and stays on the page.
      expect(marks.offset).toBeGreaterThanOrEqual(trim.x - bleed.x);
      expect((marks.length / 72) * 25.4).toBeGreaterThanOrEqual(3);
      expect((marks.length / 72) * 25.4).toBeLessThanOrEqual(5.0001);
      expect(trim.x - marks.offset - marks.length).toBeGreaterThan(0);
      expect(geometry.width).toBeCloseTo(trim.width + 2 * trim.x, 6);
    }
  });

  it('name themselves as a printer would', () => {
    expect(cardSizeLabel('us')).toBe('3.5 × 2 in');
    expect(cardSizeLabel('eu')).toBe('85 × 55 mm');
  });

  it('give Open Graph images the 1200 × 630 link previews expect', () => {
    expect(OG_CANVAS).toEqual({ width: 1200, height: 630, bleed: 0 });
  });
});
